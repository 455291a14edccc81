import { Module } from '@nestjs/common';
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
import { ReportsController } from './reports/reports.controller';
import { ReportsRepository } from './reports/reports.repository';
import { ReportsService } from './reports/reports.service';

/** 社情民意: 民情日记 at the workstation, reports, issues of 《社情民意》 and their documents. */
@Module({
  controllers: [EntriesController, PhotosController, ReportsController, IssuesController],
  providers: [
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
  ],
})
export class OpinionModule {}
