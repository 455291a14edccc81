import {
  Controller,
  Get,
  HttpCode,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { SectorCatalog } from '../sectors/sectors';
import { ImportResult } from './import-result';
import { MemberImportService } from './member-import.service';
import { memberTemplate, workstationTemplate, XLSX_TYPE } from './templates';
import { ImportUploadInterceptor } from './upload.interceptor';
import { WorkstationImportService } from './workstation-import.service';

const FILE_BODY = { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } };

function attachment(res: Response, filename: string, buf: Buffer): StreamableFile {
  res.setHeader('Content-Type', XLSX_TYPE);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="template.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
  );
  return new StreamableFile(buf);
}

@ApiTags('directory')
@Controller()
export class ImportController {
  constructor(
    private readonly workstations: WorkstationImportService,
    private readonly members: MemberImportService,
    private readonly sectors: SectorCatalog,
  ) {}

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post('workstations/import')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @UseInterceptors(ImportUploadInterceptor)
  importWorkstations(
    @CurrentUser() p: Principal,
    @UploadedFile() file: Express.Multer.File,
  ): Promise<ImportResult> {
    return this.workstations.import(p, file);
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Get('workstations/import/template.xlsx')
  async workstationTemplate(@Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return attachment(res, '场所导入模板.xlsx', await workstationTemplate(this.sectors.list()));
  }

  @Roles('admin', 'organiser')
  @Post('members/import')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @UseInterceptors(ImportUploadInterceptor)
  importMembers(
    @CurrentUser() p: Principal,
    @UploadedFile() file: Express.Multer.File,
  ): Promise<ImportResult> {
    return this.members.import(p, file);
  }

  @Roles('admin', 'organiser')
  @Get('members/import/template.xlsx')
  async memberTemplate(@Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return attachment(res, '委员导入模板.xlsx', await memberTemplate(this.sectors.list()));
  }
}
