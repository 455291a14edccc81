import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, logContext, Metrics, runWithLogContext, setLogContext } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { JobHandlers } from './job-handlers';
import { JobsRepository } from './jobs.repository';
import type { ClaimedJob } from './jobs.repository';

export const MAX_JOB_ATTEMPTS = 5;

/**
 * Polls `scheduling_jobs` in every process. A job is claimed with FOR UPDATE SKIP LOCKED inside the
 * transaction that does its work and marks it done, so with any number of replicas each job runs
 * once: a second worker skips the locked row and, after commit, no longer sees it pending.
 */
@Injectable()
export class JobWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('jobs');
  readonly workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = false;

  constructor(
    private readonly db: DataSource,
    private readonly jobs: JobsRepository,
    private readonly handlers: JobHandlers,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {
    // The queue as the database holds it (all replicas): read at scrape time; a database outage reads as no data.
    const depth = () => this.jobs.depth().catch(() => []);
    metrics.labelledGauge('xs_jobs_due', 'Scheduling jobs due now and not yet run', ['kind'], async () =>
      (await depth()).map((d) => ({ labels: { kind: d.kind }, value: d.due })),
    );
    metrics.labelledGauge('xs_jobs_pending', 'Scheduling jobs pending (due or later)', ['kind'], async () =>
      (await depth()).map((d) => ({ labels: { kind: d.kind }, value: d.pending })),
    );
    metrics.labelledGauge(
      'xs_jobs_given_up',
      'Scheduling jobs given up after their last attempt',
      ['kind'],
      async () =>
        (await this.jobs.failedCount().catch(() => [])).map((d) => ({
          labels: { kind: d.kind },
          value: d.failed,
        })),
    );
  }

  onApplicationBootstrap(): void {
    const every = this.config.schedulingJobsPollMs;
    if (!every) return;
    this.timer = setInterval(() => {
      if (this.running || this.stopped) return;
      // A database hiccup must never take the process down: log it and try again next tick.
      this.running = this.runDue()
        .catch((e: Error) => {
          this.logger.error({ msg: 'job poll failed', error: e.message });
          return 0;
        })
        .finally(() => (this.running = undefined));
    }, every);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Runs due jobs until none is left (or `max`); returns how many this worker completed. */
  async runDue(max = 200, workerId = this.workerId): Promise<number> {
    let done = 0;
    while (done < max && !this.stopped) {
      const ran = await this.runClaimed((m) => this.jobs.claimNext(m), workerId);
      if (ran === 'none') break;
      if (ran === 'done') done++;
    }
    return done;
  }

  /** Runs one job now if it is still pending and free (e.g. the first try of a login code); true when it ran. */
  async runNow(id: string, workerId = this.workerId): Promise<boolean> {
    return (await this.runClaimed((m) => this.jobs.claimById(m, id), workerId)) === 'done';
  }

  /**
   * Claims, runs and marks one job in one transaction. A failing job is counted and put back with
   * back-off (or given up after MAX_JOB_ATTEMPTS) outside that transaction.
   */
  private async runClaimed(
    claim: (m: EntityManager) => Promise<ClaimedJob | null>,
    workerId: string,
  ): Promise<'none' | 'done' | 'failed'> {
    return runWithLogContext({ ...logContext() }, () => this.runInContext(claim, workerId));
  }

  private async runInContext(
    claim: (m: EntityManager) => Promise<ClaimedJob | null>,
    workerId: string,
  ): Promise<'none' | 'done' | 'failed'> {
    let claimedId: string | null = null;
    let kind = 'unknown';
    try {
      return await this.db.transaction(async (m) => {
        const job = await claim(m);
        if (!job) return 'none';
        claimedId = job.id;
        kind = job.kind;
        // Every line the job writes names it (and keeps the request id when run from a request).
        setLogContext({ job: `${job.kind}:${job.id}` });
        const outcome = await this.handlers.handle(m, job);
        await this.jobs.finish(m, job.id, outcome, workerId);
        return 'done';
      });
    } catch (e) {
      if (!claimedId) throw e;
      this.logger.warn({ msg: 'job failed', id: claimedId, error: (e as Error).message });
      this.metrics.jobFailures.inc({ kind });
      await this.jobs.fail(claimedId, (e as Error).message, MAX_JOB_ATTEMPTS);
      return 'failed';
    }
  }
}
