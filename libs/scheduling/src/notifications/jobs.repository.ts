import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { returningRows } from '@xs/platform';

export interface JobInput {
  kind: string;
  payload: Record<string, unknown>;
  runAt: Date;
  dedupeKey: string;
}

export interface ClaimedJob {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  runAt: Date;
  dedupeKey: string;
  attempts: number;
}

@Injectable()
export class JobsRepository {
  constructor(private readonly db: DataSource) {}

  /** Queues a job unless one with the same key exists; its id when this call queued it. */
  async enqueue(m: EntityManager | undefined, job: JobInput): Promise<string | null> {
    const rows: { id: string }[] = await (m ?? this.db.manager).query(
      `INSERT INTO scheduling_jobs (kind, payload, run_at, dedupe_key) VALUES ($1, $2, $3, $4)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [job.kind, JSON.stringify(job.payload), job.runAt, job.dedupeKey],
    );
    return rows[0]?.id ?? null;
  }

  /** Claims one given job if it is still pending and no worker holds it. */
  async claimById(m: EntityManager, id: string): Promise<ClaimedJob | null> {
    const rows: ClaimedJob[] = await m.query(
      `SELECT id, kind, payload, run_at AS "runAt", dedupe_key AS "dedupeKey", attempts FROM scheduling_jobs
        WHERE id = $1 AND status = 'pending'
        FOR UPDATE SKIP LOCKED`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Drops finished, skipped and failed jobs older than `days` (pending ones are never touched). */
  async purgeFinished(days: number): Promise<number> {
    const rows = returningRows<{ id: string }>(
      await this.db.query(
        `DELETE FROM scheduling_jobs
          WHERE status IN ('done', 'skipped', 'failed')
            AND coalesce(done_at, run_at) < now() - make_interval(days => $1)
        RETURNING id`,
        [days],
      ),
    );
    return rows.length;
  }

  /** Claims one due job; the row stays locked until `m`'s transaction ends, other workers skip it. */
  async claimNext(m: EntityManager): Promise<ClaimedJob | null> {
    const rows: ClaimedJob[] = await m.query(
      `SELECT id, kind, payload, run_at AS "runAt", dedupe_key AS "dedupeKey", attempts FROM scheduling_jobs
        WHERE status = 'pending' AND run_at <= now()
        ORDER BY run_at, id
        LIMIT 1
        FOR UPDATE SKIP LOCKED`,
    );
    return rows[0] ?? null;
  }

  async finish(m: EntityManager, id: string, status: 'done' | 'skipped', worker: string): Promise<void> {
    await m.query(
      `UPDATE scheduling_jobs SET status = $2, done_by = $3, done_at = now(), attempts = attempts + 1 WHERE id = $1`,
      [id, status, worker],
    );
  }

  /** Jobs waiting by kind: due now (the queue depth an operator watches) and all pending. */
  async depth(): Promise<{ kind: string; due: number; pending: number }[]> {
    const rows: { kind: string; due: string; pending: string }[] = await this.db.query(
      `SELECT kind, count(*) FILTER (WHERE run_at <= now()) AS due, count(*) AS pending
         FROM scheduling_jobs WHERE status = 'pending' GROUP BY kind`,
    );
    return rows.map((r) => ({ kind: r.kind, due: Number(r.due), pending: Number(r.pending) }));
  }

  /** Jobs given up after their last attempt, by kind. */
  async failedCount(): Promise<{ kind: string; failed: number }[]> {
    const rows: { kind: string; n: string }[] = await this.db.query(
      `SELECT kind, count(*) AS n FROM scheduling_jobs WHERE status = 'failed' GROUP BY kind`,
    );
    return rows.map((r) => ({ kind: r.kind, failed: Number(r.n) }));
  }

  /** A failed attempt: retried later with back-off, given up after `maxAttempts`. */
  async fail(id: string, error: string, maxAttempts: number): Promise<void> {
    await this.db.query(
      `UPDATE scheduling_jobs
          SET attempts = attempts + 1, last_error = $2,
              status = CASE WHEN attempts + 1 >= $3 THEN 'failed' ELSE 'pending' END,
              run_at = now() + make_interval(secs => 30 * power(2, attempts))
        WHERE id = $1`,
      [id, error.slice(0, 500), maxAttempts],
    );
  }

  /** Drops pending jobs of a kind for a session (e.g. closing reminders once the outcome is out). */
  async skipPending(sessionId: string, kinds: string[]): Promise<number> {
    const rows = returningRows<{ id: string }>(
      await this.db.query(
        `UPDATE scheduling_jobs SET status = 'skipped', done_at = now()
          WHERE status = 'pending' AND kind = ANY($2) AND payload->>'sessionId' = $1 RETURNING id`,
        [sessionId, kinds],
      ),
    );
    return rows.length;
  }
}
