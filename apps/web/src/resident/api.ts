import { isStaff, setAuth } from '../shared/api/auth';
import { anonymous, client, ok, type QueryOf, type Schemas } from '../shared/api/client';
import { ApiError, download } from '../shared/api/http';

/**
 * The resident site's calls, typed by the OpenAPI document (`shared/api/openapi.d.ts`). A session page
 * shows the public view to everyone and the full view to staff: both have what the pages read.
 */
export type Session = Schemas['PublicSessionResponse'] | Schemas['SessionResponse'];
export type PublicSession = Schemas['PublicSessionResponse'];
export type PublicOutcomesSummary = Schemas['PublicOutcomesSummaryResponse'];
export type Material = Schemas['MaterialResponse'];
export type Registration = Schemas['MyRegistrationResponse'];
export type RegistrationInput = Omit<Schemas['RegisterDto'], 'role'>;
export type RegistrationResult = Schemas['RegistrationResultResponse'];
export type PublicOutcome = Schemas['PublicOutcomeResponse'];
export type Workstation = Schemas['PublicWorkstationResponse'];
export type WorkstationKind = Schemas['WorkstationKind'];

/**
 * Tries the public endpoint first, then the general one: resident pages work both signed out and in.
 * Moves on only when a path is missing or needs a login.
 */
async function firstAvailable<T>(calls: (() => Promise<T>)[]): Promise<T> {
  let last: unknown;
  for (const call of calls) {
    try {
      return await call();
    } catch (e) {
      last = e;
      if (!(e instanceof ApiError) || !(e.notAvailable || e.status === 401 || e.status === 403)) throw e;
    }
  }
  throw last;
}

export const authApi = {
  async requestSms(phone: string): Promise<void> {
    await ok(client.POST('/auth/sms', { body: { phone }, headers: anonymous }));
  },
  async resident(phone: string, code: string, nickname?: string) {
    const pair = await ok(
      client.POST('/auth/resident', {
        body: { phone, code, ...(nickname ? { nickname } : {}) },
        headers: anonymous,
      }),
    );
    setAuth(pair);
    return pair;
  },
  logout: () => ok(client.POST('/auth/logout')),
  me: () => ok(client.GET('/me')),
  /** Erasing one's account: a code to the account's own phone, then DELETE /me with it. */
  requestErasureCode: () => ok(client.POST('/me/erasure-code')),
  eraseMe: (code: string) => ok(client.DELETE('/me', { body: { code } })),
};

export type WorkstationQuery = QueryOf<'/public/workstations'>;

export const directoryApi = {
  workstations: (q: WorkstationQuery) =>
    ok(client.GET('/public/workstations', { params: { query: { ...q, kind: q.kind || undefined } } })),
};

export const kindsApi = {
  list: () => ok(client.GET('/workstation-kinds', { headers: anonymous })),
};

export type SessionQuery = QueryOf<'/public/sessions'>;

export const sessionsApi = {
  /** Public listing for residents (no login needed). */
  upcoming: (q: SessionQuery) => ok(client.GET('/public/sessions', { params: { query: q } })),
  /** Staff read the full view (cancel reason, drafts); everyone else the public one. */
  getPublic: (id: string): Promise<Session> => {
    const pub = () => ok(client.GET('/public/sessions/{id}', { params: { path: { id } } }));
    const full = () => ok(client.GET('/sessions/{id}', { params: { path: { id } } }));
    return firstAvailable<Session>(isStaff() ? [full, pub] : [pub, full]);
  },
  materials: (id: string) => ok(client.GET('/sessions/{id}/materials', { params: { path: { id } } })),
};

export const registrationApi = {
  privacyNotice: () => ok(client.GET('/registrations/privacy-notice', { headers: anonymous })),
  register: (sessionId: string, body: RegistrationInput, idempotencyKey: string) =>
    ok(
      client.POST('/sessions/{id}/registrations', {
        params: { path: { id: sessionId } },
        body: { role: 'resident', ...body },
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    ),
  mine: () => ok(client.GET('/me/registrations')),
  cancel: (id: string) => ok(client.DELETE('/registrations/{id}', { params: { path: { id } } })),
};

export const outcomesApi = {
  publicOutcomes: (region?: string, page = 1) =>
    ok(
      client.GET('/public/outcomes', {
        params: { query: { region, page, pageSize: 10 } },
        headers: anonymous,
      }),
    ),
  /** The published outcomes of the meetings held at one place, latest first. */
  atPlace: (workstation: string, page = 1) =>
    ok(
      client.GET('/public/outcomes', {
        params: { query: { workstation, page, pageSize: 5 } },
        headers: anonymous,
      }),
    ),
  /** One session's published outcome; 404 OUTCOME_NOT_FOUND until there is one. */
  publicOutcome: (sessionId: string) =>
    ok(
      client.GET('/public/outcomes/{sessionId}', {
        params: { path: { sessionId } },
        headers: anonymous,
      }),
    ),
};

export { download };
