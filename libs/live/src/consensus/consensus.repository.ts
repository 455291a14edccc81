import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { returningRows } from '@xs/platform';

export interface StatementRow {
  id: string;
  session_id: string;
  text: string;
  status: string;
  origin: string;
  source_id: string | null;
  author_id: string | null;
  created_at: Date;
}

/** Who votes: a person (key = their user id) or a guest of the live room (key `g:…`, no user). */
export interface Voter {
  key: string;
  userId: string | null;
}

export interface StatementCounts {
  statement_id: string;
  agree: number;
  disagree: number;
  pass: number;
}

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
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [s.sessionId, s.text, s.status, s.origin, s.sourceId, s.authorId],
    );
    return rows[0];
  }

  async findStatement(id: string): Promise<StatementRow | null> {
    const rows: StatementRow[] = await this.db.query(`SELECT * FROM consensus_statements WHERE id = $1`, [
      id,
    ]);
    return rows[0] ?? null;
  }

  async statements(sessionId: string, withHidden: boolean): Promise<StatementRow[]> {
    return this.db.query(
      `SELECT * FROM consensus_statements
        WHERE session_id = $1 AND ($2::boolean OR status = 'published')
        ORDER BY created_at, id`,
      [sessionId, withHidden],
    );
  }

  async statementsByIds(sessionId: string, ids: string[]): Promise<StatementRow[]> {
    return this.db.query(
      `SELECT * FROM consensus_statements WHERE session_id = $1 AND id = ANY($2::uuid[])`,
      [sessionId, ids],
    );
  }

  async setStatus(id: string, status: string): Promise<StatementRow | null> {
    const rows = returningRows<StatementRow>(
      await this.db.query(`UPDATE consensus_statements SET status = $2 WHERE id = $1 RETURNING *`, [
        id,
        status,
      ]),
    );
    return rows[0] ?? null;
  }

  /** One row per voter and statement: a second vote (or two taps at once) updates the same row. */
  async upsertVote(statementId: string, sessionId: string, voter: Voter, vote: number): Promise<void> {
    await this.db.query(
      `INSERT INTO consensus_votes (statement_id, voter_key, user_id, session_id, vote) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (statement_id, voter_key) DO UPDATE SET vote = EXCLUDED.vote, voted_at = now()`,
      [statementId, voter.key, voter.userId, sessionId, vote],
    );
  }

  async counts(sessionId: string): Promise<StatementCounts[]> {
    return this.db.query(
      `SELECT statement_id, count(*) FILTER (WHERE vote = 1)::int AS agree,
              count(*) FILTER (WHERE vote = 2)::int AS disagree, count(*) FILTER (WHERE vote = 3)::int AS pass
         FROM consensus_votes WHERE session_id = $1 GROUP BY statement_id`,
      [sessionId],
    );
  }

  async myVotes(sessionId: string, voterKey: string): Promise<{ statement_id: string; vote: number }[]> {
    return this.db.query(
      `SELECT statement_id, vote FROM consensus_votes WHERE session_id = $1 AND voter_key = $2`,
      [sessionId, voterKey],
    );
  }

  /**
   * Every vote on the session's published statements, as three parallel arrays (a million rows as
   * objects would cost far more memory than the matrix built from them).
   */
  async matrixRows(sessionId: string): Promise<{ users: string[]; statements: string[]; votes: number[] }> {
    const rows: { users: string[] | null; statements: string[] | null; votes: number[] | null }[] =
      await this.db.query(
        `SELECT array_agg(v.voter_key::text) AS users, array_agg(v.statement_id::text) AS statements,
                array_agg(v.vote::int) AS votes
           FROM consensus_votes v JOIN consensus_statements s ON s.id = v.statement_id
          WHERE v.session_id = $1 AND s.status = 'published'`,
        [sessionId],
      );
    return {
      users: rows[0]?.users ?? [],
      statements: rows[0]?.statements ?? [],
      votes: rows[0]?.votes ?? [],
    };
  }

  /** Erasure: a person's votes go, their statements stay without an author. */
  async eraseUser(userId: string): Promise<{ votes: number; sessions: string[] }> {
    const rows: { session_id: string }[] = returningRows(
      await this.db.query(`DELETE FROM consensus_votes WHERE user_id = $1 RETURNING session_id`, [userId]),
    );
    await this.db.query(`UPDATE consensus_statements SET author_id = NULL WHERE author_id = $1`, [userId]);
    return { votes: rows.length, sessions: [...new Set(rows.map((r) => r.session_id))] };
  }
}
