export * from './directory.module';
export { DirectoryPortService } from './directory.port';
export { SectorCatalog } from './sectors/sectors';
export { DirectorySeed, DEMO_MEMBER_COUNT } from './seed/directory.seed';
export { WORKSTATION_KINDS, MEMBER_LEVELS, ASSIGNMENT_ROLES } from './workstations/workstation-kinds';
export { gcj02ToWgs84, wgs84ToGcj02, toWgs84, distanceKm } from './geo/coords';
import { Department } from './departments/department.entity';
import { DutyRule } from './duty/duty-rule.entity';
import { Member } from './members/member.entity';
import { WorkstationMember } from './members/workstation-member.entity';
import { Region } from './regions/region.entity';
import { Workstation } from './workstations/workstation.entity';

export const directoryEntities = [Region, Department, Workstation, Member, WorkstationMember, DutyRule];
export { directoryMigrations } from './migrations';
