// The context's entry first: the contexts import each other's modules, and this is the order the app loads them in.
import '@xs/registration';
import type { SessionSnapshot } from '@xs/contracts';
import { ConflictError } from '@xs/platform';
import { SessionAccess } from './session-access';

const HOUR = 3600_000;
const now = new Date('2026-11-23T08:00:00Z');

function session(over: Partial<SessionSnapshot> = {}): SessionSnapshot {
  return {
    id: 's',
    title: '协商会',
    topicId: null,
    workstationId: 'w',
    regionCode: '530102',
    startsAt: new Date(now.getTime() + 48 * HOUR),
    endsAt: new Date(now.getTime() + 50 * HOUR),
    status: 'published',
    format: 'onsite',
    capacity: 10,
    reservedSeats: 0,
    registrationOpensAt: null,
    registrationClosesAt: null,
    onlineAccess: 'signed_in',
    allowAnonymousViewing: false,
    allowGuestVoting: false,
    moderation: 'post',
    streamUrl: null,
    agenda: [],
    organiserId: null,
    startedAt: null,
    endedAt: null,
    ...over,
  };
}

const codeOf = (fn: () => void): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(ConflictError);
    return (e as ConflictError).code;
  }
};

describe('SessionAccess.assertRegistrationOpen', () => {
  it('is open for a published session inside its window', () => {
    expect(codeOf(() => SessionAccess.assertRegistrationOpen(session(), now))).toBeUndefined();
  });

  it('names why it is closed', () => {
    const open = (over: Partial<SessionSnapshot>) =>
      codeOf(() => SessionAccess.assertRegistrationOpen(session(over), now));
    expect(open({ status: 'draft' })).toBe('SESSION_NOT_PUBLISHED');
    expect(open({ status: 'cancelled' })).toBe('SESSION_CANCELLED');
    expect(open({ status: 'ended' })).toBe('SESSION_ENDED');
    expect(open({ status: 'concluded' })).toBe('SESSION_ENDED');
    expect(open({ registrationOpensAt: new Date(now.getTime() + HOUR) })).toBe('REGISTRATION_NOT_OPEN');
    expect(open({ registrationClosesAt: now })).toBe('REGISTRATION_CLOSED');
  });

  it('closes at the start when no closing time is set, even while live', () => {
    const started = { startsAt: new Date(now.getTime() - HOUR), endsAt: new Date(now.getTime() + HOUR) };
    expect(
      codeOf(() => SessionAccess.assertRegistrationOpen(session({ ...started, status: 'live' }), now)),
    ).toBe('REGISTRATION_CLOSED');
    expect(
      codeOf(() =>
        SessionAccess.assertRegistrationOpen(
          session({ ...started, status: 'live', registrationClosesAt: new Date(now.getTime() + HOUR) }),
          now,
        ),
      ),
    ).toBeUndefined();
  });
});
