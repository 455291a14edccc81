import {
  BadInputError,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthorizedError,
} from './domain-error';

/** Code → the one message users see for it (zh-Hans). */
export type ErrorMessages = Readonly<Record<string, string>>;

/**
 * Raising errors by code from a context's catalogue (`libs/<ctx>/src/errors.ts`) merged with the common
 * one: the code is checked by the compiler and its message is the catalogue's, so one code never reads
 * two ways. A code lives in exactly one catalogue (a test scans the sources and holds this).
 */
export function errorsFrom<const M extends ErrorMessages>(messages: M) {
  type Code = Extract<keyof M, string> | CommonCode;
  const all: ErrorMessages = { ...COMMON_ERRORS, ...messages };
  const text = (code: Code): string => all[code];
  return {
    messages,
    badInput: (code: Code, details?: Record<string, unknown>) => new BadInputError(code, text(code), details),
    unauthorized: (code: Code) => new UnauthorizedError(code, text(code)),
    forbidden: (code: Code) => new ForbiddenError(code, text(code)),
    notFound: (code: Code) => new NotFoundError(code, text(code)),
    conflict: (code: Code, details?: Record<string, unknown>) => new ConflictError(code, text(code), details),
    tooMany: (code: Code, retryAfterSeconds: number) =>
      new TooManyRequestsError(code, text(code), retryAfterSeconds),
    tooLarge: (code: Code) => new PayloadTooLargeError(code, text(code)),
    unavailable: (code: Code) => new ServiceUnavailableError(code, text(code)),
    withStatus: (status: number, code: Code, details?: Record<string, unknown>) =>
      new DomainError(status, code, text(code), details),
  };
}

/** Codes more than one context raises (validation, access, uploads, shared entities). */
export const COMMON_ERRORS = {
  FILE_REQUIRED: '请选择要上传的文件（字段 file）',
  FILE_TOO_LARGE: '文件过大',
  INVALID_NEAR: 'near 的纬度须在 -90…90、经度须在 -180…180 之间',
  INVALID_PHONE: '请填写正确的中国大陆手机号',
  INVALID_REGION_CODE: '行政区划代码应为 6、9 或 12 位数字',
  JOB_NOT_FOUND: '定时任务不存在',
  MALFORMED_MULTIPART: '上传内容格式不正确',
  MEMBER_NOT_FOUND: '委员不存在',
  NO_ISSUING_COMMITTEE: '该区域没有可署名的政协委员会',
  OUTCOME_NOT_FOUND: '尚未形成成果',
  OUT_OF_REGION: '不在您的管辖区域内',
  RATE_LIMITED: '请求过于频繁，请稍后再试',
  SESSION_CANCELLED: '活动已取消',
  SESSION_NOT_FOUND: '会议不存在',
  TOTP_SETUP_REQUIRED: '请先设置双因素认证',
  UNAUTHENTICATED: '需要登录',
  UNEXPECTED_FILE: '只接受一个名为 file 的文件',
  UNKNOWN_DEPARTMENT: '承办单位不存在',
  UNKNOWN_WORKSTATION: '工作室不存在',
  UNSUPPORTED_FILE_TYPE: '不支持的文件类型（按文件内容判断）',
  WORKSTATION_NOT_FOUND: '场所不存在',
} as const;
export type CommonCode = Extract<keyof typeof COMMON_ERRORS, string>;

/** The platform's own raising (filters, pipes, rate limiter): common codes only. */
export const Errors = errorsFrom({});
