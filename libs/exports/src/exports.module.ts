import { Module } from '@nestjs/common';
import { ExportsController } from './exports.controller';
import { ExportsRepository } from './exports.repository';
import { ExportsService } from './exports.service';

/** Exports of outcomes: streamed XLSX/CSV tables and the 协商成果专报 as DOCX and PDF. */
@Module({
  controllers: [ExportsController],
  providers: [ExportsRepository, ExportsService],
  exports: [ExportsService],
})
export class ExportsModule {}
