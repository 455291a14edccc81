import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob, validateCronExpression } from 'cron';
import { APP_CONFIG, ConfigError } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { JobRunsRepository } from './job-runs.repository';
import { runWithLogContext } from '../logging/log-context';
import { Errors } from '../errors/error-catalogue';

/** A context's periodic work. `run` answers a small summary that the run record keeps. */
export interface ClusterTask {
  name: string;
  /** Cron expression, in the configured zone (Asia/Shanghai by default). */
  cron: string;
  /** The variable that sets `cron`, named when it is not a valid expression. */
  variable: string;
  run(): Promise<Record<string, unknown>>;
}

export interface TaskStatus {
  name: string;
  cron: string;
  timeZone: string;
  nextRunAt: string | null;
  lastRun: {
    slot: string;
    replica: string;
    status: string;
    startedAt: string;
    finishedAt: string | null;
    result: Record<string, unknown> | null;
    error: string | null;
  } | null;
}

export type FireOutcome = 'ran' | 'failed' | 'taken';

/**
 * Cron jobs (@nestjs/schedule) that run once per cluster. Every replica schedules every task; at a
 * tick each tries to INSERT the (task, slot) row of `job_runs`, and only the one whose INSERT wins runs
 * it. The row then records start, end, result and replica, which admins read at GET /admin/jobs.
 */
@Injectable()
export class ClusterJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly replicaId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly tasks = new Map<string, ClusterTask>();
  private readonly running = new Set<Promise<unknown>>();
  private readonly logger = new Logger('cron');

  constructor(
    private readonly runs: JobRunsRepository,
    private readonly scheduler: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Contexts register in onModuleInit; scheduling starts once the app is up. */
  register(task: ClusterTask): void {
    if (!validateCronExpression(task.cron).valid)
      throw new ConfigError(task.variable, `not a valid cron expression: "${task.cron}"`);
    this.tasks.set(task.name, task);
  }

  onApplicationBootstrap(): void {
    if (!this.config.cron.enabled) return;
    for (const task of this.tasks.values()) {
      const job = CronJob.from({
        cronTime: task.cron,
        timeZone: this.config.cron.timeZone,
        onTick: () => {
          // The slot is the tick's second: replicas whose clocks agree within half a second share it.
          const slot = new Date(Math.round(Date.now() / 1000) * 1000);
          this.track(this.fire(task.name, slot));
        },
        start: false,
      });
      this.scheduler.addCronJob(`xs:${task.name}`, job);
      job.start();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    for (const name of this.tasks.keys()) {
      if (this.scheduler.doesExist('cron', `xs:${name}`)) this.scheduler.deleteCronJob(`xs:${name}`);
    }
    await Promise.allSettled([...this.running]);
  }

  private track(p: Promise<unknown>): void {
    this.running.add(p);
    void p.finally(() => this.running.delete(p));
  }

  /** Runs a task for a slot unless another replica already took that slot. */
  fire(name: string, slot: Date): Promise<FireOutcome> {
    // Every line the task writes names it, with an id of its own run.
    return runWithLogContext({ requestId: randomUUID(), job: `cron:${name}` }, () =>
      this.fireNow(name, slot),
    );
  }

  private async fireNow(name: string, slot: Date): Promise<FireOutcome> {
    const task = this.tasks.get(name);
    if (!task) throw Errors.notFound('JOB_NOT_FOUND');
    const id = await this.runs.claim(name, slot, this.replicaId);
    if (!id) return 'taken';
    try {
      const result = await task.run();
      await this.runs.succeeded(id, result);
      this.logger.log({ msg: 'scheduled task done', task: name, ...result });
      return 'ran';
    } catch (e) {
      const error = (e as Error).message.slice(0, 500);
      await this.runs.failed(id, error).catch(() => undefined);
      this.logger.error({ msg: 'scheduled task failed', task: name, error });
      return 'failed';
    }
  }

  /** An admin's "run now": its own slot, so it never collides with a tick. */
  runNow(name: string): Promise<FireOutcome> {
    return this.fire(name, new Date());
  }

  async status(): Promise<TaskStatus[]> {
    const rows = await this.runs.lastRuns([...this.tasks.keys()]);
    const last = new Map(rows.map((r) => [r.job, r]));
    return [...this.tasks.values()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((t) => {
        const r = last.get(t.name);
        let nextRunAt: string | null = null;
        if (this.config.cron.enabled && this.scheduler.doesExist('cron', `xs:${t.name}`))
          nextRunAt = this.scheduler.getCronJob(`xs:${t.name}`).nextDate().toISO();
        return {
          name: t.name,
          cron: t.cron,
          timeZone: this.config.cron.timeZone,
          nextRunAt,
          lastRun: r
            ? {
                slot: r.slot.toISOString(),
                replica: r.replica,
                status: r.status,
                startedAt: r.startedAt.toISOString(),
                finishedAt: r.finishedAt?.toISOString() ?? null,
                result: r.result,
                error: r.error,
              }
            : null,
        };
      });
  }

  /** Run records older than `days` go. */
  async purgeRuns(days: number): Promise<number> {
    return this.runs.purge(days);
  }
}
