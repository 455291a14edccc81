import { Injectable } from '@nestjs/common';
import type { LiveStatsPort } from '@xs/contracts';
import { RoomsRepository } from '../room/rooms.repository';

/** LIVE_STATS_PORT: online attendance and contributions for statistics and duty records. */
@Injectable()
export class LiveStatsService implements LiveStatsPort {
  constructor(private readonly rooms: RoomsRepository) {}

  onlineStats(sessionId: string): Promise<{ unique: number; peak: number }> {
    return this.rooms.onlineStats(sessionId);
  }

  contributionsByUser(
    userId: string,
    from: Date,
    to: Date,
  ): Promise<{ speeches: number; questions: number; messages: number; sessionIds: string[] }> {
    return this.rooms.contributions(userId, from, to);
  }
}
