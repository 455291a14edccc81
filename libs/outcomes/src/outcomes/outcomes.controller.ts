import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, OptionalUser, Public, Roles, SignedDownload } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ApiErrors, ApiFile, type Page, PageOf, UploadInterceptor } from '@xs/platform';
import { SaveOutcomeDto } from './outcomes.dto';
import { OutcomesService } from './outcomes.service';
import type { UploadedFile as Upload } from './outcomes.service';
import { AttachmentResponse, OutcomeResponse, TodoItemResponse } from './outcomes.responses';

@ApiTags('outcomes')
@Controller()
export class OutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Roles('admin', 'organiser', 'staff_viewer', 'workstation_manager')
  @Get('sessions/:id/outcome')
  @ApiOkResponse({ type: OutcomeResponse })
  get(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<OutcomeResponse> {
    return this.outcomes.get(p, id);
  }

  @Roles('admin', 'organiser')
  @Put('sessions/:id/outcome')
  @ApiOkResponse({ type: OutcomeResponse })
  @ApiErrors(409)
  save(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SaveOutcomeDto,
  ): Promise<OutcomeResponse> {
    return this.outcomes.save(p, id, dto);
  }

  @Roles('admin', 'organiser')
  @HttpCode(200)
  @Post('sessions/:id/outcome/publish')
  @ApiOkResponse({ type: OutcomeResponse })
  @ApiErrors(409)
  publish(@CurrentUser() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<OutcomeResponse> {
    return this.outcomes.publish(p, id);
  }

  @Roles('admin', 'organiser')
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(UploadInterceptor)
  @Post('sessions/:id/outcome/attachments')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: AttachmentResponse })
  @ApiErrors(409)
  attach(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: Upload | undefined,
  ): Promise<AttachmentResponse> {
    return this.outcomes.attach(p, id, file);
  }

  /** Attachments of published outcomes are public; others need a staff login in the region. */
  @Public()
  @SignedDownload()
  @Get('outcome-files/:id')
  @ApiFile('*/*', 'The attachment, with the content type it was stored with')
  async download(
    @OptionalUser() p: Principal | undefined,
    @Param('id', ParseUUIDPipe) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const { file, stream } = await this.outcomes.download(p, id);
    res.setHeader('Content-Type', file.mime);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    stream.pipe(res);
  }

  @Roles('admin', 'organiser')
  @Get('me/todo')
  @ApiOkResponse({ type: PageOf(TodoItemResponse) })
  todo(@CurrentUser() p: Principal): Promise<Page<TodoItemResponse>> {
    return this.outcomes.todo(p);
  }
}
