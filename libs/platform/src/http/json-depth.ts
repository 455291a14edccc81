import type { IncomingMessage, ServerResponse } from 'node:http';
import { Errors } from '../errors/error-catalogue';

/** No request of ours nests deeper than a handful of levels; 32 leaves room and stops the recursion bombs. */
export const MAX_JSON_DEPTH = 32;

const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \

/**
 * True when the raw JSON nests deeper than `max` (brackets inside strings do not count). One pass over
 * the bytes, stopping at the first level too deep: malformed input is left for JSON.parse to refuse.
 */
export function jsonTooDeep(buf: Uint8Array, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (++depth > max) return true;
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
    }
  }
  return false;
}

/**
 * body-parser's `verify` hook: it sees the raw bytes before JSON.parse, so a deeply nested body is
 * refused in linear time instead of costing a parse and overflowing the stack of the recursive
 * transformer and validator behind it (a 500 and seconds of CPU before).
 */
export function refuseDeepJson(_req: IncomingMessage, _res: ServerResponse, buf: Buffer): void {
  if (jsonTooDeep(buf)) {
    throw Errors.badInput('BODY_TOO_DEEP', { max: MAX_JSON_DEPTH });
  }
}
