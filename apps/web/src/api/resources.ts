import type { TokenPair, UserView } from '@contracts';
import {
  api,
  ApiError,
  download,
  imageDataUrl,
  isStaff,
  setAuth,
  type Page,
  type RequestOptions,
} from './http';
import type {
  Department,
  Material,
  Outcome,
  PublicOutcome,
  Region,
  Registration,
  RegistrationInput,
  RegistrationResult,
  Session,
  SessionInput,
  Stats,
  Suggestion,
  Workstation,
} from './types';

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
async function firstAvailable<T>(paths: string[], opts: RequestOptions = {}): Promise<T> {
  let last: unknown;
  for (const path of paths) {
    try {
      return await api<T>(path, opts);
    } catch (e) {
      last = e;
      if (!(e instanceof ApiError) || !(e.notAvailable || e.status === 401 || e.status === 403)) throw e;
    }
  }
  throw last;
}

export const authApi = {
  async login(username: string, password: string, otp?: string): Promise<TokenPair> {
    const pair = await api<TokenPair>('/auth/login', {
      method: 'POST',
      body: { username, password, ...(otp ? { otp } : {}) },
      anonymous: true,
    });
    setAuth(pair);
    return pair;
  },
  requestSms: (phone: string) =>
    api<{ sent: true }>('/auth/sms', { method: 'POST', body: { phone }, anonymous: true }),
  async resident(phone: string, code: string, nickname?: string): Promise<TokenPair> {
    const pair = await api<TokenPair>('/auth/resident', {
      method: 'POST',
      body: { phone, code, ...(nickname ? { nickname } : {}) },
      anonymous: true,
    });
    setAuth(pair);
    return pair;
  },
  logout: () => api<void>('/auth/logout', { method: 'POST' }),
  totpSetup: () => api<{ secret: string; otpauthUrl: string }>('/auth/totp/setup', { method: 'POST' }),
  totpEnable: (otp: string) =>
    api<{ recoveryCodes: string[] }>('/auth/totp/enable', { method: 'POST', body: { otp } }),
  me: () => api<UserView>('/me'),
};

export interface WorkstationQuery {
  region?: string;
  kind?: string;
  q?: string;
  near?: string;
  /** Coordinate system of `near`; browsers report WGS-84. */
  crs?: 'WGS84' | 'GCJ02' | 'CGCS2000';
  radiusKm?: number;
  page?: number;
  pageSize?: number;
}

export const directoryApi = {
  regions: async (parent?: string) =>
    page(await api<Page<Region> | Region[]>('/regions', { query: { parent } })),
  departments: async (region?: string) =>
    page(await api<Page<Department> | Department[]>('/departments', { query: { region, pageSize: 100 } })),
  workstations: async (q: WorkstationQuery) =>
    page(
      await firstAvailable<Page<Workstation> | Workstation[]>(['/public/workstations', '/workstations'], {
        query: { ...q },
      }),
    ),
  /** Staff view, scoped to the caller's region. */
  staffWorkstations: async (q: WorkstationQuery) =>
    page(await api<Page<Workstation> | Workstation[]>('/workstations', { query: { ...q } })),
  workstation: (id: string) =>
    firstAvailable<Workstation>([`/public/workstations/${id}`, `/workstations/${id}`]),
};

export interface SessionQuery {
  region?: string;
  workstation?: string;
  status?: string;
  from?: string;
  to?: string;
  q?: string;
  page?: number;
  pageSize?: number;
}

export const sessionsApi = {
  list: async (q: SessionQuery) =>
    page(await api<Page<Session> | Session[]>('/sessions', { query: { ...q } })),
  /** Public listing for residents (no login needed). */
  upcoming: async (q: SessionQuery) =>
    page(
      await firstAvailable<Page<Session> | Session[]>(['/public/sessions', '/sessions'], { query: { ...q } }),
    ),
  get: (id: string) => api<Session>(`/sessions/${id}`),
  /** Staff read the full view (cancel reason, drafts); everyone else the public one. */
  getPublic: (id: string) =>
    firstAvailable<Session>(
      isStaff()
        ? [`/sessions/${id}`, `/public/sessions/${id}`]
        : [`/public/sessions/${id}`, `/sessions/${id}`],
    ),
  create: (body: SessionInput) => api<Session>('/sessions', { method: 'POST', body }),
  update: (id: string, body: Partial<SessionInput>) =>
    api<Session>(`/sessions/${id}`, { method: 'PATCH', body }),
  publish: (id: string) => api<Session>(`/sessions/${id}/publish`, { method: 'POST' }),
  cancel: (id: string, reason: string) =>
    api<Session>(`/sessions/${id}/cancel`, { method: 'POST', body: { reason } }),
  start: (id: string) => api<Session>(`/sessions/${id}/start`, { method: 'POST' }),
  end: (id: string) => api<Session>(`/sessions/${id}/end`, { method: 'POST' }),
  materials: async (id: string) => page(await api<Page<Material> | Material[]>(`/sessions/${id}/materials`)),
};

export const registrationApi = {
  privacyNotice: () =>
    api<{ version: string; text: string }>('/registrations/privacy-notice', { anonymous: true }),
  register: (sessionId: string, body: RegistrationInput, idempotencyKey: string) =>
    api<RegistrationResult>(`/sessions/${sessionId}/registrations`, {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  mine: async () => page(await api<Page<Registration> | Registration[]>('/me/registrations')),
  forSession: async (sessionId: string, status?: string) =>
    page(
      await api<Page<Registration> | Registration[]>(`/sessions/${sessionId}/registrations`, {
        query: { status, pageSize: 100 },
      }),
    ),
  cancel: (id: string) => api<void>(`/registrations/${id}`, { method: 'DELETE' }),
  checkIn: (sessionId: string, code: string) =>
    api<{ registrationId: string; name: string; checkedInAt: string }>(`/sessions/${sessionId}/checkins`, {
      method: 'POST',
      body: { code },
    }),
  ticketImage: (id: string) => imageDataUrl(`/registrations/${id}/ticket.png`),
  exportXlsx: (sessionId: string) =>
    download(`/sessions/${sessionId}/registrations.xlsx`, 'registrations.xlsx'),
};

export const outcomesApi = {
  publicOutcomes: async (region?: string) =>
    page(
      await api<Page<PublicOutcome> | PublicOutcome[]>('/public/outcomes', {
        query: { region },
        anonymous: true,
      }),
    ),
  get: (sessionId: string) => api<Outcome>(`/sessions/${sessionId}/outcome`),
  save: (sessionId: string, body: { summary: string; consensus: string[] }) =>
    api<Outcome>(`/sessions/${sessionId}/outcome`, { method: 'PUT', body }),
  publish: (sessionId: string) => api<Outcome>(`/sessions/${sessionId}/outcome/publish`, { method: 'POST' }),
  suggestions: async (q: { session?: string; region?: string; status?: string }) =>
    page(await api<Page<Suggestion> | Suggestion[]>('/suggestions', { query: { ...q, pageSize: 100 } })),
  createSuggestion: (body: { sessionId: string; content: string; departmentIds: string[]; dueAt?: string }) =>
    api<Suggestion>('/suggestions', { method: 'POST', body }),
  assign: (id: string, departmentIds: string[], dueAt: string) =>
    api<Suggestion>(`/suggestions/${id}/assign`, { method: 'POST', body: { departmentIds, dueAt } }),
  complete: (id: string) => api<Suggestion>(`/suggestions/${id}/complete`, { method: 'POST' }),
  reject: (id: string, reason: string) =>
    api<Suggestion>(`/suggestions/${id}/reject`, { method: 'POST', body: { reason } }),
  stats: (q: { region?: string; from?: string; to?: string }) => api<Stats>('/stats', { query: { ...q } }),
};

export type ExportKind = 'suggestions.xlsx' | 'suggestions.csv' | 'sessions.xlsx' | 'sessions.csv';
export const exportsApi = {
  file: (kind: ExportKind, q: { region?: string; from?: string; to?: string }) =>
    download(`/exports/${kind}`, kind, q),
  report: (sessionId: string, format: 'docx' | 'pdf') =>
    download(`/sessions/${sessionId}/report.${format}`, `report.${format}`),
};
