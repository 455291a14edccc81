import { reactive } from 'vue';
import type { TokenPair, UserView } from '@contracts';

export const API_BASE = '/api/v1';
const STORAGE_KEY = 'xs.auth';

/** An error answered by the server (`{ statusCode, code, message }`) or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
  get notAvailable(): boolean {
    return this.status === 404 && this.code === 'NOT_FOUND_ROUTE';
  }
}

interface StoredAuth {
  accessToken: string;
  refreshToken: string;
  user: UserView;
}

/** The signed-in user, shared by every page; persisted in localStorage. */
export const auth = reactive<{
  accessToken: string | null;
  refreshToken: string | null;
  user: UserView | null;
}>(loadAuth());

function loadAuth(): { accessToken: string | null; refreshToken: string | null; user: UserView | null } {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (raw) {
      const s = JSON.parse(raw) as StoredAuth;
      if (s.accessToken && s.refreshToken && s.user) return s;
    }
  } catch {
    /* corrupted storage: start signed out */
  }
  return { accessToken: null, refreshToken: null, user: null };
}

export function setAuth(pair: TokenPair): void {
  auth.accessToken = pair.accessToken;
  auth.refreshToken = pair.refreshToken;
  auth.user = pair.user;
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...pair }));
}

/** Keeps the stored login in step after the user changed (e.g. two factors turned on). */
export function updateUser(user: UserView): void {
  auth.user = user;
  if (auth.accessToken && auth.refreshToken)
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ accessToken: auth.accessToken, refreshToken: auth.refreshToken, user }),
    );
}

export function clearAuth(): void {
  auth.accessToken = null;
  auth.refreshToken = null;
  auth.user = null;
  localStorage.removeItem(STORAGE_KEY);
}

/** Whether the signed-in user holds one of the roles (the server checks again; this only hides controls). */
export function hasRole(...roles: string[]): boolean {
  return !!auth.user && auth.user.roles.some((r) => roles.includes(r));
}

export function isStaff(): boolean {
  return !!auth.user && auth.user.roles.some((r) => r !== 'resident');
}

let refreshing: Promise<boolean> | null = null;

/** One refresh at a time; concurrent 401s wait for it. */
async function refreshTokens(): Promise<boolean> {
  if (!auth.refreshToken) return false;
  refreshing ??= (async () => {
    try {
      const res = await fetch(`${API_BASE}/auth/refresh`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken: auth.refreshToken }),
      });
      if (!res.ok) {
        clearAuth();
        return false;
      }
      setAuth((await res.json()) as TokenPair);
      return true;
    } catch {
      return false;
    } finally {
      setTimeout(() => (refreshing = null));
    }
  })();
  return refreshing;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined | null>;
  headers?: Record<string, string>;
  /** Send no Authorization header even when signed in. */
  anonymous?: boolean;
}

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  }
  const s = qs.toString();
  return `${API_BASE}${path}${s ? `?${s}` : ''}`;
}

async function send(path: string, opts: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (auth.accessToken && !opts.anonymous) headers.Authorization = `Bearer ${auth.accessToken}`;
  try {
    return await fetch(buildUrl(path, opts.query), {
      method: opts.method ?? 'GET',
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'network');
  }
}

async function toError(res: Response): Promise<ApiError> {
  let code = `HTTP_${res.status}`;
  let message = res.statusText;
  try {
    const body = (await res.json()) as { code?: string; message?: string | string[] };
    if (body.code) code = body.code;
    if (body.message) message = Array.isArray(body.message) ? body.message.join('；') : body.message;
  } catch {
    /* not JSON */
  }
  // A 404 without a domain code means the route itself is missing (that part of the server is not there yet).
  if (res.status === 404 && (code === 'HTTP_404' || /^Cannot (GET|POST|PUT|PATCH|DELETE) /.test(message)))
    code = 'NOT_FOUND_ROUTE';
  return new ApiError(res.status, code, message);
}

/** Sends a request; on 401 TOKEN_EXPIRED refreshes the tokens once and retries. */
export async function raw(path: string, opts: RequestOptions = {}): Promise<Response> {
  let res = await send(path, opts);
  if (res.status === 401 && auth.refreshToken && !opts.anonymous) {
    const err = await toError(res.clone());
    // Any other 401 on a signed-in request (invalid token, idle timeout, revoked login) ends the login here too.
    if (err.code === 'TOKEN_EXPIRED' && (await refreshTokens())) res = await send(path, opts);
    else clearAuth();
  }
  if (!res.ok) throw await toError(res);
  return res;
}

export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await raw(path, opts);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Downloads a file with the bearer token (fetch + blob) and saves it under its server-given name. */
export async function download(
  path: string,
  fallbackName: string,
  query?: RequestOptions['query'],
): Promise<void> {
  const res = await raw(path, { query, headers: { Accept: '*/*' } });
  const blob = await res.blob();
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const name = star ? decodeURIComponent(star[1]) : plain ? plain[1] : fallbackName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** An authenticated image as a data: URL (the server's CSP allows data: images but not blob:). */
export async function imageDataUrl(path: string): Promise<string> {
  const res = await raw(path, { headers: { Accept: 'image/png' } });
  const blob = await res.blob();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(new ApiError(0, 'READ_FAILED', 'image'));
    r.readAsDataURL(blob);
  });
}

export interface Page<T> {
  items: T[];
  total: number;
}
