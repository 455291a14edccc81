import { io, Socket } from 'socket.io-client';
import type { TestApp } from '../test-app';
import { SMS_CODE, staff } from '../test-app';
import { socketContract } from '../socket-contract';

/** Socket helpers and people for the live-room tests. */

export type Ack = {
  ok: boolean;
  error?: { code: string; message: string; retryAfter?: number };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  [k: string]: any;
};

let counter = 0;
const uniq = () => `${Date.now().toString(36)}${process.pid.toString(36)}${++counter}`;

/** A distinct mainland mobile per call in this process (137 + pid block + counter). */
export function livePhone(): string {
  const block = (process.pid % 900) + 100;
  return `137${String(block).padStart(3, '0')}${String(++counter).padStart(5, '0')}`;
}

/** Live test apps stand behind a "proxy" on loopback, so the X-Forwarded-For that `resident` sends is believed. */
export const LOOPBACK_PROXY = '127.0.0.0/8,::1';

/**
 * A resident logged in by SMS code. Each comes from its own client address (X-Forwarded-For, believed
 * when the app trusts LOOPBACK_PROXY) so the per-IP SMS limit, which is not what these tests are about,
 * does not bite.
 */
export async function resident(
  t: TestApp,
  nickname = `居民${counter + 1}`,
): Promise<{ id: string; token: string }> {
  const phone = livePhone();
  const ip = `10.${(process.pid >> 8) & 255}.${process.pid & 255}.${counter % 250}`;
  const sms = await t.http().post('/api/v1/auth/sms').set('X-Forwarded-For', ip).send({ phone });
  if (sms.status !== 202) throw new Error(`sms: ${sms.status} ${JSON.stringify(sms.body)}`);
  const res = await t
    .http()
    .post('/api/v1/auth/resident')
    .set('X-Forwarded-For', ip)
    .send({ phone, code: SMS_CODE, nickname });
  if (res.status !== 200) throw new Error(`resident login: ${res.status} ${JSON.stringify(res.body)}`);
  const token = res.body.accessToken as string;
  const me = await t.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`);
  return { id: me.body.id as string, token };
}

export function liveStaff(
  t: TestApp,
  adminToken: string,
  role: string,
  regionCode = '530102',
  extra: object = {},
) {
  return staff(t, adminToken, { username: `live_${role}_${uniq()}`, roles: [role], regionCode, ...extra });
}

export interface ConnectOptions {
  token?: string;
  nickname?: string;
  origin?: string;
  /** `auth.locale`: the language of error messages, as the web client sends the user's choice. */
  locale?: string;
  /** `Accept-Language` on the handshake. */
  acceptLanguage?: string;
  /** Keep reconnecting (cluster tests); off by default so a refused handshake shows. */
  reconnection?: boolean;
}

export function connectLive(baseUrl: string, opts: ConnectOptions): Socket {
  const auth: Record<string, string> = {};
  if (opts.token) auth.token = opts.token;
  if (opts.nickname) auth.nickname = opts.nickname;
  if (opts.locale) auth.locale = opts.locale;
  const headers: Record<string, string> = {};
  if (opts.origin) headers.origin = opts.origin;
  if (opts.acceptLanguage) headers['accept-language'] = opts.acceptLanguage;
  const s = io(`${baseUrl}/live`, {
    auth,
    transports: ['websocket'],
    reconnection: opts.reconnection ?? false,
    forceNew: true,
    extraHeaders: Object.keys(headers).length ? headers : undefined,
  });
  // Every event the server sends is held to docs/asyncapi.json (see socket-contract.ts).
  if (process.env.XS_CONTRACT_CHECK !== '0')
    s.onAny((event: string, payload: unknown) => socketContract().serverEvent(event, payload));
  return s;
}

/** Connected, or the connect_error's data ({ code, message }) as a rejection. */
export function connected(s: Socket): Promise<Socket> {
  return new Promise((resolve, reject) => {
    if (s.connected) return resolve(s);
    s.once('connect', () => resolve(s));
    // The rejection carries the server's { code, message } so tests can match the code.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    s.once('connect_error', (e: Error & { data?: unknown }) => reject(e.data ?? e));
  });
}

export async function open(baseUrl: string, opts: ConnectOptions): Promise<Socket> {
  return connected(connectLive(baseUrl, opts));
}

export function emitAck(s: Socket, event: string, payload?: unknown, timeoutMs = 10_000): Promise<Ack> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ack for ${event}`)), timeoutMs);
    s.emit(event, payload, (ack: Ack) => {
      clearTimeout(timer);
      if (process.env.XS_CONTRACT_CHECK !== '0') socketContract().ack(event, ack);
      resolve(ack);
    });
  });
}

/** The next event of that name matching the predicate. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function waitFor<T = any>(
  s: Socket,
  event: string,
  pred: (p: T) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      s.off(event, handler);
      reject(new Error(`timed out waiting for ${event}`));
    }, timeoutMs);
    const handler = (p: T) => {
      if (!pred(p)) return;
      clearTimeout(timer);
      s.off(event, handler);
      resolve(p);
    };
    s.on(event, handler);
  });
}

export interface ChatMsg {
  seq: number;
  id: string;
  author: { nickname: string; role: string };
  text: string;
  at: string;
  offsetMs: number | null;
}

/** Records every chat:batch a socket receives. */
export function recordBatches(s: Socket): {
  batches: { messages: ChatMsg[]; dropped?: number }[];
  messages: () => ChatMsg[];
} {
  const batches: { messages: ChatMsg[]; dropped?: number }[] = [];
  s.on('chat:batch', (b: { messages: ChatMsg[]; dropped?: number }) => batches.push(b));
  return { batches, messages: () => batches.flatMap((b) => b.messages) };
}

export async function until(
  cond: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  stepMs = 50,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
