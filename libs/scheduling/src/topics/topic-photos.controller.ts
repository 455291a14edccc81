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
import { ANY_USER, CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors, ApiFile, UploadInterceptor } from '@xs/platform';
import { TopicPhotosService } from './topic-photos.service';
import { TopicPhotoResponse } from './topics.responses';
import { TopicsService } from './topics.service';

@ApiTags('topics')
@Controller('topic-photos')
export class TopicPhotosController {
  constructor(
    private readonly photos: TopicPhotosService,
    private readonly topics: TopicsService,
  ) {}

  /** Upload first (an image up to 10 MB), then submit the topic with `photoIds`. */
  @Roles(ANY_USER)
  @Post()
  @UseInterceptors(UploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: TopicPhotoResponse })
  @ApiErrors(413, 429, 503)
  upload(
    @CurrentUser() p: Principal,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<TopicPhotoResponse> {
    return this.photos.upload(p, file);
  }

  @Roles(ANY_USER)
  @Get(':id')
  @ApiFile('image/jpeg', 'The photo, at most 1600 px on its longer edge')
  async photo(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.send(p, id, false, res);
  }

  @Roles(ANY_USER)
  @Get(':id/thumb')
  @ApiFile('image/jpeg', 'A 320 px square thumbnail of the photo')
  async thumb(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.send(p, id, true, res);
  }

  private async send(p: Principal, id: string, thumb: boolean, res: Response): Promise<void> {
    const { size, stream } = await this.photos.open(p, id, thumb, (topicId) =>
      this.topics.visible(p, topicId),
    );
    res.setHeader('Content-Type', 'image/jpeg');
    res.setHeader('Content-Length', String(size));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Never changes once stored; private: it is read with a login.
    res.setHeader('Cache-Control', 'private, max-age=86400, immutable');
    res.setHeader('Content-Disposition', `inline; filename="topic-photo-${id}${thumb ? '-thumb' : ''}.jpg"`);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}
