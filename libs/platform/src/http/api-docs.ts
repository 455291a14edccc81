import { applyDecorators, type Type } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiResponse } from '@nestjs/swagger';
import { ErrorBody } from '../errors/error-body';
import type { Page } from '../paging';

/** What each error status means across the API; the body's `code` says which case it is. */
export const ERROR_REASONS: Record<number, string> = {
  400: 'Invalid input: VALIDATION_FAILED, MALFORMED_JSON, or a rule of the domain (see `code`)',
  401: 'Not signed in, or the access token expired (TOKEN_EXPIRED)',
  403: 'The caller lacks the role or permission, or the object is outside its region',
  404: 'No such object (objects outside the caller’s region also answer 404 on reads)',
  409: 'Conflicts with the current state (see `code`)',
  413: 'The body or file is too large',
  415: 'Unsupported encoding',
  429: 'Too many requests; `Retry-After` and `details.retryAfter` say when to try again',
  503: 'A service the request needs is unavailable; nothing was changed',
  507: 'The server has no room left to store the file (STORAGE_FULL); nothing was kept',
};

/** Declares error statuses a route answers with beyond the ones every route of its kind has. */
export function ApiErrors(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: ERROR_REASONS[status], type: ErrorBody })),
  );
}

const pages = new Map<Type, Type>();

/** `{ items: T[], total }`, the paged list of the whole API, as a named schema (`SessionResponse` → `SessionPage`). */
export function PageOf<T>(item: Type<T>): Type<Page<T>> {
  let page = pages.get(item);
  if (!page) {
    page = class {};
    Object.defineProperty(page, 'name', { value: `${item.name.replace(/Response$/, '')}Page` });
    ApiProperty({ type: () => item, isArray: true })(page.prototype as object, 'items');
    ApiProperty({ type: 'integer', description: 'All matching items, not just this page' })(
      page.prototype as object,
      'total',
    );
    pages.set(item, page);
  }
  return page as Type<Page<T>>;
}

/** A download: the body is the file itself, of this content type (errors stay JSON). */
export function ApiFile(contentType: string, description: string): MethodDecorator & ClassDecorator {
  const text = contentType.startsWith('text/');
  return ApiOkResponse({
    description,
    content: { [contentType]: { schema: text ? { type: 'string' } : { type: 'string', format: 'binary' } } },
  });
}
