import {
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors, ApiFile } from '@xs/platform';
import { OpinionPhotoResponse } from '../entries/entries.responses';
import { PhotoUploadInterceptor } from './photo-upload.interceptor';
import { PhotosService } from './photos.service';

@ApiTags('opinion')
@Controller('opinion-photos')
export class PhotosController {
  constructor(private readonly photos: PhotosService) {}

  /** Upload first, then record the entry with `photoIds`. */
  @Roles('admin', 'organiser', 'workstation_manager', 'member', 'resident')
  @Post()
  @UseInterceptors(PhotoUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: OpinionPhotoResponse })
  @ApiErrors(413)
  upload(
    @CurrentUser() p: Principal,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<OpinionPhotoResponse> {
    return this.photos.upload(p, file);
  }

  @Roles('admin', 'organiser', 'workstation_manager', 'member', 'staff_viewer', 'resident')
  @Get(':id')
  @ApiFile('image/*', 'The photo, with the type recognised at upload')
  async download(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const { photo, stream } = await this.photos.open(p, id);
    res.setHeader('Content-Type', photo.contentType);
    res.setHeader('Content-Length', String(photo.size));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.setHeader(
      'Content-Disposition',
      `inline; filename="photo-${photo.id}.${photo.storageKey.split('.').pop()}"`,
    );
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}
