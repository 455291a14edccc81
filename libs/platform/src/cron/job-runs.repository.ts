import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { returningRows } from '../database/sql';

/** The last run of a scheduled task, as `GET /admin/jobs` shows it. */
export interface JobRunRow {
  job: string;
  slot: Date;
  replica: string;
  status: string;
  startedAt: Date;
  finishedAt: Date | null;
  result: Record<string, unknown> | null;
  error: string | null;
}

/** One row per (task, slot): the replica that inserts it first runs the task. */
@Injectable()
export class JobRunsRepository {
  constructor(private readonly db: DataSource) {}

  /** The run's id when this replica took the slot, null when another one already has it. */
  async claim(job: string, slot: Date, replica: string): Promise<string | null> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO job_runs (job, slot, replica) VALUES ($1, $2, $3)
       ON CONFLICT (job, slot) DO NOTHING RETURNING id`,
      [job, slot, replica],
    );
    return rows[0]?.id ?? null;
  }

  async succeeded(id: string, result: Record<string, unknown>): Promise<void> {
    await this.db.query(`UPDATE job_runs SET status = 'ok', finished_at = now(), result = $2 WHERE id = $1`, [
      id,
      JSON.stringify(result),
    ]);
  }

  async failed(id: string, error: string): Promise<void> {
    await this.db.query(
      `UPDATE job_runs SET status = 'failed', finished_at = now(), error = $2 WHERE id = $1`,
      [id, error],
    );
  }

  /** Each task's latest run. */
  lastRuns(jobs: string[]): Promise<JobRunRow[]> {
    return this.db.query(
      `SELECT DISTINCT ON (job) job, slot, replica, status, started_at AS "startedAt",
              finished_at AS "finishedAt", result, error
         FROM job_runs WHERE job = ANY($1) ORDER BY job, started_at DESC`,
      [jobs],
    );
  }

  /** Run records older than `days` go; answers how many. */
  async purge(days: number): Promise<number> {
    return returningRows(
      await this.db.query(
        `DELETE FROM job_runs WHERE started_at < now() - make_interval(days => $1) RETURNING id`,
        [days],
      ),
    ).length;
  }
}
