import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { returningRows } from '@xs/platform';
import type { HandQueue, HandView, PollView, QuestionView } from '../live.types';

export interface QuestionRow {
  id: string;
  sessionId: string;
  authorId: string;
  authorNickname: string;
  clientMsgId: string;
  text: string;
  status: string;
  votes: number;
  answer: string | null;
  answeredBy: string | null;
  answeredByName: string | null;
  answeredAt: Date | null;
  offsetMs: string | null;
  createdAt: Date;
}

export interface HandRow {
  id: string;
  sessionId: string;
  userId: string;
  nickname: string;
  note: string | null;
  status: string;
  raisedAt: Date;
  grantedAt: Date | null;
  grantedSeconds: number | null;
}

export interface PollRow {
  id: string;
  sessionId: string;
  question: string;
  options: { id: string; text: string }[];
  multi: boolean;
  status: 'open' | 'closed';
  createdAt: Date;
}

/** The columns of each row type, keyed camelCase by their aliases. */
const QUESTION_COLUMNS = `id, session_id AS "sessionId", author_id AS "authorId", author_nickname AS "authorNickname",
  client_msg_id AS "clientMsgId", text, status, votes, answer, answered_by AS "answeredBy",
  answered_by_name AS "answeredByName", answered_at AS "answeredAt", offset_ms AS "offsetMs", created_at AS "createdAt"`;
const HAND_COLUMNS = `id, session_id AS "sessionId", user_id AS "userId", nickname, note, status, raised_at AS "raisedAt",
  granted_at AS "grantedAt", granted_seconds AS "grantedSeconds"`;
const POLL_COLUMNS = `id, session_id AS "sessionId", question, options, multi, status, created_at AS "createdAt"`;

export function questionView(r: QuestionRow): QuestionView {
  return {
    id: r.id,
    sessionId: r.sessionId,
    author: { nickname: r.authorNickname },
    text: r.text,
    votes: r.votes,
    answered: r.answeredAt !== null,
    answer: r.answer,
    answeredBy: r.answeredByName,
    answeredAt: r.answeredAt ? new Date(r.answeredAt).toISOString() : null,
    at: new Date(r.createdAt).toISOString(),
    offsetMs: r.offsetMs === null ? null : Number(r.offsetMs),
  };
}

function handView(r: HandRow): HandView {
  return {
    handId: r.id,
    userId: r.userId,
    nickname: r.nickname,
    note: r.note,
    raisedAt: new Date(r.raisedAt).toISOString(),
  };
}

@Injectable()
export class InteractRepository {
  constructor(private readonly db: DataSource) {}

  // ---------- questions ----------
  async findQuestionByClientId(
    sessionId: string,
    authorId: string,
    clientMsgId: string,
  ): Promise<QuestionRow | null> {
    const rows: QuestionRow[] = await this.db.query(
      `SELECT ${QUESTION_COLUMNS} FROM live_questions WHERE session_id = $1 AND author_id = $2 AND client_msg_id = $3`,
      [sessionId, authorId, clientMsgId],
    );
    return rows[0] ?? null;
  }

  async findQuestion(id: string): Promise<QuestionRow | null> {
    const rows: QuestionRow[] = await this.db.query(
      `SELECT ${QUESTION_COLUMNS} FROM live_questions WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async insertQuestion(q: {
    sessionId: string;
    authorId: string;
    nickname: string;
    clientMsgId: string;
    text: string;
    status: string;
    startedAt: Date | null;
  }): Promise<QuestionRow> {
    const rows: QuestionRow[] = await this.db.query(
      `INSERT INTO live_questions (session_id, author_id, author_nickname, client_msg_id, text, status, offset_ms)
       VALUES ($1, $2, $3, $4, $5, $6,
         CASE WHEN $7::timestamptz IS NULL THEN NULL
              ELSE GREATEST(0, (extract(epoch FROM now() - $7::timestamptz) * 1000)::bigint) END)
       RETURNING ${QUESTION_COLUMNS}`,
      [q.sessionId, q.authorId, q.nickname, q.clientMsgId, q.text, q.status, q.startedAt],
    );
    return rows[0];
  }

  /** The vote row and the counter in one transaction; the primary key refuses a second vote. */
  async upvote(m: EntityManager, questionId: string, userId: string): Promise<number> {
    await m.query(`INSERT INTO live_question_votes (question_id, user_id) VALUES ($1, $2)`, [
      questionId,
      userId,
    ]);
    const rows = returningRows<{ votes: number }>(
      await m.query(`UPDATE live_questions SET votes = votes + 1 WHERE id = $1 RETURNING votes`, [
        questionId,
      ]),
    );
    return rows[0].votes;
  }

  async answer(id: string, answer: string | null, by: string, byName: string): Promise<QuestionRow | null> {
    const rows = returningRows<QuestionRow>(
      await this.db.query(
        `UPDATE live_questions SET answer = COALESCE($2, answer), answered_by = $3, answered_by_name = $4,
                answered_at = COALESCE(answered_at, now())
          WHERE id = $1 RETURNING ${QUESTION_COLUMNS}`,
        [id, answer, by, byName],
      ),
    );
    return rows[0] ?? null;
  }

  async setQuestionStatus(id: string, status: string): Promise<QuestionRow | null> {
    const rows = returningRows<QuestionRow>(
      await this.db.query(
        `UPDATE live_questions SET status = $2 WHERE id = $1 RETURNING ${QUESTION_COLUMNS}`,
        [id, status],
      ),
    );
    return rows[0] ?? null;
  }

  async questions(sessionId: string, sort: 'votes' | 'time', limit: number): Promise<QuestionRow[]> {
    const order = sort === 'votes' ? 'votes DESC, created_at ASC' : 'created_at ASC';
    return this.db.query(
      `SELECT ${QUESTION_COLUMNS} FROM live_questions WHERE session_id = $1 AND status = 'visible' ORDER BY ${order}, id LIMIT $2`,
      [sessionId, limit],
    );
  }

  async questionsByIds(ids: string[]): Promise<QuestionRow[]> {
    return this.db.query(`SELECT ${QUESTION_COLUMNS} FROM live_questions WHERE id = ANY($1::uuid[])`, [ids]);
  }

  // ---------- hands ----------
  async raiseHand(
    sessionId: string,
    userId: string,
    nickname: string,
    note: string | null,
  ): Promise<HandRow> {
    const rows: HandRow[] = await this.db.query(
      `INSERT INTO live_hands (session_id, user_id, nickname, note, status) VALUES ($1, $2, $3, $4, 'queued') RETURNING ${HAND_COLUMNS}`,
      [sessionId, userId, nickname, note],
    );
    return rows[0];
  }

  async findHand(id: string): Promise<HandRow | null> {
    const rows: HandRow[] = await this.db.query(`SELECT ${HAND_COLUMNS} FROM live_hands WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async lowerHand(sessionId: string, userId: string): Promise<HandRow | null> {
    const rows = returningRows<HandRow>(
      await this.db.query(
        `UPDATE live_hands SET status = 'lowered', ended_at = now()
          WHERE session_id = $1 AND user_id = $2 AND status = 'queued' RETURNING ${HAND_COLUMNS}`,
        [sessionId, userId],
      ),
    );
    return rows[0] ?? null;
  }

  /** The partial unique index UQ_live_hands_speaker keeps it to one speaker per room. */
  async grantHand(id: string, seconds: number, by: string): Promise<HandRow | null> {
    const rows = returningRows<HandRow>(
      await this.db.query(
        `UPDATE live_hands SET status = 'granted', granted_at = now(), granted_seconds = $2, granted_by = $3
          WHERE id = $1 AND status = 'queued' RETURNING ${HAND_COLUMNS}`,
        [id, seconds, by],
      ),
    );
    return rows[0] ?? null;
  }

  async endHand(id: string): Promise<HandRow | null> {
    const rows = returningRows<HandRow>(
      await this.db.query(
        `UPDATE live_hands SET status = 'ended', ended_at = now() WHERE id = $1 AND status IN ('granted', 'queued') RETURNING ${HAND_COLUMNS}`,
        [id],
      ),
    );
    return rows[0] ?? null;
  }

  /** Ends floors whose time ran out (any node may run it; the UPDATE makes exactly one of them see each row). */
  async endExpiredHands(): Promise<string[]> {
    const rows = returningRows<{ sessionId: string }>(
      await this.db.query(
        `UPDATE live_hands SET status = 'ended', ended_at = granted_at + make_interval(secs => granted_seconds)
          WHERE status = 'granted' AND granted_at + make_interval(secs => granted_seconds) <= now()
          RETURNING session_id AS "sessionId"`,
      ),
    );
    return [...new Set(rows.map((r) => r.sessionId))];
  }

  async currentSpeaker(sessionId: string): Promise<string | null> {
    const rows: { userId: string }[] = await this.db.query(
      `SELECT user_id AS "userId" FROM live_hands WHERE session_id = $1 AND status = 'granted'`,
      [sessionId],
    );
    return rows[0]?.userId ?? null;
  }

  async handQueue(sessionId: string): Promise<HandQueue> {
    const rows: HandRow[] = await this.db.query(
      `SELECT ${HAND_COLUMNS} FROM live_hands WHERE session_id = $1 AND status IN ('queued', 'granted') ORDER BY raised_at, id`,
      [sessionId],
    );
    const g = rows.find((r) => r.status === 'granted');
    return {
      sessionId,
      speaker: g
        ? {
            ...handView(g),
            grantedAt: new Date(g.grantedAt!).toISOString(),
            until: new Date(new Date(g.grantedAt!).getTime() + (g.grantedSeconds ?? 0) * 1000).toISOString(),
          }
        : null,
      queue: rows.filter((r) => r.status === 'queued').map(handView),
    };
  }

  // ---------- polls ----------
  async insertPoll(p: {
    sessionId: string;
    question: string;
    options: { id: string; text: string }[];
    multi: boolean;
    createdBy: string;
  }): Promise<PollRow> {
    const rows: PollRow[] = await this.db.query(
      `INSERT INTO live_polls (session_id, question, options, multi, status, created_by)
       VALUES ($1, $2, $3::jsonb, $4, 'open', $5) RETURNING ${POLL_COLUMNS}`,
      [p.sessionId, p.question, JSON.stringify(p.options), p.multi, p.createdBy],
    );
    return rows[0];
  }

  async findPoll(id: string): Promise<PollRow | null> {
    const rows: PollRow[] = await this.db.query(`SELECT ${POLL_COLUMNS} FROM live_polls WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async closePoll(id: string): Promise<PollRow | null> {
    const rows = returningRows<PollRow>(
      await this.db.query(
        `UPDATE live_polls SET status = 'closed', closed_at = now() WHERE id = $1 AND status = 'open' RETURNING ${POLL_COLUMNS}`,
        [id],
      ),
    );
    return rows[0] ?? null;
  }

  /** The primary key (poll_id, user_id) refuses a second ballot; only an open poll takes one. */
  async vote(pollId: string, userId: string, optionIds: string[]): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `INSERT INTO live_poll_votes (poll_id, user_id, option_ids)
       SELECT $1, $2, $3::text[] WHERE EXISTS (SELECT 1 FROM live_polls WHERE id = $1 AND status = 'open')
       RETURNING poll_id`,
      [pollId, userId, optionIds],
    );
    return rows.length > 0;
  }

  async tallies(pollIds: string[]): Promise<Map<string, { counts: Record<string, number>; total: number }>> {
    const rows: { pollId: string; optionId: string | null; n: string }[] = await this.db.query(
      `SELECT v.poll_id AS "pollId", o.option_id AS "optionId", count(*) AS n
         FROM live_poll_votes v CROSS JOIN LATERAL unnest(v.option_ids) AS o(option_id)
        WHERE v.poll_id = ANY($1::uuid[]) GROUP BY v.poll_id, o.option_id
       UNION ALL
       SELECT poll_id, NULL, count(*) FROM live_poll_votes WHERE poll_id = ANY($1::uuid[]) GROUP BY poll_id`,
      [pollIds],
    );
    const out = new Map<string, { counts: Record<string, number>; total: number }>();
    for (const id of pollIds) out.set(id, { counts: {}, total: 0 });
    for (const r of rows) {
      const t = out.get(r.pollId)!;
      if (r.optionId === null) t.total = Number(r.n);
      else t.counts[r.optionId] = Number(r.n);
    }
    return out;
  }

  async polls(sessionId: string): Promise<PollRow[]> {
    return this.db.query(
      `SELECT ${POLL_COLUMNS} FROM live_polls WHERE session_id = $1 ORDER BY created_at, id`,
      [sessionId],
    );
  }

  async pollsByIds(ids: string[]): Promise<PollRow[]> {
    return this.db.query(`SELECT ${POLL_COLUMNS} FROM live_polls WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async pollViews(rows: PollRow[]): Promise<PollView[]> {
    const t = await this.tallies(rows.map((r) => r.id));
    return rows.map((r) => {
      const tally = t.get(r.id)!;
      return {
        id: r.id,
        sessionId: r.sessionId,
        question: r.question,
        multi: r.multi,
        options: r.options.map((o) => ({ ...o, votes: tally.counts[o.id] ?? 0 })),
        total: tally.total,
        status: r.status,
      };
    });
  }
}
