import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import QRCode from 'qrcode';

/** 32 symbols without the look-alikes 0/O, 1/I: 8 of them give 40 bits from the CSPRNG. */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;
const QR_PREFIX = 'XS1';

export function newCheckInCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What a person types or a scanner reads: upper case, no spaces or dashes. */
export function normalizeCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

export function isCheckInCode(code: string): boolean {
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));
}

export interface TicketClaims {
  registrationId: string;
  sessionId: string;
  code: string;
}

/** Signs and verifies the QR payload `XS1.<registrationId>.<sessionId>.<code>.<mac>` (HMAC-SHA256, 128 bits). */
export class TicketSigner {
  constructor(private readonly key: Buffer) {}

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest().subarray(0, 16).toString('base64url');
  }

  sign(c: TicketClaims): string {
    const body = `${QR_PREFIX}.${c.registrationId}.${c.sessionId}.${c.code}`;
    return `${body}.${this.mac(body)}`;
  }

  /** The claims of a genuine payload, or null for anything forged, truncated or malformed. */
  verify(payload: string): TicketClaims | null {
    const parts = payload.trim().split('.');
    if (parts.length !== 5 || parts[0] !== QR_PREFIX) return null;
    const [, registrationId, sessionId, code, mac] = parts;
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    if (!uuid.test(registrationId) || !uuid.test(sessionId) || !isCheckInCode(code)) return null;
    const expected = Buffer.from(this.mac(`${QR_PREFIX}.${registrationId}.${sessionId}.${code}`));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return { registrationId, sessionId, code };
  }

  static looksLikePayload(raw: string): boolean {
    return raw.trim().startsWith(`${QR_PREFIX}.`);
  }
}

/** The ticket's QR code as a PNG (error correction M, 8 px per module, quiet zone of 4). */
export function renderTicketPng(payload: string): Promise<Buffer> {
  return QRCode.toBuffer(payload, { type: 'png', errorCorrectionLevel: 'M', scale: 8, margin: 4 });
}
