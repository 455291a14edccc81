import type { LoggerService } from '@nestjs/common';
import pino from 'pino';
import type { DestinationStream, Level, Logger as Pino } from 'pino';
import { logContext } from './log-context';

const PHONE_RE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const MIN_LEVEL: Record<string, Level> = { debug: 'debug', info: 'info', warn: 'warn', error: 'error' };

/** Fields that may hold a phone number or a secret wherever they appear in a log object. */
const REDACT = [
  'phone',
  'mobile',
  'password',
  'token',
  'authorization',
  '*.phone',
  '*.mobile',
  '*.password',
  '*.token',
  '*.authorization',
];

/** Masks every mainland mobile number inside strings, however deep: the last line of defence. */
function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(PHONE_RE, '$1****$2');
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = maskDeep(v, depth + 1);
  return out;
}

export interface JsonLoggerOptions {
  /** Names this process on every line (replica). */
  replica?: string;
  /** Where lines go (stdout by default); tests pass a stream they read back. */
  destination?: DestinationStream;
}

/**
 * The app's logger: pino, one JSON object per line. Each line carries the replica and, while serving
 * a request, job or socket event, its requestId, userId, job or socket (AsyncLocalStorage). Known
 * personal fields are censored and phone numbers in any text are masked.
 */
export class JsonLogger implements LoggerService {
  readonly pino: Pino;

  constructor(level: string, opts: JsonLoggerOptions = {}) {
    this.pino = pino(
      {
        level: MIN_LEVEL[level] ?? 'info',
        base: { replica: opts.replica ?? `${process.pid}` },
        messageKey: 'msg',
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: {
          level: (label) => ({ level: label }),
          log: (obj) => maskDeep(obj) as Record<string, unknown>,
        },
        redact: { paths: REDACT, censor: '[redacted]' },
        mixin: () => {
          const { clientIp: _ip, ...ctx } = logContext() ?? {};
          return ctx;
        },
      },
      opts.destination ?? pino.destination({ dest: 1, sync: false }),
    );
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  /** Writes what is buffered (before exit). */
  flush(): void {
    this.pino.flush();
  }

  /** Nest passes the context name last (and a stack before it for errors). */
  private write(level: Level, message: unknown, rest: unknown[]): void {
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const extra = rest.length && typeof rest[0] === 'string' ? { detail: rest[0] } : {};
    const fields =
      message !== null && typeof message === 'object' && !(message instanceof Error)
        ? { ...(message as Record<string, unknown>) }
        : { msg: message instanceof Error ? message.message : String(message) };
    this.pino[level]({ context, ...extra, ...fields });
  }
}
