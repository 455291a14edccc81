import { forwardRef, Module } from '@nestjs/common';
import { IdentityModule } from '@xs/identity';
import { DirectoryModule } from '@xs/directory';
import { SchedulingModule } from '@xs/scheduling';
import { OutcomesModule } from '@xs/outcomes';
import { OpinionCategories } from './categories';
import { EntriesController } from './entries/entries.controller';
import { EntriesRepository } from './entries/entries.repository';
import { EntriesService } from './entries/entries.service';
import { IssuesController } from './issues/issues.controller';
import { IssuesRepository } from './issues/issues.repository';
import { IssuesService } from './issues/issues.service';
import { OpinionPorts } from './opinion-ports';
import { ReportsController } from './reports/reports.controller';
import { ReportsRepository } from './reports/reports.repository';
import { ReportsService } from './reports/reports.service';

/** 社情民意: 民情日记 at the workstation, reports, issues of 《社情民意》 and their documents. */
@Module({
  imports: [
    forwardRef(() => IdentityModule),
    forwardRef(() => DirectoryModule),
    forwardRef(() => SchedulingModule),
    forwardRef(() => OutcomesModule),
  ],
  controllers: [EntriesController, ReportsController, IssuesController],
  providers: [
    OpinionCategories,
    OpinionPorts,
    EntriesRepository,
    EntriesService,
    ReportsRepository,
    ReportsService,
    IssuesRepository,
    IssuesService,
  ],
})
export class OpinionModule {}
