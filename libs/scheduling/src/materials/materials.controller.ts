import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import type { Response } from 'express';
import { CurrentUser, OptionalUser, Public, Roles, SignedDownload } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors, ApiFile, type Page, PageOf, UploadInterceptor, local } from '@xs/platform';
import { MaterialsService } from './materials.service';
import { MaterialResponse } from './materials.responses';
import { Errors } from '../errors';

export class MaterialPatchDto {
  @ApiProperty() @IsBoolean() public: boolean;
}

@ApiTags('materials')
@Controller('sessions/:id/materials')
export class MaterialsController {
  constructor(private readonly materials: MaterialsService) {}

  @Roles('admin', 'organiser', 'workstation_manager')
  @Post()
  @UseInterceptors(UploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' }, public: { type: 'boolean' } },
    },
  })
  @ApiCreatedResponse({ type: MaterialResponse })
  @ApiErrors(409, 413, 503, 507)
  upload(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() body: Record<string, string>,
  ): Promise<MaterialResponse> {
    const extra = Object.keys(body ?? {}).filter((k) => k !== 'public');
    if (extra.length)
      throw Errors.badInput('VALIDATION_FAILED', {
        problems: local(`未知字段：${extra.join(', ')}`, `unknown fields: ${extra.join(', ')}`),
      });
    if (body?.public !== undefined && !['true', 'false'].includes(body.public))
      throw Errors.badInput('VALIDATION_FAILED', {
        problems: local('public 须为 true 或 false', 'public must be true or false'),
      });
    return this.materials.upload(p, id, file, body?.public === 'true');
  }

  /** Public materials for anyone; all of them for the region's staff and the invitees. */
  @Public()
  @Get()
  @ApiOkResponse({ type: PageOf(MaterialResponse) })
  list(
    @OptionalUser() p: Principal | undefined,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<Page<MaterialResponse>> {
    return this.materials.list(p, id);
  }

  @Public()
  @SignedDownload()
  @Get(':mid/download')
  @ApiFile('*/*', 'The file, with the content type it was stored with, as an attachment')
  @ApiErrors(503)
  async download(
    @OptionalUser() p: Principal | undefined,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('mid', ParseUUIDPipe) mid: string,
    @Res() res: Response,
  ): Promise<void> {
    const { m, stream } = await this.materials.open(p, id, mid);
    res.setHeader('Content-Type', m.contentType);
    res.setHeader('Content-Length', String(m.size));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="material.${m.filename.split('.').pop()}"; filename*=UTF-8''${encodeURIComponent(m.filename)}`,
    );
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Patch(':mid')
  @ApiOkResponse({ type: MaterialResponse })
  setPublic(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('mid', ParseUUIDPipe) mid: string,
    @Body() dto: MaterialPatchDto,
  ): Promise<MaterialResponse> {
    return this.materials.setPublic(p, id, mid, dto.public);
  }

  @Roles('admin', 'organiser', 'workstation_manager')
  @Delete(':mid')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed, the stored file too' })
  async remove(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('mid', ParseUUIDPipe) mid: string,
  ): Promise<void> {
    await this.materials.remove(p, id, mid);
  }
}
