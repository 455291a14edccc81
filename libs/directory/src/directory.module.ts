import { forwardRef, Module } from '@nestjs/common';
import { DIRECTORY_PORT } from '@xs/contracts';
import { IdentityModule } from '@xs/identity';
import { DepartmentsController } from './departments/departments.controller';
import { DepartmentsRepository } from './departments/departments.repository';
import { DepartmentsService } from './departments/departments.service';
import { DirectoryPortService } from './directory.port';
import { DutyController } from './duty/duty.controller';
import { DutyRepository } from './duty/duty.repository';
import { DutyService } from './duty/duty.service';
import { MembersController } from './members/members.controller';
import { MembersRepository } from './members/members.repository';
import { MembersService } from './members/members.service';
import { MyMemberController } from './members/my-member.controller';
import { RegionsController } from './regions/regions.controller';
import { RegionsRepository } from './regions/regions.repository';
import { RegionsService } from './regions/regions.service';
import { DirectorySeed } from './seed/directory.seed';
import { SectorCatalog } from './sectors/sectors';
import { SectorsController } from './sectors/sectors.controller';
import { ImportController } from './import/import.controller';
import { MemberImportService } from './import/member-import.service';
import { WorkstationImportService } from './import/workstation-import.service';
import { PublicWorkstationsController } from './workstations/public-workstations.controller';
import { WorkstationsController } from './workstations/workstations.controller';
import { WorkstationsRepository } from './workstations/workstations.repository';
import { WorkstationsService } from './workstations/workstations.service';
import { DirectoryErasureListener } from './erasure/directory-erasure.listener';
import { DirectoryErasureRepository } from './erasure/directory-erasure.repository';

/** Directory context: regions, departments, sectors, workstations, members, rosters. Provides DIRECTORY_PORT. */
@Module({
  imports: [forwardRef(() => IdentityModule)],
  controllers: [
    ImportController,
    RegionsController,
    DepartmentsController,
    SectorsController,
    WorkstationsController,
    PublicWorkstationsController,
    MembersController,
    MyMemberController,
    DutyController,
  ],
  providers: [
    DirectoryErasureRepository,
    DirectoryErasureListener,
    RegionsRepository,
    RegionsService,
    DepartmentsRepository,
    DepartmentsService,
    SectorCatalog,
    WorkstationsRepository,
    WorkstationsService,
    MembersRepository,
    MembersService,
    DutyRepository,
    DutyService,
    WorkstationImportService,
    MemberImportService,
    DirectorySeed,
    DirectoryPortService,
    { provide: DIRECTORY_PORT, useExisting: DirectoryPortService },
  ],
  exports: [DIRECTORY_PORT, SectorCatalog],
})
export class DirectoryModule {}
