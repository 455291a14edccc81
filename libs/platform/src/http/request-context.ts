import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const logger = new Logger('http');

/** Gives every request an id (kept from X-Request-Id when sane) and logs one line when it ends, without query or body. */
export function requestContext(req: Request & { id?: string }, res: Response, next: NextFunction): void {
  const incoming = req.header('x-request-id');
  req.id = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', req.id);
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const route = (req.route as { path?: string } | undefined)?.path;
    logger.log({
      msg: 'request',
      requestId: req.id,
      method: req.method,
      route: route ? `${req.baseUrl}${route}` : req.path.replace(/\d{7,}/g, '…'),
      status: res.statusCode,
      ms: Math.round(ms * 10) / 10,
    });
  });
  next();
}
