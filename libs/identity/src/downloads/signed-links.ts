import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Short-lived signed download links. WeChat's built-in browser cannot save `blob:` URLs, so the web
 * client asks for one of these and lets the browser open the file natively. The link carries the
 * caller's login session (not the token): signing out or an expired session ends the link too.
 */
export const SIGNED_LINK_SECONDS = 300;

/** Downloads a link may point at (paths after /api/v1); a route must also be marked @SignedDownload(). */
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
export const SIGNABLE_PATHS: RegExp[] = [
  new RegExp(`^/registrations/${UUID}/ticket\\.png$`),
  new RegExp(`^/sessions/${UUID}/materials/${UUID}/download$`),
  new RegExp(`^/outcome-files/${UUID}$`),
  new RegExp(`^/sessions/${UUID}/report\\.(pdf|docx)$`),
];

export interface LinkClaims {
  path: string;
  sid: string;
  exp: number;
}

/** A key of its own, derived from the token secret: a link signature can never pass as a token's. */
function linkKey(secret: Buffer): Buffer {
  return createHmac('sha256', secret).update('xs:download-link:v1').digest();
}

function mac(secret: Buffer, c: LinkClaims): Buffer {
  return createHmac('sha256', linkKey(secret)).update(`${c.path}\n${c.sid}\n${c.exp}`).digest();
}

/** The query string to append to `path` (`sid`, `exp`, `sig`). */
export function signLink(secret: Buffer, c: LinkClaims): string {
  const q = new URLSearchParams({
    sid: c.sid,
    exp: String(c.exp),
    sig: mac(secret, c).toString('base64url'),
  });
  return q.toString();
}

export type LinkCheck = { ok: true; sid: string } | { ok: false; reason: 'invalid' | 'expired' };

export function verifyLink(
  secret: Buffer,
  path: string,
  q: { sid?: unknown; exp?: unknown; sig?: unknown },
  nowSeconds = Math.floor(Date.now() / 1000),
): LinkCheck {
  if (typeof q.sid !== 'string' || typeof q.exp !== 'string' || typeof q.sig !== 'string')
    return { ok: false, reason: 'invalid' };
  const exp = Number(q.exp);
  if (!/^\d{1,12}$/.test(q.exp) || !Number.isSafeInteger(exp)) return { ok: false, reason: 'invalid' };
  const expected = mac(secret, { path, sid: q.sid, exp });
  const given = Buffer.from(q.sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'invalid' };
  if (exp <= nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, sid: q.sid };
}
