import type { TestApp } from '../test-app';
import { createWorkstation } from './directory';
import type { WorkstationOverrides } from './directory';

/** Factories other contexts' tests use to get sessions in a given state through the real API. */

let counter = 0;
const HOUR = 3600000;

export interface SessionOverrides {
  title?: string;
  workstationId?: string;
  /** Where a workstation is created when none is given (default 530102 五华区). */
  regionCode?: string;
  startsAt?: string | Date;
  endsAt?: string | Date;
  format?: 'onsite' | 'online' | 'hybrid';
  capacity?: number;
  reservedSeats?: number;
  registrationOpensAt?: string | Date;
  registrationClosesAt?: string | Date;
  streamUrl?: string;
  agenda?: { kind: string; title: string; minutes: number }[];
  onlineAccess?: 'signed_in' | 'registered';
  allowAnonymousViewing?: boolean;
  allowGuestVoting?: boolean;
  moderation?: 'post' | 'pre';
  topicId?: string;
  description?: string;
  recorded?: boolean;
  rrule?: string;
}

export interface CreatedSession {
  id: string;
  workstationId: string;
  regionCode: string;
  startsAt: string;
  endsAt: string;
  status: string;
  capacity: number;
  [k: string]: unknown;
}

const iso = (d: string | Date | undefined) => (d instanceof Date ? d.toISOString() : d);

/**
 * A workstation through the directory factory, with no buffer by default so back-to-back test
 * sessions do not collide (the directory default is 30 minutes).
 */
export async function createTestWorkstation(
  t: TestApp,
  token: string,
  opts: WorkstationOverrides = {},
): Promise<{ id: string; regionCode: string }> {
  const ws = await createWorkstation(t, token, { capacity: 200, bufferMinutes: 0, ...opts });
  return { id: ws.id as string, regionCode: ws.regionCode as string };
}

/**
 * A draft session (staff token: admin, organiser or workstation manager of the region). Without a
 * workstationId a fresh workstation is created, so sessions of different tests never overlap.
 * Starts in two days at a distinct hour by default, lasting two hours, 50 public seats.
 */
export async function createSession(
  t: TestApp,
  token: string,
  overrides: SessionOverrides = {},
): Promise<CreatedSession> {
  const { regionCode, ...rest } = overrides;
  const workstationId =
    overrides.workstationId ?? (await createTestWorkstation(t, token, regionCode ? { regionCode } : {})).id;
  const n = ++counter;
  const start = overrides.startsAt
    ? new Date(overrides.startsAt)
    : new Date(Date.now() + 48 * HOUR + (n % 200) * 3 * HOUR);
  const end = overrides.endsAt ? new Date(overrides.endsAt) : new Date(start.getTime() + 2 * HOUR);
  const body = {
    title: `测试协商会议 ${n}`,
    format: 'hybrid',
    capacity: 50,
    ...rest,
    workstationId,
    startsAt: start.toISOString(),
    endsAt: end.toISOString(),
    registrationOpensAt: iso(overrides.registrationOpensAt),
    registrationClosesAt: iso(overrides.registrationClosesAt),
  };
  const res = await t.http().post('/api/v1/sessions').set('Authorization', `Bearer ${token}`).send(body);
  if (res.status !== 201) throw new Error(`create session: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as CreatedSession;
}

async function transition(t: TestApp, token: string, id: string, action: string, body?: object) {
  const res = await t
    .http()
    .post(`/api/v1/sessions/${id}/${action}`)
    .set('Authorization', `Bearer ${token}`)
    .send(body ?? {});
  if (res.status !== 200) throw new Error(`${action} session: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as CreatedSession;
}

/** A published session (open for registration unless a window says otherwise). */
export async function publishSession(
  t: TestApp,
  token: string,
  overrides: SessionOverrides = {},
): Promise<CreatedSession> {
  const s = await createSession(t, token, overrides);
  return transition(t, token, s.id, 'publish');
}

/** A published session that has been started (status live). */
export async function liveSession(
  t: TestApp,
  token: string,
  overrides: SessionOverrides = {},
): Promise<CreatedSession> {
  const s = await publishSession(t, token, overrides);
  return transition(t, token, s.id, 'start');
}

/** A session that went live and ended. */
export async function endedSession(
  t: TestApp,
  token: string,
  overrides: SessionOverrides = {},
): Promise<CreatedSession> {
  const s = await liveSession(t, token, overrides);
  return transition(t, token, s.id, 'end');
}

export const sessionTransition = transition;
