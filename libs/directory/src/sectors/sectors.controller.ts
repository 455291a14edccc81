import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@xs/identity';
import { WORKSTATION_KINDS, MEMBER_LEVELS, ASSIGNMENT_ROLES } from '../workstations/workstation-kinds';
import { SectorCatalog } from './sectors';
import { CodeNameListResponse, MemberLevelsResponse, SectorListResponse } from './sectors.responses';

/** Reference lists for forms: sectors (edited in config/sectors.json), kinds, levels, roles. */
@ApiTags('directory')
@Controller()
export class SectorsController {
  constructor(private readonly sectors: SectorCatalog) {}

  @Public()
  @Get('sectors')
  @ApiOkResponse({ type: SectorListResponse })
  list(): { items: string[]; total: number } {
    const items = this.sectors.list();
    return { items, total: items.length };
  }

  @Public()
  @Get('workstation-kinds')
  @ApiOkResponse({ type: CodeNameListResponse })
  kinds(): CodeNameListResponse {
    const items = Object.entries(WORKSTATION_KINDS).map(([code, name]) => ({ code, name }));
    return { items, total: items.length };
  }

  @Public()
  @Get('member-levels')
  @ApiOkResponse({ type: MemberLevelsResponse })
  levels(): MemberLevelsResponse {
    return {
      levels: Object.entries(MEMBER_LEVELS).map(([code, name]) => ({ code, name })),
      roles: Object.entries(ASSIGNMENT_ROLES).map(([code, name]) => ({ code, name })),
    };
  }
}
