import { Inject, Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';

/** The pg pool behind TypeORM's postgres driver (not in TypeORM's public types). */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * This process's Prometheus metrics (GET /metrics). One registry per app, so two apps in one test
 * process never share counters. Contexts add their own through `gauge`/`counter` or the shared ones.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  readonly smsSent: Counter<'kind'>;
  readonly smsFailed: Counter<'kind'>;
  readonly jobFailures: Counter<'kind'>;
  readonly exportsRunning: Gauge<'format'>;
  readonly dbUnavailable: Counter;

  constructor(
    private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.registry.setDefaultLabels({ replica: config.replicaId });
    collectDefaultMetrics({ register: this.registry, prefix: 'xs_' });
    const registers = [this.registry];
    this.httpDuration = new Histogram({
      name: 'xs_http_request_duration_seconds',
      help: 'HTTP requests by route template, method and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.smsSent = new Counter({
      name: 'xs_sms_sent_total',
      help: 'SMS accepted by the gateway',
      labelNames: ['kind'],
      registers,
    });
    this.smsFailed = new Counter({
      name: 'xs_sms_failed_total',
      help: 'SMS the gateway refused or never answered',
      labelNames: ['kind'],
      registers,
    });
    this.jobFailures = new Counter({
      name: 'xs_jobs_failed_total',
      help: 'Scheduling job attempts that failed',
      labelNames: ['kind'],
      registers,
    });
    this.exportsRunning = new Gauge({
      name: 'xs_exports_running',
      help: 'Exports being written now',
      labelNames: ['format'],
      registers,
    });
    this.dbUnavailable = new Counter({
      name: 'xs_db_unavailable_total',
      help: 'Requests answered 503 DATABASE_UNAVAILABLE',
      registers,
    });
    const pool = () => (this.db.driver as unknown as { master?: PgPool }).master;
    const poolGauge = (name: string, help: string, read: (p: PgPool) => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          const p = pool();
          this.set(p ? read(p) : 0);
        },
      });
    poolGauge('xs_db_pool_total', 'PostgreSQL connections open in this replica', (p) => p.totalCount);
    poolGauge('xs_db_pool_idle', 'PostgreSQL connections idle in the pool', (p) => p.idleCount);
    poolGauge('xs_db_pool_waiting', 'Queries waiting for a pooled connection', (p) => p.waitingCount);
  }

  /** A gauge read when scraped (async allowed: e.g. a count from the database). */
  gauge(name: string, help: string, read: () => number | Promise<number>): void {
    if (this.registry.getSingleMetric(name)) return;
    new Gauge({
      name,
      help,
      registers: [this.registry],
      async collect() {
        this.set(await read());
      },
    });
  }

  /** Several values of one gauge by label, read when scraped. */
  labelledGauge<L extends string>(
    name: string,
    help: string,
    labelNames: L[],
    read: () =>
      | { labels: Record<L, string>; value: number }[]
      | Promise<{ labels: Record<L, string>; value: number }[]>,
  ): void {
    if (this.registry.getSingleMetric(name)) return;
    new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const { labels, value } of await read()) this.set(labels, value);
      },
    });
  }

  /** A counter read from a running total kept elsewhere (e.g. the live fan-out's own statistics). */
  counterFrom(name: string, help: string, read: () => number): void {
    if (this.registry.getSingleMetric(name)) return;
    let last = 0;
    new Counter({
      name,
      help,
      registers: [this.registry],
      collect() {
        const now = read();
        if (now > last) this.inc(now - last);
        last = now;
      },
    });
  }

  histogram<L extends string>(name: string, help: string, labelNames: L[], buckets: number[]): Histogram<L> {
    const existing = this.registry.getSingleMetric(name);
    if (existing) return existing as Histogram<L>;
    return new Histogram({ name, help, labelNames, buckets, registers: [this.registry] });
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }
}
