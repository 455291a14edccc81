import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { returningRows } from '@xs/platform';
import type { AuthorRole, HeldMessageView, MessageView } from '../live.types';

export interface MessageRow {
  id: string;
  sessionId: string;
  seq: string;
  authorId: string;
  authorNickname: string;
  authorRole: string;
  clientMsgId: string;
  text: string;
  status: 'published' | 'held' | 'hidden';
  heldReason: string | null;
  offsetMs: string | null;
  createdAt: Date;
}

/** The columns of a MessageRow, keyed camelCase by their aliases. */
const MESSAGE_COLUMNS = `id, session_id AS "sessionId", seq, author_id AS "authorId", author_nickname AS "authorNickname", author_role AS "authorRole", client_msg_id AS "clientMsgId", text, status, held_reason AS "heldReason", offset_ms AS "offsetMs", created_at AS "createdAt"`;

export interface NewMessage {
  sessionId: string;
  authorId: string;
  nickname: string;
  role: AuthorRole;
  clientMsgId: string;
  text: string;
  status: 'published' | 'held';
  heldReason: string | null;
  startedAt: Date | null;
}

export function messageView(r: MessageRow): MessageView {
  return {
    seq: Number(r.seq),
    id: r.id,
    author: { nickname: r.authorNickname, role: r.authorRole as AuthorRole },
    text: r.text,
    at: new Date(r.createdAt).toISOString(),
    offsetMs: r.offsetMs === null ? null : Number(r.offsetMs),
  };
}

export function heldView(r: MessageRow): HeldMessageView {
  return { ...messageView(r), authorId: r.authorId, reason: r.heldReason };
}

@Injectable()
export class MessagesRepository {
  constructor(private readonly db: DataSource) {}

  async findByClientId(sessionId: string, authorId: string, clientMsgId: string): Promise<MessageRow | null> {
    const rows: MessageRow[] = await this.db.query(
      `SELECT ${MESSAGE_COLUMNS} FROM live_messages WHERE session_id = $1 AND author_id = $2 AND client_msg_id = $3`,
      [sessionId, authorId, clientMsgId],
    );
    return rows[0] ?? null;
  }

  async findById(m: EntityManager | undefined, id: string): Promise<MessageRow | null> {
    const rows: MessageRow[] = await (m ?? this.db).query(
      `SELECT ${MESSAGE_COLUMNS} FROM live_messages WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async append(sessionId: string, items: NewMessage[]): Promise<MessageRow[] | null> {
    const col = <T>(f: (n: NewMessage) => T) => items.map(f);
    const rows: MessageRow[] = await this.db.query(
      `WITH seqs AS (
         UPDATE live_rooms SET last_seq = last_seq + $2 WHERE session_id = $1 RETURNING last_seq
       )
       INSERT INTO live_messages
         (session_id, seq, author_id, author_nickname, author_role, client_msg_id, text, status, held_reason, offset_ms)
       SELECT $1, seqs.last_seq - $2 + t.ord, t.author_id, t.nickname, t.role, t.client_msg_id, t.text, t.status,
              t.held_reason,
              CASE WHEN t.started_at IS NULL THEN NULL
                   ELSE GREATEST(0, (extract(epoch FROM now() - t.started_at) * 1000)::bigint) END
         FROM seqs,
              unnest($3::uuid[], $4::varchar[], $5::varchar[], $6::varchar[], $7::varchar[], $8::varchar[],
                     $9::varchar[], $10::timestamptz[])
                WITH ORDINALITY AS t(author_id, nickname, role, client_msg_id, text, status, held_reason, started_at, ord)
       RETURNING ${MESSAGE_COLUMNS}`,
      [
        sessionId,
        items.length,
        col((n) => n.authorId),
        col((n) => n.nickname),
        col((n) => n.role),
        col((n) => n.clientMsgId),
        col((n) => n.text),
        col((n) => n.status),
        col((n) => n.heldReason),
        col((n) => n.startedAt),
      ],
    );
    if (!rows.length) return null;
    const bySeq = new Map(rows.map((r) => [Number(r.seq), r]));
    const first = Math.min(...bySeq.keys());
    return items.map((_, i) => bySeq.get(first + i)!);
  }

  async insertMany(m: EntityManager, firstSeq: number, items: NewMessage[]): Promise<MessageRow[]> {
    const params: unknown[] = [];
    const values = items.map((n, i) => {
      const b = params.length;
      params.push(
        n.sessionId,
        firstSeq + i,
        n.authorId,
        n.nickname,
        n.role,
        n.clientMsgId,
        n.text,
        n.status,
        n.heldReason,
        n.startedAt,
      );
      const p = (k: number) => `$${b + k}`;
      return `(${p(1)}::uuid, ${p(2)}::bigint, ${p(3)}::uuid, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}, ${p(9)},
         CASE WHEN ${p(10)}::timestamptz IS NULL THEN NULL
              ELSE GREATEST(0, (extract(epoch FROM now() - ${p(10)}::timestamptz) * 1000)::bigint) END)`;
    });
    return m.query(
      `INSERT INTO live_messages
         (session_id, seq, author_id, author_nickname, author_role, client_msg_id, text, status, held_reason, offset_ms)
       VALUES ${values.join(', ')}
       RETURNING ${MESSAGE_COLUMNS}`,
      params,
    );
  }

  /** Publishes a held message under a new sequence number, so clients that already passed its old one still get it. */
  async publish(m: EntityManager, id: string, seq: number, by: string): Promise<MessageRow | null> {
    const rows = returningRows<MessageRow>(
      await m.query(
        `UPDATE live_messages SET status = 'published', seq = $2, moderated_by = $3
          WHERE id = $1 AND status = 'held' RETURNING ${MESSAGE_COLUMNS}`,
        [id, seq, by],
      ),
    );
    return rows[0] ?? null;
  }

  async hide(id: string, by: string): Promise<MessageRow | null> {
    const rows = returningRows<MessageRow>(
      await this.db.query(
        `UPDATE live_messages SET status = 'hidden', moderated_by = $2
          WHERE id = $1 AND status <> 'hidden' RETURNING ${MESSAGE_COLUMNS}`,
        [id, by],
      ),
    );
    return rows[0] ?? null;
  }

  /** Published messages after a sequence number, oldest first; one more than asked tells whether more exist. */
  async publishedAfter(
    sessionId: string,
    after: number,
    limit: number,
  ): Promise<{ items: MessageRow[]; hasMore: boolean }> {
    const rows: MessageRow[] = await this.db.query(
      `SELECT ${MESSAGE_COLUMNS} FROM live_messages WHERE session_id = $1 AND seq > $2 AND status = 'published'
        ORDER BY seq LIMIT $3`,
      [sessionId, after, limit + 1],
    );
    return { items: rows.slice(0, limit), hasMore: rows.length > limit };
  }

  /** Every message (any status) in a seq range: fills a gap in a node's fan-out queue. */
  range(sessionId: string, from: number, to: number): Promise<MessageRow[]> {
    return this.db.query(
      `SELECT ${MESSAGE_COLUMNS} FROM live_messages WHERE session_id = $1 AND seq BETWEEN $2 AND $3 ORDER BY seq`,
      [sessionId, from, to],
    );
  }

  held(sessionId: string, limit: number): Promise<MessageRow[]> {
    return this.db.query(
      `SELECT ${MESSAGE_COLUMNS} FROM live_messages WHERE session_id = $1 AND status = 'held' ORDER BY seq LIMIT $2`,
      [sessionId, limit],
    );
  }
}
