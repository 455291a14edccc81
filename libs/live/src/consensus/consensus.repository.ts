import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { returningRows } from '@xs/platform';

export interface StatementRow {
  id: string;
  sessionId: string;
  text: string;
  status: string;
  origin: string;
  sourceId: string | null;
  authorId: string | null;
  createdAt: Date;
}

/** Who votes: a person (key = their user id) or a guest of the live room (key `g:…`, no user). */
export interface Voter {
  key: string;
  userId: string | null;
}

interface PendingVote {
  statementId: string;
  sessionId: string;
  voter: Voter;
  vote: number;
  resolve: () => void;
  reject: (e: unknown) => void;
}

export interface StatementCounts {
  statementId: string;
  agree: number;
  disagree: number;
  pass: number;
}

/** The columns of a StatementRow, keyed camelCase by their aliases. */
const STATEMENT_COLUMNS = `id, session_id AS "sessionId", text, status, origin, source_id AS "sourceId", author_id AS "authorId", created_at AS "createdAt"`;

@Injectable()
export class ConsensusRepository {
  constructor(private readonly db: DataSource) {}

  async insertStatement(s: {
    sessionId: string;
    text: string;
    status: string;
    origin: string;
    sourceId: string | null;
    authorId: string | null;
  }): Promise<StatementRow> {
    const rows: StatementRow[] = await this.db.query(
      `INSERT INTO consensus_statements (session_id, text, status, origin, source_id, author_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${STATEMENT_COLUMNS}`,
      [s.sessionId, s.text, s.status, s.origin, s.sourceId, s.authorId],
    );
    return rows[0];
  }

  async findStatement(id: string): Promise<StatementRow | null> {
    const rows: StatementRow[] = await this.db.query(
      `SELECT ${STATEMENT_COLUMNS} FROM consensus_statements WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async statements(sessionId: string, withHidden: boolean): Promise<StatementRow[]> {
    return this.db.query(
      `SELECT ${STATEMENT_COLUMNS} FROM consensus_statements
        WHERE session_id = $1 AND ($2::boolean OR status = 'published')
        ORDER BY created_at, id`,
      [sessionId, withHidden],
    );
  }

  async statementsByIds(sessionId: string, ids: string[]): Promise<StatementRow[]> {
    return this.db.query(
      `SELECT ${STATEMENT_COLUMNS} FROM consensus_statements WHERE session_id = $1 AND id = ANY($2::uuid[])`,
      [sessionId, ids],
    );
  }

  async setStatus(id: string, status: string): Promise<StatementRow | null> {
    const rows = returningRows<StatementRow>(
      await this.db.query(
        `UPDATE consensus_statements SET status = $2 WHERE id = $1 RETURNING ${STATEMENT_COLUMNS}`,
        [id, status],
      ),
    );
    return rows[0] ?? null;
  }

  /**
   * One row per voter and statement: a second vote (or two taps at once) updates the same row. Resolves
   * once the vote is committed. Votes arriving together are written as one statement and one commit (a
   * room voting thousands of times a second would otherwise be as many commits); one batch at a time,
   * so a voter's later vote is never overtaken by an earlier one.
   */
  upsertVote(statementId: string, sessionId: string, voter: Voter, vote: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ statementId, sessionId, voter, vote, resolve, reject });
      if (!this.writing) void this.writeVotes();
    });
  }

  private pending: PendingVote[] = [];
  private writing = false;

  private async writeVotes(): Promise<void> {
    this.writing = true;
    try {
      while (this.pending.length) {
        const batch = this.pending.splice(0, 5000);
        // The same voter twice on one statement in a batch: the later vote wins (one row per key).
        const last = new Map<string, PendingVote>();
        for (const v of batch) last.set(`${v.statementId}|${v.voter.key}`, v);
        const rows = [...last.values()];
        try {
          await this.db.query(
            `INSERT INTO consensus_votes (statement_id, voter_key, user_id, session_id, vote)
             SELECT v.statement_id, v.voter_key, v.user_id, v.session_id, v.vote
               FROM unnest($1::uuid[], $2::varchar[], $3::uuid[], $4::uuid[], $5::smallint[])
                 AS v(statement_id, voter_key, user_id, session_id, vote)
             ON CONFLICT (statement_id, voter_key) DO UPDATE SET vote = EXCLUDED.vote, voted_at = now()`,
            [
              rows.map((v) => v.statementId),
              rows.map((v) => v.voter.key),
              rows.map((v) => v.voter.userId),
              rows.map((v) => v.sessionId),
              rows.map((v) => v.vote),
            ],
          );
          for (const v of batch) v.resolve();
        } catch (e) {
          for (const v of batch) v.reject(e);
        }
      }
    } finally {
      this.writing = false;
    }
  }

  async counts(sessionId: string): Promise<StatementCounts[]> {
    return this.db.query(
      `SELECT statement_id AS "statementId", count(*) FILTER (WHERE vote = 1)::int AS agree,
              count(*) FILTER (WHERE vote = 2)::int AS disagree, count(*) FILTER (WHERE vote = 3)::int AS pass
         FROM consensus_votes WHERE session_id = $1 GROUP BY statement_id`,
      [sessionId],
    );
  }

  async myVotes(sessionId: string, voterKey: string): Promise<{ statementId: string; vote: number }[]> {
    return this.db.query(
      `SELECT statement_id AS "statementId", vote FROM consensus_votes WHERE session_id = $1 AND voter_key = $2`,
      [sessionId, voterKey],
    );
  }

  /**
   * Every vote on the session's published statements, packed by PostgreSQL: the voters and statements
   * (each numbered in key order) and one int32 per vote, `(voter × statements + statement) × 4 + vote`,
   * as one bytea. Parsing a million rows or text arrays would hold the event loop (and every vote's ack)
   * for seconds in a large room; a bytea arrives as one buffer.
   */
  async matrixRows(sessionId: string): Promise<{ users: string[]; statements: string[]; cells: Buffer }> {
    const rows: { users: string[] | null; statements: string[] | null; cells: Buffer | null }[] =
      await this.db.query(
        `WITH v AS (
           SELECT v.voter_key, v.statement_id, v.vote
             FROM consensus_votes v JOIN consensus_statements s ON s.id = v.statement_id
            WHERE v.session_id = $1 AND s.status = 'published'),
         u AS (SELECT voter_key, (row_number() OVER (ORDER BY voter_key) - 1)::int AS i
                 FROM (SELECT DISTINCT voter_key FROM v) x),
         st AS (SELECT statement_id, (row_number() OVER (ORDER BY statement_id) - 1)::int AS j
                  FROM (SELECT DISTINCT statement_id FROM v) y),
         n AS (SELECT count(*)::int AS s FROM st)
         SELECT (SELECT array_agg(voter_key::text ORDER BY i) FROM u) AS users,
                (SELECT array_agg(statement_id::text ORDER BY j) FROM st) AS statements,
                (SELECT string_agg(int4send(((u.i * n.s + st.j) * 4 + v.vote)::int), ''::bytea)
                   FROM v JOIN u USING (voter_key) JOIN st USING (statement_id) CROSS JOIN n) AS cells`,
        [sessionId],
      );
    return {
      users: rows[0]?.users ?? [],
      statements: rows[0]?.statements ?? [],
      cells: rows[0]?.cells ?? Buffer.alloc(0),
    };
  }

  /** Erasure: a person's votes go, their statements stay without an author. */
  async eraseUser(userId: string): Promise<{ votes: number; sessions: string[] }> {
    const rows: { sessionId: string }[] = returningRows(
      await this.db.query(
        `DELETE FROM consensus_votes WHERE user_id = $1 RETURNING session_id AS "sessionId"`,
        [userId],
      ),
    );
    await this.db.query(`UPDATE consensus_statements SET author_id = NULL WHERE author_id = $1`, [userId]);
    return { votes: rows.length, sessions: [...new Set(rows.map((r) => r.sessionId))] };
  }
}
