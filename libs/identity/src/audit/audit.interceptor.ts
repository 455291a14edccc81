import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Observable, catchError, from, mergeMap, throwError } from 'rxjs';
import { toErrorBody } from '@xs/platform';
import type { Principal } from '../access/principal';
import { AuditService } from './audit.service';

const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every write by staff lands in the audit trail with its route, target id and result, whatever the
 * context. Contexts add richer entries (pii.read, transitions) through AuditService themselves.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly audit: AuditService) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest<Request & { user?: Principal }>();
    const p = req.user;
    if (!WRITE.has(req.method) || !p || p.kind !== 'staff') return next.handle();
    const path = (req.route as { path?: string } | undefined)?.path ?? req.path;
    const route = `${req.method} ${path.replace(/^\/api\/v1/, '')}`;
    const params = req.params as Record<string, string>;
    // As given in the URL, so made safe for the text column: no control characters, at most 100.
    const raw = params.id ?? Object.values(params)[0];
    const targetId = raw === undefined ? null : raw.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 100);
    const write = (result: string) =>
      this.audit.by(
        p,
        route,
        {
          type: ctx
            .getClass()
            .name.replace(/Controller$/, '')
            .toLowerCase(),
          id: targetId ?? undefined,
        },
        result,
      );
    return next.handle().pipe(
      mergeMap((data) =>
        from(write(`ok:${ctx.switchToHttp().getResponse<Response>().statusCode}`).then(() => data)),
      ),
      catchError((err: unknown) =>
        from(write(`error:${toErrorBody(err).body.statusCode}`)).pipe(mergeMap(() => throwError(() => err))),
      ),
    );
  }
}
