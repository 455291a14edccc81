import { randomUUID } from 'node:crypto';
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  isCheckInCode,
  newCheckInCode,
  normalizeCode,
  TicketSigner,
} from './tickets';

describe('check-in codes', () => {
  it('are 8 symbols of the unambiguous alphabet and differ between calls', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newCheckInCode()));
    expect(codes.size).toBe(2000);
    for (const c of codes) {
      expect(c).toHaveLength(CODE_LENGTH);
      expect([...c].every((ch) => CODE_ALPHABET.includes(ch))).toBe(true);
      expect(c).not.toMatch(/[01IO]/);
    }
  });

  it('normalises what people type', () => {
    expect(normalizeCode(' abcd-ef23 ')).toBe('ABCDEF23');
    expect(isCheckInCode('ABCDEF23')).toBe(true);
    expect(isCheckInCode('ABCDEF2O')).toBe(false);
    expect(isCheckInCode('ABC')).toBe(false);
  });
});

describe('TicketSigner', () => {
  const signer = new TicketSigner(Buffer.alloc(32, 7));
  const claims = { registrationId: randomUUID(), sessionId: randomUUID(), code: 'ABCDEF23' };

  it('round-trips a genuine payload', () => {
    const payload = signer.sign(claims);
    expect(TicketSigner.looksLikePayload(payload)).toBe(true);
    expect(signer.verify(payload)).toEqual(claims);
  });

  it('refuses a payload with any part changed, or signed with another key', () => {
    const payload = signer.sign(claims);
    const parts = payload.split('.');
    const tampered = [...parts];
    tampered[3] = 'ZZZZZZZZ';
    expect(signer.verify(tampered.join('.'))).toBeNull();
    const otherSession = [...parts];
    otherSession[2] = randomUUID();
    expect(signer.verify(otherSession.join('.'))).toBeNull();
    expect(signer.verify(payload.slice(0, -2))).toBeNull();
    expect(new TicketSigner(Buffer.alloc(32, 8)).verify(payload)).toBeNull();
    expect(signer.verify('not a ticket')).toBeNull();
  });
});
