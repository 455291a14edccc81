import type { TokenPair, UserView } from '@contracts';
import { isStaff, setAuth } from '../shared/api/auth';
import { anonymous, client, ok, okAs, type Page, type QueryOf } from '../shared/api/client';
import { ApiError, download, imageDataUrl } from '../shared/api/http';
import type {
  Material,
  PublicOutcome,
  Registration,
  RegistrationInput,
  RegistrationResult,
  Session,
  Workstation,
} from '../shared/api/types';

/** Turns either a `{ items }` page or a bare array into a page. */
function page<T>(r: Page<T> | T[] | undefined): Page<T> {
  if (!r) return { items: [], total: 0 };
  if (Array.isArray(r)) return { items: r, total: r.length };
  return { items: r.items ?? [], total: r.total ?? r.items?.length ?? 0 };
}

/**
 * Tries the public endpoint first, then the general one: resident pages work both signed out and in,
 * whichever of the two the server offers. Moves on only when a path is missing or needs a login.
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
  async resident(phone: string, code: string, nickname?: string): Promise<TokenPair> {
    const pair = await okAs<TokenPair>(
      client.POST('/auth/resident', {
        body: { phone, code, ...(nickname ? { nickname } : {}) },
        headers: anonymous,
      }),
    );
    setAuth(pair);
    return pair;
  },
  logout: () => ok(client.POST('/auth/logout')),
  me: () => okAs<UserView>(client.GET('/me')),
};

/** Coordinate system of `near`; browsers report WGS-84. */
export type WorkstationQuery = QueryOf<'/public/workstations'>;

export const directoryApi = {
  workstations: async (q: WorkstationQuery) => {
    const query = { ...q, kind: q.kind || undefined };
    return page(
      await firstAvailable<Page<Workstation> | Workstation[]>([
        () => okAs(client.GET('/public/workstations', { params: { query } })),
        () => okAs(client.GET('/workstations', { params: { query } })),
      ]),
    );
  },
};

export type SessionQuery = QueryOf<'/public/sessions'>;

export const sessionsApi = {
  /** Public listing for residents (no login needed). */
  upcoming: async (q: SessionQuery) =>
    page(
      await firstAvailable<Page<Session> | Session[]>([
        () => okAs(client.GET('/public/sessions', { params: { query: q } })),
        () => okAs(client.GET('/sessions', { params: { query: q } })),
      ]),
    ),
  /** Staff read the full view (cancel reason, drafts); everyone else the public one. */
  getPublic: (id: string) => {
    const pub = () => okAs<Session>(client.GET('/public/sessions/{id}', { params: { path: { id } } }));
    const full = () => okAs<Session>(client.GET('/sessions/{id}', { params: { path: { id } } }));
    return firstAvailable<Session>(isStaff() ? [full, pub] : [pub, full]);
  },
  materials: async (id: string) =>
    page(
      await okAs<Page<Material> | Material[]>(
        client.GET('/sessions/{id}/materials', { params: { path: { id } } }),
      ),
    ),
};

export const registrationApi = {
  privacyNotice: () =>
    okAs<{ version: string; text: string }>(
      client.GET('/registrations/privacy-notice', { headers: anonymous }),
    ),
  register: (sessionId: string, body: RegistrationInput, idempotencyKey: string) =>
    okAs<RegistrationResult>(
      client.POST('/sessions/{id}/registrations', {
        params: { path: { id: sessionId } },
        body: { role: 'resident', ...body },
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    ),
  mine: async () => page(await okAs<Page<Registration> | Registration[]>(client.GET('/me/registrations'))),
  cancel: (id: string) => ok(client.DELETE('/registrations/{id}', { params: { path: { id } } })),
  ticketImage: (id: string) => imageDataUrl(`/registrations/${id}/ticket.png`),
};

export const outcomesApi = {
  publicOutcomes: async (region?: string) =>
    page(
      await okAs<Page<PublicOutcome> | PublicOutcome[]>(
        client.GET('/public/outcomes', { params: { query: { region } }, headers: anonymous }),
      ),
    ),
};

export { download };
