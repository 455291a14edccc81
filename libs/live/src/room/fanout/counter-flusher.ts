import { Injectable, Logger } from '@nestjs/common';
import { InteractRepository, questionView } from '../../interact/interact.repository';
import type { LiveNamespace } from '../../live-socket';
import { RoomsRepository } from '../rooms.repository';
import { roomOf, RoomRuntime } from './room-runtime';

/**
 * Likes, poll tallies and question votes change many times a second in a big room: they are noted
 * here and go out (and likes are stored) once per tick, as one snapshot each.
 */
@Injectable()
export class CounterFlusher {
  private readonly logger = new Logger('live');

  constructor(
    private readonly roomsRepo: RoomsRepository,
    private readonly interact: InteractRepository,
  ) {}

  like(rt: RoomRuntime, n: number): void {
    rt.counters.likes += n;
  }

  flush(nsp: LiveNamespace, rt: RoomRuntime): void {
    const st = rt.counters;
    const room = roomOf(rt.sessionId);
    if (st.likes > 0) {
      const n = st.likes;
      st.likes = 0;
      this.roomsRepo
        .addLikes(rt.sessionId, n)
        .then((likes) => nsp.to(room).emit('reactions', { sessionId: rt.sessionId, likes }))
        .catch((e: Error) => this.logger.error({ msg: 'likes flush failed', error: e.message }));
    }
    if (st.polls.size) {
      const ids = [...st.polls];
      st.polls.clear();
      this.interact
        .pollsByIds(ids)
        .then((rows) => this.interact.pollViews(rows))
        .then((ups) => ups.forEach((u) => nsp.to(room).emit('poll:update', u)))
        .catch((e: Error) => this.logger.error({ msg: 'poll tally failed', error: e.message }));
    }
    if (st.questions.size) {
      const ids = [...st.questions];
      st.questions.clear();
      this.interact
        .questionsByIds(ids)
        .then((rows) =>
          rows.forEach((r) =>
            nsp
              .to(room)
              .emit('question:update', { ...questionView(r), hidden: r.status === 'hidden' || undefined }),
          ),
        )
        .catch((e: Error) => this.logger.error({ msg: 'question update failed', error: e.message }));
    }
  }
}
