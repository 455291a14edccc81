import { Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { AllowRestricted, ANY_USER, CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { inScript, PageQuery, pageOffset, ReaderLang, type Lang } from '@xs/platform';
import { InboxRow, NotificationsRepository } from './notifications.repository';
import { InboxResponse, MarkedResponse, NotificationResponse } from './notifications.responses';
import { Errors } from '../errors';

export class InboxQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'true: unread only' })
  @IsOptional()
  @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}

/** A notice in the reader's language: English as stored with it, Traditional converted from the Chinese. */
const view = (r: InboxRow, lang: Lang) => ({
  id: r.id,
  kind: r.kind,
  title: lang === 'en' ? (r.titleEn ?? r.title) : inScript(r.title, lang),
  body: lang === 'en' ? (r.bodyEn ?? r.body) : inScript(r.body, lang),
  link: r.link,
  readAt: r.readAt,
  createdAt: r.createdAt,
});

/** The in-app inbox (站内消息). Each user sees only their own. */
@ApiTags('notifications')
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly inbox: NotificationsRepository) {}

  @Roles(ANY_USER)
  @AllowRestricted()
  @Get()
  @Header('Vary', 'Accept-Language')
  @ApiOkResponse({ type: InboxResponse })
  async list(
    @CurrentUser() p: Principal,
    @Query() q: InboxQuery,
    @ReaderLang() lang: Lang,
  ): Promise<InboxResponse> {
    const { rows, total, unread } = await this.inbox.list(
      p.id,
      q.unread === 'true',
      pageOffset(q),
      q.pageSize,
    );
    return { items: rows.map((r) => view(r, lang)), total, unread };
  }

  @Roles(ANY_USER)
  @AllowRestricted()
  @Post('read-all')
  @HttpCode(200)
  @ApiOkResponse({ type: MarkedResponse })
  async readAll(@CurrentUser() p: Principal): Promise<MarkedResponse> {
    return { marked: await this.inbox.markAll(p.id) };
  }

  @Roles(ANY_USER)
  @AllowRestricted()
  @Post(':id/read')
  @HttpCode(200)
  @Header('Vary', 'Accept-Language')
  @ApiOkResponse({ type: NotificationResponse })
  async read(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @ReaderLang() lang: Lang,
  ): Promise<NotificationResponse> {
    const row = await this.inbox.markOne(p.id, id);
    if (!row) throw Errors.notFound('NOTIFICATION_NOT_FOUND');
    return view(row, lang);
  }
}
