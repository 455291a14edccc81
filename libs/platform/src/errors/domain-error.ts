import { HttpStatus } from '@nestjs/common';
import type { LocalText } from './language';

/** What a catalogue message's `{placeholders}` are filled with. */
export type MessageValues = Readonly<Record<string, string | number | LocalText>>;

/**
 * Errors the domain raises on purpose. `code` is stable and machine-readable; the filter maps
 * status to HTTP and the live gateway maps the same error to an ack.
 */
export class DomainError extends Error {
  /** The values the catalogue's message was filled with, to say it again in another language. */
  values?: MessageValues;

  constructor(
    readonly status: HttpStatus,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export class BadInputError extends DomainError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(HttpStatus.BAD_REQUEST, code, message, details);
  }
}
export class UnauthorizedError extends DomainError {
  constructor(code = 'UNAUTHENTICATED', message = '需要登录') {
    super(HttpStatus.UNAUTHORIZED, code, message);
  }
}
export class ForbiddenError extends DomainError {
  constructor(code = 'FORBIDDEN', message = '无权执行此操作', details?: Record<string, unknown>) {
    super(HttpStatus.FORBIDDEN, code, message, details);
  }
}
export class NotFoundError extends DomainError {
  constructor(code: string, message: string) {
    super(HttpStatus.NOT_FOUND, code, message);
  }
}
export class ConflictError extends DomainError {
  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(HttpStatus.CONFLICT, code, message, details);
  }
}
export class TooManyRequestsError extends DomainError {
  constructor(
    code: string,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(HttpStatus.TOO_MANY_REQUESTS, code, message, { retryAfter: retryAfterSeconds });
  }
}
export class PayloadTooLargeError extends DomainError {
  constructor(code = 'PAYLOAD_TOO_LARGE', message = '请求内容过大') {
    super(HttpStatus.PAYLOAD_TOO_LARGE, code, message);
  }
}
/** A service we depend on (object storage, say) refused or did not answer; nothing was changed. */
export class ServiceUnavailableError extends DomainError {
  constructor(code: string, message: string) {
    super(HttpStatus.SERVICE_UNAVAILABLE, code, message);
  }
}

/** The disk (or volume) holding uploaded files is full; what was partly written has been removed. */
export class InsufficientStorageError extends DomainError {
  constructor(code = 'STORAGE_FULL', message = '服务器存储空间不足，文件未保存') {
    super(HttpStatus.INSUFFICIENT_STORAGE, code, message);
  }
}
