import { HttpException, HttpStatus } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PG_EXCLUSION_VIOLATION, PG_UNIQUE_VIOLATION } from '../database/violations';
import { DomainError, TooManyRequestsError } from './domain-error';
import { messageIn } from './error-catalogue';
import { say, type Lang } from './language';
import { ValidationFailedError } from './validation-problems';

/** The one error shape of the API (every 4xx and 5xx); `code` is what clients branch on. */
export class ErrorBody {
  @ApiProperty({ type: 'integer', example: 404 }) statusCode: number;
  @ApiProperty({ example: 'Not Found' }) error: string;
  @ApiProperty({
    description:
      'For people, in the language Accept-Language asks for (zh-Hans by default, zh-Hant, en); validation failures list one line per problem',
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  })
  message: string | string[];
  @ApiProperty({
    description: 'Stable, UPPER_SNAKE',
    example: 'SESSION_NOT_FOUND',
    pattern: '^[A-Z][A-Z0-9_]*$',
  })
  code: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'e.g. retryAfter (s); on VALIDATION_FAILED, problems: [{ field, rule, message }] (the message without the field name, to show next to the field)',
  })
  details?: Record<string, unknown>;
}

const STATUS_NAMES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  507: 'Insufficient Storage',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const PG_CODES: Record<string, [number, string, string, string]> = {
  [PG_UNIQUE_VIOLATION]: [409, 'DUPLICATE', '记录已存在', 'This record already exists'],
  [PG_EXCLUSION_VIOLATION]: [409, 'CONFLICT', '与已有记录冲突', 'This conflicts with an existing record'],
  '23503': [
    409,
    'REFERENCE_CONFLICT',
    '引用的记录不存在或仍被引用',
    'A record it refers to does not exist, or it is still referred to',
  ],
  '22P02': [400, 'INVALID_VALUE', '参数格式不正确', 'A value is not in the right format'],
  '22007': [400, 'INVALID_VALUE', '日期格式不正确', 'A date is not in the right format'],
  '22008': [400, 'INVALID_VALUE', '日期超出范围', 'A date is out of range'],
  '22003': [400, 'INVALID_VALUE', '数值超出范围', 'A number is out of range'],
  '22001': [400, 'VALUE_TOO_LONG', '内容过长', 'A value is too long'],
  '22021': [400, 'INVALID_VALUE', '参数包含无效字符', 'A value contains characters that are not allowed'],
  '40001': [
    409,
    'RETRY',
    '并发冲突，请重试',
    'Someone else changed this at the same moment; please try again',
  ],
  '40P01': [
    409,
    'RETRY',
    '并发冲突，请重试',
    'Someone else changed this at the same moment; please try again',
  ],
};

/**
 * PostgreSQL down, restarting or refusing connections: SQLSTATE classes 08 (connection) and 57P
 * (shutdown, crash, starting up), too many connections, and what node-postgres says when the socket
 * is refused or cut. The caller may retry; 500 would say the request itself was wrong.
 */
const DB_DOWN_STATES = /^(08\d{3}|08P01|57P0[1-4]|53300)$/;
const DB_DOWN_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)/;

export function isDatabaseUnavailable(err: unknown): boolean {
  if (err instanceof DomainError || err instanceof HttpException) return false;
  const e = err as { code?: unknown; message?: unknown; driverError?: { code?: unknown; message?: unknown } };
  for (const x of [e, e?.driverError]) {
    if (!x) continue;
    if (typeof x.code === 'string' && DB_DOWN_STATES.test(x.code)) return true;
    if (typeof x.message === 'string' && DB_DOWN_MESSAGES.test(x.message)) return true;
  }
  // A socket refused or cut under a query (node-postgres passes the raw error on). Other services we
  // call (SMS, object storage) wrap their failures in domain errors, so these are the database's.
  return ['ECONNREFUSED', 'ECONNRESET', 'EPIPE'].includes(String((e as { code?: unknown })?.code));
}

/**
 * Turns anything thrown into the one error shape of the API, its message in the asker's language
 * (Simplified Chinese unless asked otherwise). Never includes a stack.
 */
export function toErrorBody(err: unknown, lang: Lang = 'zh-Hans'): { body: ErrorBody; retryAfter?: number } {
  if (err instanceof DomainError) {
    const body: ErrorBody = {
      statusCode: err.status,
      error: STATUS_NAMES[err.status] ?? 'Error',
      message: messageIn(err, lang),
      code: err.code,
    };
    if (err.details) body.details = err.details;
    if (err instanceof ValidationFailedError) {
      body.message = err.linesIn(lang);
      body.details = { problems: err.bodiesIn(lang) };
    }
    return { body, retryAfter: err instanceof TooManyRequestsError ? err.retryAfterSeconds : undefined };
  }
  if (err instanceof HttpException) {
    // Express's own parse and decoding errors arrive wrapped; give them their specific codes.
    const cause = (err as { cause?: { type?: string; status?: number } }).cause;
    // Our own refusals from body-parser's verify hook (BODY_TOO_DEEP) keep their code.
    if (cause instanceof DomainError) return toErrorBody(cause, lang);
    if (cause?.type === 'entity.parse.failed' || (cause instanceof SyntaxError && err.getStatus() === 400)) {
      return simple(lang, 400, 'MALFORMED_JSON', ...MALFORMED_JSON);
    }
    if (cause instanceof URIError)
      return simple(lang, 400, 'MALFORMED_URL', '请求地址编码不正确', 'The address is not correctly encoded');
    if (err.getStatus() === 413) return simple(lang, 413, 'PAYLOAD_TOO_LARGE', ...TOO_LARGE);
    const status = err.getStatus();
    const res = err.getResponse();
    const message =
      typeof res === 'string' ? res : ((res as { message?: string | string[] }).message ?? err.message);
    const explicit = typeof res === 'object' ? (res as { code?: string }).code : undefined;
    // Nest's ParseUUIDPipe (an id in the path) says this in English only.
    if (
      status === 400 &&
      typeof message === 'string' &&
      /^Validation failed \(uuid( v \d)? is expected\)$/.test(message)
    )
      return simple(lang, 400, 'VALIDATION_FAILED', ...BAD_PATH_ID);
    // Nest's answer for a route it does not have ("Cannot GET /api/v1/x"): our words, its own code, so a
    // client can tell a missing part of the server from a missing record.
    const missingRoute =
      status === 404 && typeof message === 'string' && /^Cannot ([A-Z]+) (\S+)$/.exec(message);
    if (missingRoute) {
      const [, method, path] = missingRoute;
      return simple(
        lang,
        404,
        'ROUTE_NOT_FOUND',
        `没有这个接口：${method} ${path}`,
        `No such endpoint: ${method} ${path}`,
      );
    }
    return {
      body: {
        statusCode: status,
        error: STATUS_NAMES[status] ?? 'Error',
        message,
        code: explicit ?? defaultCode(status),
      },
    };
  }
  if (isDatabaseUnavailable(err)) {
    const { body } = simple(
      lang,
      503,
      'DATABASE_UNAVAILABLE',
      '数据库暂时不可用，请稍后重试',
      'The database is unavailable for a moment; please try again shortly',
    );
    return { body, retryAfter: 5 };
  }
  const e = err as { type?: string; status?: number; code?: string; driverError?: { code?: string } };
  // body-parser errors carry a `type`
  if (e?.type === 'entity.too.large') return simple(lang, 413, 'PAYLOAD_TOO_LARGE', ...TOO_LARGE);
  if (e?.type === 'entity.parse.failed') return simple(lang, 400, 'MALFORMED_JSON', ...MALFORMED_JSON);
  if (e?.type === 'charset.unsupported' || e?.type === 'encoding.unsupported')
    return simple(
      lang,
      415,
      'UNSUPPORTED_ENCODING',
      '不支持的字符编码',
      'This character encoding is not supported',
    );
  const pgCode = e?.driverError?.code ?? (typeof e?.code === 'string' ? e.code : undefined);
  if (pgCode && PG_CODES[pgCode]) {
    const [status, code, zh, en] = PG_CODES[pgCode];
    return simple(lang, status, code, zh, en);
  }
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    const name = STATUS_NAMES[e.status] ?? 'Bad Request';
    return simple(lang, e.status, defaultCode(e.status), name, name);
  }
  return simple(lang, 500, 'INTERNAL', '服务器内部错误', 'Internal server error');
}

const MALFORMED_JSON = ['请求体不是有效的 JSON', 'The request body is not valid JSON'] as const;
const TOO_LARGE = ['请求内容超过 1 MB', 'The request is larger than 1 MB'] as const;
const BAD_PATH_ID = ['地址中的编号不是有效的 UUID', 'An ID in the address is not a valid UUID'] as const;

/** A body of our own wording, given in both languages (Traditional converted from the Simplified). */
function simple(lang: Lang, status: number, code: string, zhHans: string, en: string) {
  const message = say(lang, zhHans, en);
  return { body: { statusCode: status, error: STATUS_NAMES[status] ?? 'Error', message, code } };
}

function defaultCode(status: number): string {
  switch (status as HttpStatus) {
    case HttpStatus.BAD_REQUEST:
      return 'VALIDATION_FAILED';
    case HttpStatus.UNAUTHORIZED:
      return 'UNAUTHENTICATED';
    case HttpStatus.FORBIDDEN:
      return 'FORBIDDEN';
    case HttpStatus.NOT_FOUND:
      return 'NOT_FOUND';
    case HttpStatus.CONFLICT:
      return 'CONFLICT';
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return 'PAYLOAD_TOO_LARGE';
    case HttpStatus.TOO_MANY_REQUESTS:
      return 'RATE_LIMITED';
    default:
      return status >= 500 ? 'INTERNAL' : 'ERROR';
  }
}
