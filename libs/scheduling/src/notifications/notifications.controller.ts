import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { AllowRestricted, ANY_USER, CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { PageQuery, pageOffset } from '@xs/platform';
import { InboxRow, NotificationsRepository } from './notifications.repository';
import { InboxResponse, MarkedResponse, NotificationResponse } from './notifications.responses';
import { Errors } from '../errors';

export class InboxQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'true: unread only' })
  @IsOptional()
  @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}

const view = (r: InboxRow) => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  body: r.body,
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
  @ApiOkResponse({ type: InboxResponse })
  async list(@CurrentUser() p: Principal, @Query() q: InboxQuery): Promise<InboxResponse> {
    const { rows, total, unread } = await this.inbox.list(
      p.id,
      q.unread === 'true',
      pageOffset(q),
      q.pageSize,
    );
    return { items: rows.map(view), total, unread };
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
  @ApiOkResponse({ type: NotificationResponse })
  async read(
    @CurrentUser() p: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<NotificationResponse> {
    const row = await this.inbox.markOne(p.id, id);
    if (!row) throw Errors.notFound('NOTIFICATION_NOT_FOUND');
    return view(row);
  }
}
