import {
  Controller,
  Get,
  HttpCode,
  Post,
  Query,
  Req,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiExtraModels, ApiOkResponse, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors, ApiFile } from '@xs/platform';
import { SectorCatalog } from '../sectors/sectors';
import { MemberImportService } from './member-import.service';
import { memberTemplate, workstationTemplate, XLSX_TYPE } from './templates';
import { ImportUploadInterceptor } from './upload.interceptor';
import { WorkstationImportService } from './workstation-import.service';
import { answerImport, NDJSON } from './import-progress';
import { ImportQuery, ImportResultResponse, ImportStreamLineResponse } from './import.responses';

/** JSON by default; with `Accept: application/x-ndjson`, progress lines then the result. */
const IMPORT_ANSWER = {
  description:
    'The result as JSON; or, when the request accepts application/x-ndjson, one line per step ({ progress }) and a last line with { result } or { error }',
  content: {
    'application/json': { schema: { $ref: getSchemaPath(ImportResultResponse) } },
    [NDJSON]: { schema: { $ref: getSchemaPath(ImportStreamLineResponse) } },
  },
};

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
@ApiExtraModels(ImportResultResponse, ImportStreamLineResponse)
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
  @ApiOkResponse(IMPORT_ANSWER)
  @ApiErrors(413, 415)
  importWorkstations(
    @CurrentUser() p: Principal,
    @UploadedFile() file: Express.Multer.File,
    @Query() q: ImportQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return answerImport(req, res, (progress) => this.workstations.import(p, file, q.dryRun, progress));
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Get('workstations/import/template.xlsx')
  @ApiFile(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'The import template, with the configured sectors',
  )
  async workstationTemplate(@Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return attachment(res, '场所导入模板.xlsx', await workstationTemplate(this.sectors.list()));
  }

  @Roles('admin', 'organiser')
  @Post('members/import')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @UseInterceptors(ImportUploadInterceptor)
  @ApiOkResponse(IMPORT_ANSWER)
  @ApiErrors(413, 415)
  importMembers(
    @CurrentUser() p: Principal,
    @UploadedFile() file: Express.Multer.File,
    @Query() q: ImportQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return answerImport(req, res, (progress) => this.members.import(p, file, q.dryRun, progress));
  }

  @Roles('admin', 'organiser')
  @Get('members/import/template.xlsx')
  @ApiFile(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'The import template, with the configured sectors',
  )
  async memberTemplate(@Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    return attachment(res, '委员导入模板.xlsx', await memberTemplate(this.sectors.list()));
  }
}
