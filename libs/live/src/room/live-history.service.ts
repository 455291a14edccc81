import { Injectable } from '@nestjs/common';
import type { Principal } from '@xs/identity';
import { MessagesRepository, messageView } from '../chat/messages.repository';
import { InteractService } from '../interact/interact.service';
import type { MessageView, PollView, QuestionView } from '../live.types';
import { LiveAccessService } from './live-access.service';

@Injectable()
export class LiveHistoryService {
  constructor(
    private readonly access: LiveAccessService,
    private readonly messagesRepo: MessagesRepository,
    private readonly interact: InteractService,
  ) {}

  private async viewable(p: Principal | undefined, sessionId: string) {
    const s = await this.access.session(sessionId);
    await this.access.assertCanView(p, s);
    return s;
  }

  async messages(
    p: Principal | undefined,
    sessionId: string,
    after: number,
    limit: number,
  ): Promise<{ items: MessageView[]; hasMore: boolean }> {
    await this.viewable(p, sessionId);
    const page = await this.messagesRepo.publishedAfter(sessionId, after, limit);
    return { items: page.items.map(messageView), hasMore: page.hasMore };
  }

  async questions(
    p: Principal | undefined,
    sessionId: string,
    sort: 'votes' | 'time',
  ): Promise<{ items: QuestionView[] }> {
    await this.viewable(p, sessionId);
    return { items: await this.interact.questions(sessionId, sort) };
  }

  async polls(p: Principal | undefined, sessionId: string): Promise<{ items: PollView[] }> {
    await this.viewable(p, sessionId);
    return { items: await this.interact.polls(sessionId) };
  }
}
