import { forwardRef, Module } from '@nestjs/common';
import { IdentityModule } from '@xs/identity';
import { DirectoryModule } from '@xs/directory';
import { LiveModule } from '@xs/live';
import { OpinionModule } from '@xs/opinion';
import { OutcomesModule } from '@xs/outcomes';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

/** Exports of outcomes: streamed XLSX/CSV tables and the 协商成果专报 as DOCX and PDF. */
@Module({
  imports: [
    forwardRef(() => IdentityModule),
    forwardRef(() => DirectoryModule),
    forwardRef(() => OutcomesModule),
    forwardRef(() => LiveModule),
    forwardRef(() => OpinionModule),
  ],
  controllers: [ExportsController],
  providers: [ExportsService],
  exports: [ExportsService],
})
export class ExportsModule {}
