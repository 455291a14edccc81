import type { SessionStatus } from '@xs/contracts';
import { Errors } from '../errors';

export type Transition = 'publish' | 'cancel' | 'start' | 'end' | 'conclude';

/** draft → published → live → ended → concluded; cancelled from draft or published. */
const TRANSITIONS: Record<Transition, { from: SessionStatus[]; to: SessionStatus }> = {
  publish: { from: ['draft'], to: 'published' },
  cancel: { from: ['draft', 'published'], to: 'cancelled' },
  start: { from: ['published'], to: 'live' },
  end: { from: ['live'], to: 'ended' },
  conclude: { from: ['ended'], to: 'concluded' },
};

export function transitionTarget(action: Transition, from: SessionStatus): SessionStatus {
  const t = TRANSITIONS[action];
  if (!t.from.includes(from)) {
    throw Errors.conflict(
      'INVALID_TRANSITION',
      { status: from },
      {
        from,
        action,
        allowedFrom: t.from,
      },
    );
  }
  return t.to;
}

/** Only these statuses may still be edited; a live or finished session keeps its record. */
export const EDITABLE: SessionStatus[] = ['draft', 'published'];

export const MIN_MINUTES = 15;
export const MAX_MINUTES = 12 * 60;

/** End before start, absurd durations. */
export function checkTimes(startsAt: Date, endsAt: Date): void {
  if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime()))
    throw Errors.badInput('INVALID_TIME');
  if (endsAt <= startsAt) throw Errors.badInput('END_BEFORE_START');
  const minutes = (endsAt.getTime() - startsAt.getTime()) / 60000;
  if (minutes < MIN_MINUTES || minutes > MAX_MINUTES)
    throw Errors.badInput(
      'DURATION_OUT_OF_RANGE',
      { min: MIN_MINUTES, maxHours: MAX_MINUTES / 60 },
      { minutes },
    );
}

export function checkRegistrationWindow(opensAt: Date | null, closesAt: Date | null, endsAt: Date): void {
  if (opensAt && closesAt && closesAt <= opensAt) throw Errors.badInput('REGISTRATION_WINDOW_INVALID');
  if (closesAt && closesAt > endsAt) throw Errors.badInput('REGISTRATION_WINDOW_INVALID');
  if (opensAt && opensAt >= endsAt) throw Errors.badInput('REGISTRATION_WINDOW_INVALID');
}

/**
 * A live stream the web player can show: http(s) HLS (.m3u8) or FLV. Query strings (signed CDN
 * URLs) are fine; the extension may sit in the path or, for some CDNs, in a query parameter.
 */
export function isValidStreamUrl(raw: string): boolean {
  if (raw.length > 500 || /\s/.test(raw)) return false;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  if (!u.hostname || u.username || u.password) return false;
  // A stray '%' (not followed by two hex digits) makes decodeURIComponent throw: not a usable URL.
  const path = decoded(u.pathname)?.toLowerCase();
  const search = decoded(u.search)?.toLowerCase();
  if (path === undefined || search === undefined) return false;
  if (/\.(m3u8|flv)$/.test(path)) return true;
  return /\.(m3u8|flv)(\b|$)/.test(`${path}${search}`);
}

function decoded(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

export function checkStreamUrl(raw: string | null | undefined): void {
  if (raw && !isValidStreamUrl(raw)) throw Errors.badInput('INVALID_STREAM_URL');
}
