import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@xs/identity';
import { WORKSTATION_KINDS, MEMBER_LEVELS, ASSIGNMENT_ROLES } from '../workstations/workstation-kinds';
import { SectorCatalog } from './sectors';

/** Reference lists for forms: sectors (edited in config/sectors.json), kinds, levels, roles. */
@ApiTags('directory')
@Controller()
export class SectorsController {
  constructor(private readonly sectors: SectorCatalog) {}

  @Public()
  @Get('sectors')
  list(): { items: string[]; total: number } {
    const items = this.sectors.list();
    return { items, total: items.length };
  }

  @Public()
  @Get('workstation-kinds')
  kinds() {
    const items = Object.entries(WORKSTATION_KINDS).map(([code, name]) => ({ code, name }));
    return { items, total: items.length };
  }

  @Public()
  @Get('member-levels')
  levels() {
    return {
      levels: Object.entries(MEMBER_LEVELS).map(([code, name]) => ({ code, name })),
      roles: Object.entries(ASSIGNMENT_ROLES).map(([code, name]) => ({ code, name })),
    };
  }
}
