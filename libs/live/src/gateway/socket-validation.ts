import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import {
  DomainError,
  isExclusionViolation,
  isUniqueViolation,
  messageIn,
  problem,
  problemsOf,
  say,
  ValidationFailedError,
  type Problem,
  type Lang,
} from '@xs/platform';
import { Errors } from '../errors';

export interface AckError {
  ok: false;
  error: { code: string; message: string; retryAfter?: number; until?: string | null; details?: unknown };
}

/** An ack error of the gateway's own wording, in the socket's language (Traditional from the Simplified). */
export function ackError(
  lang: Lang,
  code: string,
  zhHans: string,
  en: string,
  retryAfter?: number,
): AckError {
  const message = say(lang, zhHans, en);
  return { ok: false, error: { code, message, ...(retryAfter !== undefined ? { retryAfter } : {}) } };
}

type Class<T> = new () => T;

const RESERVED_KEYS = new Set([
  '__proto__',
  'constructor',
  'prototype',
  ...Object.getOwnPropertyNames(Object.prototype),
]);
const MAX_DEPTH = 6;
const MAX_KEYS = 200;

/**
 * Keys that shadow Object.prototype members (constructor, toString, __proto__…) slip past the
 * whitelist or break the transformer, and deep or wide trees cost CPU before validation: refuse both.
 */
function checkShape(value: unknown, depth: number, budget: { keys: number }): Problem | null {
  if (value === null || typeof value !== 'object') return null;
  if (depth > MAX_DEPTH)
    return problem('', 'maxDepth', `嵌套超过 ${MAX_DEPTH} 层`, `nested more than ${MAX_DEPTH} levels deep`);
  const keys = Object.keys(value);
  budget.keys += keys.length;
  if (budget.keys > MAX_KEYS)
    return problem('', 'maxKeys', `字段超过 ${MAX_KEYS} 个`, `more than ${MAX_KEYS} fields`);
  for (const k of keys) {
    if (RESERVED_KEYS.has(k))
      return problem(k, 'whitelistValidation', '不是可接受的字段', 'is not an accepted field');
    const bad = checkShape((value as Record<string, unknown>)[k], depth + 1, budget);
    if (bad) return bad;
  }
  return null;
}

/**
 * The gateway's own ValidationPipe (global pipes do not reach gateways): a plain object, validated
 * with whitelist + forbidNonWhitelisted, so unknown fields are an error, not silently dropped.
 */
export function validatePayload<T extends object>(dto: Class<T>, payload: unknown): T {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw Errors.badInput('BAD_PAYLOAD');
  }
  const proto = Object.getPrototypeOf(payload);
  if (proto !== Object.prototype && proto !== null) throw Errors.badInput('BAD_PAYLOAD');
  const shape = checkShape(payload, 0, { keys: 0 });
  if (shape) throw new ValidationFailedError([shape]);
  const obj = plainToInstance(dto, payload, { enableImplicitConversion: false });
  const errors = validateSync(obj, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  if (errors.length) {
    throw new ValidationFailedError(problemsOf(errors).slice(0, 10));
  }
  // Control characters (NUL above all, which PostgreSQL text refuses) never reach storage.
  const rec = obj as Record<string, unknown>;
  for (const k of Object.keys(rec)) {
    const v = rec[k];
    if (typeof v === 'string') rec[k] = stripControl(v);
    else if (Array.isArray(v)) rec[k] = v.map((x) => (typeof x === 'string' ? stripControl(x) : x));
  }
  return obj;
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}

/**
 * DomainError → its code; PostgreSQL unique violations → DUPLICATE; anything else → INTERNAL (logged).
 * The message is in the socket's language.
 */
export function toAckError(e: unknown, lang: Lang = 'zh-Hans'): { ack: AckError; unexpected: boolean } {
  if (e instanceof DomainError) {
    const retryAfter = e.details?.retryAfter as number | undefined;
    return {
      ack: {
        ok: false,
        error: {
          code: e.code,
          message: messageIn(e, lang),
          ...(retryAfter !== undefined ? { retryAfter } : {}),
          ...(e.details && 'until' in e.details ? { until: e.details.until as string | null } : {}),
          ...(e instanceof ValidationFailedError ? { details: e.linesIn(lang) } : {}),
        },
      },
      unexpected: false,
    };
  }
  if (isUniqueViolation(e))
    return { ack: ackError(lang, 'DUPLICATE', '重复提交', 'Already submitted'), unexpected: false };
  if (isExclusionViolation(e))
    return {
      ack: ackError(lang, 'CONFLICT', '与已有记录冲突', 'This conflicts with an existing record'),
      unexpected: false,
    };
  return { ack: ackError(lang, 'INTERNAL', '服务器内部错误', 'Internal server error'), unexpected: true };
}
