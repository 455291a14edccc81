import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { returningRows } from '@xs/platform';
import { LiveRoom } from '../entities/live.entities';

export interface SanctionRow {
  kind: 'mute' | 'ban';
  until: Date | null;
}

/** What moderators change on a room; the counters (last seq, likes, peak) move only through their own methods. */
export type RoomPatch = Partial<
  Pick<LiveRoom, 'streamStatus' | 'pinnedText' | 'slowModeSeconds' | 'agendaIndex'>
>;

export const participantId = (sessionId: string, key: string): string => `${sessionId}|${key}`;

@Injectable()
export class RoomsRepository {
  constructor(private readonly db: DataSource) {}

  async ensure(sessionId: string): Promise<void> {
    await this.db.query(`INSERT INTO live_rooms (session_id) VALUES ($1) ON CONFLICT DO NOTHING`, [
      sessionId,
    ]);
  }

  find(sessionId: string): Promise<LiveRoom | null> {
    return this.db.getRepository(LiveRoom).findOneBy({ sessionId });
  }

  async lastSeq(sessionId: string): Promise<number> {
    const rows: { lastSeq: string }[] = await this.db.query(
      `SELECT last_seq AS "lastSeq" FROM live_rooms WHERE session_id = $1`,
      [sessionId],
    );
    return rows.length ? Number(rows[0].lastSeq) : 0;
  }

  /** The committed counters of several rooms in one query (a room without a row counts 0). */
  async lastSeqs(sessionIds: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>(sessionIds.map((id) => [id, 0]));
    if (!sessionIds.length) return out;
    const rows: { sessionId: string; lastSeq: string }[] = await this.db.query(
      `SELECT session_id AS "sessionId", last_seq AS "lastSeq" FROM live_rooms WHERE session_id = ANY($1::uuid[])`,
      [sessionIds],
    );
    for (const r of rows) out.set(r.sessionId, Number(r.lastSeq));
    return out;
  }

  /** The next sequence number; the row stays locked until the caller's transaction ends, so seqs commit in order. */
  nextSeq(m: EntityManager, sessionId: string): Promise<number> {
    return this.reserveSeqs(m, sessionId, 1);
  }

  /** Reserves `n` consecutive seqs; returns the last. The row stays locked until the transaction ends. */
  async reserveSeqs(m: EntityManager, sessionId: string, n: number): Promise<number> {
    const rows = returningRows<{ lastSeq: string }>(
      await m.query(
        `UPDATE live_rooms SET last_seq = last_seq + $2 WHERE session_id = $1 RETURNING last_seq AS "lastSeq"`,
        [sessionId, n],
      ),
    );
    if (!rows.length) {
      await m.query(`INSERT INTO live_rooms (session_id, last_seq) VALUES ($1, $2)`, [sessionId, n]);
      return n;
    }
    return Number(rows[0].lastSeq);
  }

  async update(sessionId: string, patch: RoomPatch): Promise<void> {
    await this.ensure(sessionId);
    await this.db.getRepository(LiveRoom).update({ sessionId }, patch);
  }

  async markStarted(sessionId: string): Promise<void> {
    await this.db.query(
      `UPDATE live_rooms SET started_at = now() WHERE session_id = $1 AND started_at IS NULL`,
      [sessionId],
    );
  }

  async addLikes(sessionId: string, n: number): Promise<number> {
    const rows = returningRows<{ likes: string }>(
      await this.db.query(`UPDATE live_rooms SET likes = likes + $2 WHERE session_id = $1 RETURNING likes`, [
        sessionId,
        n,
      ]),
    );
    return Number(rows[0]?.likes ?? 0);
  }

  async raisePeak(sessionId: string, online: number): Promise<number> {
    const rows = returningRows<{ peakOnline: number }>(
      await this.db.query(
        `UPDATE live_rooms SET peak_online = GREATEST(peak_online, $2) WHERE session_id = $1 RETURNING peak_online AS "peakOnline"`,
        [sessionId, online],
      ),
    );
    return rows[0]?.peakOnline ?? online;
  }

  /** The sanction in force for a person in a room (a ban outranks a mute). */
  async activeSanctions(sessionId: string, userId: string): Promise<SanctionRow[]> {
    return this.db.query(
      `SELECT kind, until FROM live_sanctions
        WHERE session_id = $1 AND user_id = $2 AND (until IS NULL OR until > now())`,
      [sessionId, userId],
    );
  }

  /** The room's mutes and bans still in force, everyone's. */
  async roomSanctions(sessionId: string): Promise<(SanctionRow & { userId: string })[]> {
    return this.db.query(
      `SELECT user_id AS "userId", kind, until FROM live_sanctions
        WHERE session_id = $1 AND (until IS NULL OR until > now())`,
      [sessionId],
    );
  }

  async addSanction(
    sessionId: string,
    userId: string,
    kind: 'mute' | 'ban',
    minutes: number | null,
    by: string,
  ): Promise<Date | null> {
    const rows: { until: Date | null }[] = await this.db.query(
      `INSERT INTO live_sanctions (session_id, user_id, kind, until, created_by)
       VALUES ($1, $2, $3, CASE WHEN $4::int IS NULL THEN NULL ELSE now() + make_interval(mins => $4::int) END, $5)
       RETURNING until`,
      [sessionId, userId, kind, minutes, by],
    );
    return rows[0].until;
  }

  /** First time this person joins the room? (unique participants for statistics) */
  async addParticipant(sessionId: string, key: string, userId: string | null): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `INSERT INTO live_participants (session_id, participant_key, user_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING session_id`,
      [sessionId, key, userId],
    );
    return rows.length > 0;
  }

  /**
   * Several joins' participant rows in one statement; answers which (session, key) pairs were new.
   * A pair twice in `rows` counts once (DO NOTHING skips the second).
   */
  async addParticipants(
    rows: { sessionId: string; key: string; userId: string | null }[],
  ): Promise<Set<string>> {
    const inserted: { sessionId: string; participantKey: string }[] = await this.db.query(
      `INSERT INTO live_participants (session_id, participant_key, user_id)
       SELECT p.session_id, p.participant_key, p.user_id
         FROM unnest($1::uuid[], $2::varchar[], $3::uuid[]) AS p(session_id, participant_key, user_id)
       ON CONFLICT DO NOTHING RETURNING session_id AS "sessionId", participant_key AS "participantKey"`,
      [rows.map((r) => r.sessionId), rows.map((r) => r.key), rows.map((r) => r.userId)],
    );
    return new Set(inserted.map((r) => participantId(r.sessionId, r.participantKey)));
  }

  async onlineStats(sessionId: string): Promise<{ unique: number; peak: number }> {
    const rows: { unique: string; peak: number | null }[] = await this.db.query(
      `SELECT (SELECT count(*) FROM live_participants WHERE session_id = $1) AS unique,
              (SELECT peak_online FROM live_rooms WHERE session_id = $1) AS peak`,
      [sessionId],
    );
    return { unique: Number(rows[0].unique), peak: rows[0].peak ?? 0 };
  }

  async contributions(
    userId: string,
    from: Date,
    to: Date,
  ): Promise<{ speeches: number; questions: number; messages: number; sessionIds: string[] }> {
    const rows: { kind: string; sessionId: string; n: string }[] = await this.db.query(
      `SELECT 'speech' AS kind, session_id AS "sessionId", count(*) AS n FROM live_hands
         WHERE user_id = $1 AND granted_at >= $2 AND granted_at < $3 GROUP BY session_id
       UNION ALL
       SELECT 'question', session_id, count(*) FROM live_questions
         WHERE author_id = $1 AND status <> 'hidden' AND created_at >= $2 AND created_at < $3 GROUP BY session_id
       UNION ALL
       SELECT 'message', session_id, count(*) FROM live_messages
         WHERE author_id = $1 AND status = 'published' AND created_at >= $2 AND created_at < $3 GROUP BY session_id`,
      [userId, from, to],
    );
    const out = { speeches: 0, questions: 0, messages: 0, sessionIds: [] as string[] };
    const ids = new Set<string>();
    for (const r of rows) {
      const n = Number(r.n);
      if (r.kind === 'speech') out.speeches += n;
      else if (r.kind === 'question') out.questions += n;
      else out.messages += n;
      ids.add(r.sessionId);
    }
    out.sessionIds = [...ids].sort();
    return out;
  }
}
