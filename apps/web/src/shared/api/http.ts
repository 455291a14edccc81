import type { TokenPair } from '@contracts';
import { clausesOf, locale } from '../i18n/core';
import { auth, clearAuth, setAuth } from './auth';

export const API_BASE = '/api/v1';

/** A header the client strips before sending: the request goes out without the login. */
export const ANONYMOUS_HEADER = 'X-Xs-Anonymous';

/** An error answered by the server (`{ statusCode, code, message, details? }`) or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Validation messages as the server sent them (class-validator: one per broken rule). */
    readonly messages: string[] = [],
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
  get notAvailable(): boolean {
    return this.status === 404 && this.code === 'NOT_FOUND_ROUTE';
  }
  /**
   * The server's validation problems by field (`details.problems`: `{ field, message }`, the message
   * in the user's language without the field's name, to stand next to it). An answer without them
   * (an older server) has lines that start with the field's path.
   */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    const problems = this.details?.problems;
    if (Array.isArray(problems)) {
      for (const p of problems as { field?: unknown; message?: unknown }[]) {
        if (typeof p?.field === 'string' && p.field && typeof p.message === 'string' && !(p.field in out))
          out[p.field] = p.message;
      }
    } else {
      for (const m of this.messages) {
        const field = /^([A-Za-z][\w.]*)\s/.exec(m)?.[1];
        if (field && !(field in out)) out[field] = m;
      }
    }
    const detailField = this.details?.field;
    if (typeof detailField === 'string' && !(detailField in out)) out[detailField] = this.message;
    return out;
  }
}

/** The error of a failed response, from the server's JSON body when there is one. */
export function toApiError(status: number, statusText: string, body: unknown): ApiError {
  let code = `HTTP_${status}`;
  let message = statusText;
  let messages: string[] = [];
  let details: Record<string, unknown> | undefined;
  if (body && typeof body === 'object') {
    const b = body as { code?: string; message?: string | string[]; details?: Record<string, unknown> };
    if (b.code) code = b.code;
    if (Array.isArray(b.message)) {
      messages = b.message;
      message = clausesOf(b.message);
    } else if (b.message) message = b.message;
    details = b.details;
  }
  // The route itself is missing (that part of the server is not there yet): ROUTE_NOT_FOUND, or a bare
  // 404 from a proxy or a server older than this page.
  if (
    status === 404 &&
    (code === 'ROUTE_NOT_FOUND' ||
      code === 'HTTP_404' ||
      /^Cannot (GET|POST|PUT|PATCH|DELETE) /.test(message))
  )
    code = 'NOT_FOUND_ROUTE';
  return new ApiError(status, code, message, messages, details);
}

async function errorOf(res: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await res.clone().json();
  } catch {
    /* not JSON */
  }
  return toApiError(res.status, res.statusText, body);
}

let refreshing: Promise<boolean> | null = null;

/** One refresh at a time; concurrent 401s wait for it. */
async function refreshTokens(): Promise<boolean> {
  if (!auth.refreshToken) return false;
  refreshing ??= (async () => {
    try {
      const res = await fetch(`${API_BASE}/auth/refresh`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': locale.value },
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

/**
 * fetch with the login: adds the bearer token; on 401 TOKEN_EXPIRED refreshes the tokens once and
 * retries; any other 401 on a signed-in request (invalid token, idle timeout, revoked login) ends the
 * login here. A network failure becomes ApiError status 0. Other errors are left to the caller.
 */
export async function authedFetch(request: Request): Promise<Response> {
  const anonymous = request.headers.has(ANONYMOUS_HEADER);
  const base = request.clone();
  const send = async (): Promise<Response> => {
    const r = new Request(base.clone());
    r.headers.delete(ANONYMOUS_HEADER);
    // The server says its error messages in the language the user chose, not the browser's.
    r.headers.set('Accept-Language', locale.value);
    if (auth.accessToken && !anonymous) r.headers.set('Authorization', `Bearer ${auth.accessToken}`);
    try {
      return await fetch(r);
    } catch {
      throw new ApiError(0, 'NETWORK', 'network');
    }
  };
  let res = await send();
  if (res.status === 401 && auth.refreshToken && !anonymous) {
    const err = await errorOf(res);
    if (err.code === 'TOKEN_EXPIRED' && (await refreshTokens())) res = await send();
    else clearAuth();
  }
  return res;
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export function buildUrl(path: string, query?: Query): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  }
  const s = qs.toString();
  return `${API_BASE}${path}${s ? `?${s}` : ''}`;
}

/** A request outside the typed client (files, streams): the same login handling, errors thrown. */
export async function raw(
  path: string,
  opts: { method?: string; query?: Query; headers?: Record<string, string>; body?: BodyInit } = {},
): Promise<Response> {
  const res = await authedFetch(
    new Request(buildUrl(path, opts.query), {
      method: opts.method ?? 'GET',
      headers: { Accept: 'application/json', ...opts.headers },
      body: opts.body,
    }),
  );
  if (!res.ok) throw await errorOf(res);
  return res;
}

function filenameOf(res: Response, fallback: string): string {
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return star ? decodeURIComponent(star[1]) : plain ? plain[1] : fallback;
}

/** Progress of a download or upload: bytes so far and the total when known. */
export type Progress = (loaded: number, total: number | null) => void;

/**
 * Downloads a file with the bearer token and saves it under its server-given name. The body is read
 * as a stream so `onProgress` can show how far it got (a big export does not freeze the page).
 */
export async function download(
  path: string,
  fallbackName: string,
  query?: Query,
  onProgress?: Progress,
): Promise<string> {
  const res = await raw(path, { query, headers: { Accept: '*/*' } });
  const total = Number(res.headers.get('Content-Length')) || null;
  let blob: Blob;
  if (onProgress && res.body) {
    const reader = res.body.getReader();
    const parts: BlobPart[] = [];
    let loaded = 0;
    onProgress(0, total);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      loaded += value.byteLength;
      onProgress(loaded, total);
    }
    blob = new Blob(parts, { type: res.headers.get('Content-Type') ?? 'application/octet-stream' });
  } else blob = await res.blob();
  const name = filenameOf(res, fallbackName);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

/**
 * Uploads a file as multipart `file` with progress (XMLHttpRequest: fetch reports no upload progress).
 * Refreshes an expired token once, like every other call.
 */
export async function upload<T>(
  path: string,
  file: File,
  onProgress?: Progress,
  fields: Record<string, string> = {},
): Promise<T> {
  return send<T>(path, file, onProgress, fields);
}

/**
 * Uploads to a route that streams its work (`application/x-ndjson`: `{ progress }` lines, then
 * `{ result }` or `{ error }`): `onUpload` follows the file going up, `onStep` each progress line.
 */
export async function uploadWithSteps<T, S>(
  path: string,
  file: File,
  onUpload: Progress,
  onStep: (step: S) => void,
): Promise<T> {
  return send<T>(path, file, onUpload, {}, onStep as (step: unknown) => void);
}

async function send<T>(
  path: string,
  file: File,
  onProgress: Progress | undefined,
  fields: Record<string, string>,
  onStep?: (step: unknown) => void,
): Promise<T> {
  const once = () =>
    new Promise<{ status: number; statusText: string; body: unknown }>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', buildUrl(path));
      xhr.setRequestHeader('Accept', onStep ? 'application/x-ndjson, application/json' : 'application/json');
      if (auth.accessToken) xhr.setRequestHeader('Authorization', `Bearer ${auth.accessToken}`);
      xhr.upload.onprogress = (e) => onProgress?.(e.loaded, e.lengthComputable ? e.total : null);
      xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'network'));
      // Streamed answers: each complete line as it arrives.
      const lines: Record<string, unknown>[] = [];
      let seen = 0;
      const streamed = () => (xhr.getResponseHeader('Content-Type') ?? '').includes('ndjson');
      const take = () => {
        if (!onStep || !streamed()) return;
        const text = xhr.responseText;
        for (let nl = text.indexOf('\n', seen); nl >= 0; nl = text.indexOf('\n', seen)) {
          const line = text.slice(seen, nl).trim();
          seen = nl + 1;
          if (!line) continue;
          const o = JSON.parse(line) as Record<string, unknown>;
          lines.push(o);
          if (o.progress) onStep(o.progress);
        }
      };
      xhr.onprogress = take;
      xhr.onload = () => {
        if (onStep && streamed()) {
          take();
          const last = lines.at(-1);
          if (last?.result) resolve({ status: 200, statusText: 'OK', body: last.result });
          else if (last?.error)
            resolve({
              status: (last.error as { statusCode?: number }).statusCode ?? 500,
              statusText: '',
              body: last.error,
            });
          // The stream stopped before its last line (the server failed or the connection broke).
          else reject(new ApiError(0, 'NETWORK', 'network'));
          return;
        }
        let body: unknown;
        try {
          body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
        } catch {
          body = undefined;
        }
        resolve({ status: xhr.status, statusText: xhr.statusText, body });
      };
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      form.append('file', file);
      xhr.send(form);
    });
  let r = await once();
  if (r.status === 401 && (r.body as { code?: string })?.code === 'TOKEN_EXPIRED' && (await refreshTokens()))
    r = await once();
  if (r.status < 200 || r.status >= 300) throw toApiError(r.status, r.statusText, r.body);
  return r.body as T;
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
