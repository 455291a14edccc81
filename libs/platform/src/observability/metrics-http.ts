import { timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { Metrics } from './metrics';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function errorJson(res: Response, status: number, code: string, message: string): void {
  res
    .status(status)
    .json({ statusCode: status, error: status === 401 ? 'Unauthorized' : 'Not Found', message, code });
}

/**
 * GET /metrics on the app's own port: only with `Authorization: Bearer METRICS_TOKEN`. Without a token
 * configured it is not served here at all (METRICS_PORT serves it, or nothing does).
 */
export function metricsRoute(metrics: Metrics, config: AppConfig) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' || req.path !== '/') return next();
    const token = config.metrics.token;
    if (!token) return errorJson(res, 404, 'NOT_FOUND', '未启用');
    const header = req.header('authorization') ?? '';
    if (!header.startsWith('Bearer ') || !sameSecret(header.slice(7).trim(), token)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      return errorJson(res, 401, 'METRICS_TOKEN_REQUIRED', '需要监控令牌');
    }
    metrics.text().then(
      (body) => res.type(metrics.registry.contentType).send(body),
      (e: Error) => next(e),
    );
  };
}

/** METRICS_PORT: /metrics on a port of its own (bound to METRICS_HOST), for a scraper on a private network. */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('metrics');
  private server: Server | undefined;

  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { port, host } = this.config.metrics;
    if (!port) return;
    const server = createServer((req, res) => {
      if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      this.metrics.text().then(
        (body) => res.writeHead(200, { 'Content-Type': this.metrics.registry.contentType }).end(body),
        () => res.writeHead(500).end(),
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    this.server = server;
    this.logger.log({ msg: 'metrics served', url: `http://${host}:${port}/metrics` });
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Set when shutdown starts: readiness answers 503 from then on, so the proxy stops sending first. */
@Injectable()
export class ShutdownState {
  draining = false;
  since: Date | undefined;

  startDraining(): void {
    if (this.draining) return;
    this.draining = true;
    this.since = new Date();
  }
}
