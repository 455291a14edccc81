import { ConsoleLogger, LogLevel } from '@nestjs/common';

const LEVELS: Record<string, LogLevel[]> = {
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
  info: ['fatal', 'error', 'warn', 'log'],
  warn: ['fatal', 'error', 'warn'],
  error: ['fatal', 'error'],
};

const PHONE_RE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;

/** One JSON object per line. Phones that slip into a message are masked as a last line of defence. */
export class JsonLogger extends ConsoleLogger {
  constructor(level: string) {
    super({ json: true, logLevels: LEVELS[level] ?? LEVELS.info, colors: false });
  }

  protected override stringifyMessage(message: unknown, logLevel: LogLevel): string {
    return super.stringifyMessage(message, logLevel).replace(PHONE_RE, '$1****$2');
  }
}
