import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Metrics } from '../observability/metrics';
import { toErrorBody } from './error-body';
import { langOf } from './language';

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  constructor(private readonly metrics?: Metrics) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request & { id?: string }>();
    const lang = langOf(req.headers['accept-language']);
    const { body, retryAfter } = toErrorBody(exception, lang);
    if (body.code === 'DATABASE_UNAVAILABLE') {
      this.metrics?.dbUnavailable.inc();
      this.logger.warn({
        msg: 'database unavailable',
        requestId: req.id,
        error: (exception as Error)?.message,
      });
    } else if (body.statusCode >= 500) {
      // The message only: stack traces and request bodies may hold personal data.
      const err = exception as Error;
      this.logger.error({ msg: 'unhandled error', requestId: req.id, name: err?.name, error: err?.message });
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (retryAfter !== undefined) res.setHeader('Retry-After', String(retryAfter));
    // A route may have set its file's type already (calendar feeds, downloads): errors are JSON.
    res.removeHeader('Content-Disposition');
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    // The message is in the language the request asked for (Accept-Language); caches must keep them apart.
    res.setHeader('Content-Language', lang);
    res.vary('Accept-Language');
    res.status(body.statusCode).json(body);
  }
}
