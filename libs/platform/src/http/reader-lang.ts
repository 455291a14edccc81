import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { langOf, type Lang } from '../errors/language';

/**
 * The language the request asks to read in (`Accept-Language`, as for error messages): for answers
 * that carry texts the server wrote, such as the inbox's notices. Routes using it send
 * `Vary: Accept-Language`.
 */
export const ReaderLang = createParamDecorator((_: unknown, ctx: ExecutionContext): Lang =>
  langOf(ctx.switchToHttp().getRequest<Request>().headers['accept-language']),
);
