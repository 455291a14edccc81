import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type SmsProviderName = 'console' | 'fixed';

/** Every setting the app reads, validated once at boot. Nothing else reads process.env. */
export interface AppConfig {
  port: number;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  nodeEnv: 'development' | 'production' | 'test';
  bootstrapAdminPassword: string | undefined;
  demoData: boolean;
  smsProvider: SmsProviderName;
  smsFixedCode: string | undefined;
  /** 16-byte SM4 key for personal data. */
  piiKey: Buffer;
  /** HMAC key for access tokens. */
  tokenSecret: Buffer;
  requireStaff2fa: boolean;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  idleTimeoutMinutes: number;
  allowedOrigins: string[];
  auditRetentionDays: number;
  /** Login attempts allowed per client IP per minute (shared through Redis across replicas). */
  loginRatePerIp: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  timezone: string;
  /** Days after a session ends before registrants' phone numbers are erased (PIPL). */
  registrationPhoneRetentionDays: number;
  /** Minutes before a session at which registrants and invitees are reminded (scheduling). */
  sessionReminderMinutes: number[];
  /** How often each process polls the scheduling job table; 0 turns the worker off. */
  schedulingJobsPollMs: number;
  /** Duty-record point weights, e.g. attendance=5,speech=3,question=2,suggestion=5,adopted=15 (validated by the registration module). */
  dutyPointWeights: string;
  /** Prefix of the live rooms' Redis keys and adapter stream (distinct per deployment or test run). */
  liveRedisPrefix: string;
  /** Live chat per person: token bucket burst and refill per second. */
  liveChatBurst: number;
  liveChatPerSecond: number;
  /** Above this many people online, viewers' chat push is capped at liveViewerCapPerSecond (0 = never capped). */
  liveViewerCapRoomSize: number;
  liveViewerCapPerSecond: number;
  /** S3-compatible object storage for session materials; unset = files under DATA_DIR. */
  s3?: S3Settings;
  /** Map tiles for the web client's maps; unset = markers on a blank base. */
  mapTiles?: MapTiles;
}

/** A tile layer as Leaflet takes it, and the coordinate system its tiles are drawn in. */
export interface MapTiles {
  /** e.g. https://t{s}.tianditu.gov.cn/vec_w/wmts?...&tk=KEY or https://webrd0{s}.is.autonavi.com/appmaptile?... */
  url: string;
  crs: 'GCJ02' | 'CGCS2000' | 'WGS84';
  subdomains: string;
  attribution: string;
}

export interface S3Settings {
  /** e.g. https://oss-cn-hangzhou.aliyuncs.com or http://127.0.0.1:9000 (path-style requests). */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Invalid configuration ${variable}: ${message}`);
  }
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, def: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `expected a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `expected ${min}..${max}, got ${n}`);
  return n;
}

function bool(env: Env, name: string, def: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  throw new ConfigError(name, `expected true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], def: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return def;
  if (!(values as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `expected one of ${values.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `expected a ${protocols.join(' or ')} URL`);
  }
  return raw;
}

/** S3_* together or not at all: an endpoint without its bucket or keys stops the start. */
function s3Settings(env: Env): S3Settings | undefined {
  const endpoint = url(env, 'S3_ENDPOINT', ['http:', 'https:']);
  if (!endpoint) return undefined;
  const need = (name: string) => {
    const v = env[name];
    if (!v) throw new ConfigError(name, 'required when S3_ENDPOINT is set');
    return v;
  };
  const bucket = need('S3_BUCKET');
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    throw new ConfigError('S3_BUCKET', 'not a valid bucket name');
  return {
    endpoint: endpoint.replace(/\/+$/, ''),
    bucket,
    region: env.S3_REGION || 'us-east-1',
    accessKeyId: need('S3_ACCESS_KEY_ID'),
    secretAccessKey: need('S3_SECRET_ACCESS_KEY'),
  };
}

/** MAP_TILE_URL with its CRS: 天地图 draws CGCS2000, AMap/Tencent GCJ-02. */
function mapTiles(env: Env): MapTiles | undefined {
  const raw = env.MAP_TILE_URL;
  if (!raw) return undefined;
  // Leaflet's placeholders are not valid in a URL's host: check the URL with them filled in.
  const probe = raw.replace(/\{s\}/g, 'a').replace(/\{[xyz]\}/g, '0');
  url({ MAP_TILE_URL: probe }, 'MAP_TILE_URL', ['http:', 'https:']);
  if (!/\{x\}/.test(raw) || !/\{y\}/.test(raw) || !/\{z\}/.test(raw))
    throw new ConfigError('MAP_TILE_URL', 'expected {x}, {y} and {z} placeholders');
  return {
    url: raw,
    crs: oneOf(env, 'MAP_TILE_CRS', ['GCJ02', 'CGCS2000', 'WGS84'] as const, 'GCJ02'),
    subdomains: env.MAP_TILE_SUBDOMAINS || 'abc',
    attribution: env.MAP_TILE_ATTRIBUTION || '',
  };
}

/** Keys that development may generate once and keep in DATA_DIR; production must provide them. */
function devKey(env: Env, name: string, bytes: number, dataDir: string, production: boolean): Buffer {
  const raw = env[name];
  if (raw) {
    if (!new RegExp(`^[0-9a-fA-F]{${bytes * 2}}$`).test(raw)) {
      throw new ConfigError(name, `expected ${bytes * 2} hexadecimal characters`);
    }
    return Buffer.from(raw, 'hex');
  }
  if (production) throw new ConfigError(name, 'required when NODE_ENV=production');
  const file = path.join(dataDir, 'keys', `${name.toLowerCase()}.hex`);
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  // DATA_DIR itself stays traversable: the embedded PostgreSQL runs as another user below it.
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(bytes);
  writeFileSync(file, key.toString('hex'), { mode: 0o600 });
  return key;
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const production = nodeEnv === 'production';
  const dataDir = path.resolve(env.DATA_DIR || './data');
  const smsProvider = oneOf(env, 'SMS_PROVIDER', ['console', 'fixed'] as const, 'console');
  const smsFixedCode = env.SMS_FIXED_CODE || undefined;
  if (smsProvider === 'fixed') {
    if (production) throw new ConfigError('SMS_PROVIDER', '"fixed" is refused when NODE_ENV=production');
    if (!smsFixedCode || !/^\d{6}$/.test(smsFixedCode)) {
      throw new ConfigError('SMS_FIXED_CODE', 'expected six digits when SMS_PROVIDER=fixed');
    }
  }
  const bootstrapAdminPassword = env.BOOTSTRAP_ADMIN_PASSWORD || undefined;
  if (bootstrapAdminPassword !== undefined && bootstrapAdminPassword.length < 10) {
    throw new ConfigError('BOOTSTRAP_ADMIN_PASSWORD', 'must be at least 10 characters');
  }
  const origins = (env.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const o of origins) {
    if (o !== '*' && !/^https?:\/\/[^/]+$/.test(o))
      throw new ConfigError('ALLOWED_ORIGINS', `bad origin "${o}"`);
  }
  return {
    port: int(env, 'PORT', 3000, 0, 65535),
    dataDir,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    nodeEnv,
    bootstrapAdminPassword,
    demoData: bool(env, 'DEMO_DATA', true),
    smsProvider,
    smsFixedCode,
    piiKey: devKey(env, 'PII_KEY', 16, dataDir, production),
    tokenSecret: devKey(env, 'TOKEN_SECRET', 32, dataDir, production),
    requireStaff2fa: bool(env, 'REQUIRE_STAFF_2FA', false),
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86400),
    refreshTokenTtlDays: int(env, 'REFRESH_TOKEN_TTL_DAYS', 7, 1, 90),
    idleTimeoutMinutes: int(env, 'IDLE_TIMEOUT_MINUTES', 30, 1, 1440),
    allowedOrigins: origins,
    auditRetentionDays: int(env, 'AUDIT_RETENTION_DAYS', 180, 180, 3650),
    loginRatePerIp: int(env, 'LOGIN_RATE_PER_IP', 30, 1, 100000),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    timezone: env.TZ_DISPLAY || 'Asia/Shanghai',
    registrationPhoneRetentionDays: int(env, 'REGISTRATION_PHONE_RETENTION_DAYS', 180, 1, 3650),
    sessionReminderMinutes: (env.SESSION_REMINDER_MINUTES ?? '1440,60')
      .split(',')
      .filter((m) => m.trim())
      .map((m) => int({ SESSION_REMINDER_MINUTES: m.trim() }, 'SESSION_REMINDER_MINUTES', 60, 1, 43200)),
    schedulingJobsPollMs: int(env, 'SCHEDULING_JOBS_POLL_MS', 5000, 0, 3600000),
    dutyPointWeights: env.DUTY_POINT_WEIGHTS || 'attendance=5,speech=3,question=2,suggestion=5,adopted=15',
    liveRedisPrefix: env.LIVE_REDIS_PREFIX || 'xs:live',
    liveChatBurst: int(env, 'LIVE_CHAT_BURST', 5, 1, 1000),
    liveChatPerSecond: int(env, 'LIVE_CHAT_PER_SECOND', 1, 1, 1000),
    liveViewerCapRoomSize: int(env, 'LIVE_VIEWER_CAP_ROOM_SIZE', 1000, 0, 10000000),
    liveViewerCapPerSecond: int(env, 'LIVE_VIEWER_CAP_PER_SECOND', 30, 0, 100000),
    s3: s3Settings(env),
    mapTiles: mapTiles(env),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
