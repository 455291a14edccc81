import { Controller, Get, Inject, Optional, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { REGISTRATION_PORT } from '@xs/contracts';
import type { RegistrationPort } from '@xs/contracts';
import { CurrentUser, Roles } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { type Page, PageOf, PageQuery } from '@xs/platform';
import { MineRepository } from './mine.repository';
import { MyRatingResponse, MySuggestionResponse } from './mine.responses';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** A resident's follow-up: what became of the suggestions of sessions they took part in. */
@ApiTags('outcomes')
@Controller('me')
export class MineController {
  constructor(
    private readonly repo: MineRepository,
    @Optional() @Inject(REGISTRATION_PORT) private readonly registration?: RegistrationPort,
  ) {}

  @Roles('resident', 'member')
  @Get('suggestions')
  @ApiOkResponse({ type: PageOf(MySuggestionResponse) })
  async suggestions(@CurrentUser() p: Principal, @Query() q: PageQuery): Promise<Page<MySuggestionResponse>> {
    const sessions = (await this.registration?.sessionIdsOfParticipant?.(p.id)) ?? [];
    const page = await this.repo.followUps(p.id, sessions, (q.page - 1) * q.pageSize, q.pageSize);
    return {
      total: page.total,
      items: page.items.map((r) => {
        const replied = r.status !== 'assigned' && r.replyContent !== null;
        return {
          id: r.id,
          sessionId: r.sessionId,
          sessionTitle: r.sessionTitle,
          sessionStartsAt: new Date(r.sessionStartsAt).toISOString(),
          content: r.content,
          status: r.status,
          departments: r.departments,
          reply: replied
            ? {
                content: r.replyContent!,
                adopted: !!r.replyAdopted,
                submittedAt: iso(r.replySubmittedAt),
              }
            : null,
          myRating: r.myRating
            ? { rating: r.myRating, comment: r.myComment, createdAt: iso(r.myRatedAt)! }
            : null,
          canRate: r.status !== 'assigned' && !r.myRating,
        };
      }),
    };
  }

  @Roles('resident', 'member')
  @Get('ratings')
  @ApiOkResponse({ type: PageOf(MyRatingResponse) })
  async ratings(@CurrentUser() p: Principal, @Query() q: PageQuery): Promise<Page<MyRatingResponse>> {
    const page = await this.repo.ratings(p.id, (q.page - 1) * q.pageSize, q.pageSize);
    return {
      total: page.total,
      items: page.items.map((r) => ({
        id: r.id,
        suggestionId: r.suggestionId,
        sessionTitle: r.sessionTitle,
        content: r.content,
        rating: r.rating,
        comment: r.comment,
        createdAt: iso(r.createdAt)!,
      })),
    };
  }
}
