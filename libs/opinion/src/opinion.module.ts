import { forwardRef, Module } from '@nestjs/common';
import { IdentityModule } from '@xs/identity';
import { DirectoryModule } from '@xs/directory';
import { SchedulingModule } from '@xs/scheduling';
import { OutcomesModule } from '@xs/outcomes';
import { OPINION_STATS_PORT } from '@xs/contracts';
import { OpinionCategories } from './categories';
import { EntriesController } from './entries/entries.controller';
import { EntriesRepository } from './entries/entries.repository';
import { EntriesService } from './entries/entries.service';
import { IssuesController } from './issues/issues.controller';
import { IssuesRepository } from './issues/issues.repository';
import { IssuesService } from './issues/issues.service';
import { OpinionPorts } from './opinion-ports';
import { PhotoUploadInterceptor } from './photos/photo-upload.interceptor';
import { PhotosController } from './photos/photos.controller';
import { PhotosRepository } from './photos/photos.repository';
import { PhotosService } from './photos/photos.service';
import { OpinionSeed } from './seed/opinion.seed';
import { OpinionStatsController } from './stats/stats.controller';
import { OpinionStatsRepository } from './stats/stats.repository';
import { OpinionStatsService } from './stats/stats.service';
import { ReportsController } from './reports/reports.controller';
import { ReportsRepository } from './reports/reports.repository';
import { ReportsService } from './reports/reports.service';
import { OpinionErasureListener } from './erasure/opinion-erasure.listener';
import { OpinionErasureRepository } from './erasure/opinion-erasure.repository';

/** 社情民意: 民情日记 at the workstation, reports, issues of 《社情民意》 and their documents. */
@Module({
  imports: [
    forwardRef(() => IdentityModule),
    forwardRef(() => DirectoryModule),
    forwardRef(() => SchedulingModule),
    forwardRef(() => OutcomesModule),
  ],
  controllers: [
    EntriesController,
    PhotosController,
    ReportsController,
    IssuesController,
    OpinionStatsController,
  ],
  providers: [
    OpinionErasureRepository,
    OpinionErasureListener,
    OpinionCategories,
    OpinionPorts,
    EntriesRepository,
    EntriesService,
    ReportsRepository,
    ReportsService,
    IssuesRepository,
    IssuesService,
    PhotosRepository,
    PhotosService,
    PhotoUploadInterceptor,
    OpinionStatsRepository,
    OpinionStatsService,
    OpinionSeed,
    { provide: OPINION_STATS_PORT, useExisting: OpinionStatsService },
  ],
  exports: [OPINION_STATS_PORT],
})
export class OpinionModule {}
