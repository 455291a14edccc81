import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { isISO8601, IsDate, MaxDate, MinDate } from 'class-validator';

/** Earliest and latest instant a timestamp input may name. Outside four-digit years an ISO string
 *  gains a sign and six digits (`+010000-…`), which is not an RFC 3339 date-time, so such an input
 *  would come back in answers that break the contract. */
export const TIMESTAMP_MIN = new Date('1900-01-01T00:00:00Z');
export const TIMESTAMP_MAX = new Date('9999-12-31T23:59:59Z');

/** A timestamp input: an ISO 8601 string (a date or a date-time) turned into a Date between 1900 and
 *  9999. Anything else (a bare number, "tomorrow", year 275760) is a validation failure, not a Date
 *  that JavaScript guessed at. */
export function IsTimestamp(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => {
      if (value instanceof Date) return value;
      if (typeof value === 'string' && isISO8601(value, { strict: true })) return new Date(value);
      return value === undefined || value === null ? value : new Date(Number.NaN);
    }),
    IsDate(),
    MinDate(TIMESTAMP_MIN),
    MaxDate(TIMESTAMP_MAX),
  );
}
