import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { runWithLogContext } from '../logging/log-context';
import type { Metrics } from '../observability/metrics';

const logger = new Logger('http');

/**
 * Gives every request an id (kept from X-Request-Id when sane), runs the rest of it in a log context
 * (so every line it writes carries that id, and the user once known), logs one line when it ends
 * without query or body, and times it by route template for /metrics.
 */
export function requestContext(metrics?: Metrics) {
  return (req: Request & { id?: string }, res: Response, next: NextFunction): void => {
    const incoming = req.header('x-request-id');
    const id = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    req.id = id;
    res.setHeader('X-Request-Id', id);
    const started = process.hrtime.bigint();
    runWithLogContext({ requestId: id, clientIp: lazyClientIp(req, res) }, () => {
      res.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const template = (req.route as { path?: string } | undefined)?.path;
        const route = template ? `${req.baseUrl}${template}` : undefined;
        // Unmatched paths are one label, so a scan of random URLs cannot blow up the series count.
        metrics?.httpDuration.observe(
          { method: req.method, route: route ?? 'unmatched', status: String(res.statusCode) },
          ms / 1000,
        );
        logger.log({
          msg: 'request',
          requestId: id,
          userId: (req as { user?: { id?: string } }).user?.id,
          method: req.method,
          route: route ?? req.path.replace(/\d{7,}/g, '…'),
          status: res.statusCode,
          ms: Math.round(ms * 10) / 10,
        });
      });
      next();
    });
  };
}

/**
 * The client's address for the audit trail, worked out when first asked (behind a trusted proxy it is a
 * parse) and letting go of the request once it is answered: the log context outlives the request in
 * whatever it left scheduled, and must not keep it alive. Its own scope, so the closures of the
 * middleware (which hold the request) are not in it.
 */
function lazyClientIp(req: Request, res: Response): () => string | null {
  let source: Request | null = req;
  let ip: string | null | undefined;
  res.once('finish', () => (source = null));
  return () => (ip !== undefined ? ip : (ip = source?.ip ?? null));
}
