import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { SMS_KINDS } from '@xs/contracts';
import type { SmsKind } from '@xs/contracts';

export type SmsProviderName = 'console' | 'fixed' | 'aliyun' | 'tencent';

/** The variable naming each kind's template id. */
export const SMS_TEMPLATE_VARIABLES: Record<SmsKind, string> = {
  loginCode: 'SMS_TEMPLATE_LOGIN_CODE',
  registrationConfirmed: 'SMS_TEMPLATE_REGISTRATION_CONFIRMED',
  reminder: 'SMS_TEMPLATE_REMINDER',
  suggestionReplied: 'SMS_TEMPLATE_SUGGESTION_REPLIED',
  sessionNotice: 'SMS_TEMPLATE_SESSION_NOTICE',
};

export interface SmsGatewayEndpoint {
  /** host[:port] the SDK sends to. */
  host: string;
  protocol: 'http' | 'https';
}

export interface SmsSettings {
  provider: SmsProviderName;
  fixedCode: string | undefined;
  /** 签名 registered with the gateway; required for aliyun and tencent. */
  signName: string;
  /** Gateway template id per kind; required for aliyun and tencent. */
  templates: Record<SmsKind, string>;
  aliyun?: { accessKeyId: string; accessKeySecret: string; regionId: string; endpoint: SmsGatewayEndpoint };
  tencent?: {
    secretId: string;
    secretKey: string;
    sdkAppId: string;
    region: string;
    endpoint: SmsGatewayEndpoint;
  };
  /** Login codes per phone per hour and per client address per hour. */
  perPhonePerHour: number;
  perIpPerHour: number;
  /** Gateway request timeout. */
  timeoutMs: number;
  /** Outbound HTTP proxy to the gateway (intranet servers without direct internet access). */
  proxy: string | undefined;
}

/** Cron expressions (Asia/Shanghai unless TZ_CRON says otherwise) of the cluster-wide scheduled tasks. */
export interface CronSettings {
  enabled: boolean;
  timeZone: string;
  phoneRetention: string;
  auditRetention: string;
  suggestionReminders: string;
  /** 回头看: reminds organisers of completed suggestions whose follow-up review is due. */
  followUps: string;
  purge: string;
}

/** Every setting the app reads, validated once at boot. Nothing else reads process.env. */
export interface AppConfig {
  port: number;
  dataDir: string;
  /**
   * Uploaded files kept on disk (session materials unless S3, outcome attachments): FILES_DIR, default
   * DATA_DIR/files. Replicas without S3 must share it (NFS or a shared volume); DATA_DIR is per replica.
   */
  filesDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  nodeEnv: 'development' | 'production' | 'test';
  bootstrapAdminPassword: string | undefined;
  demoData: boolean;
  sms: SmsSettings;
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
  /** Failed logins for one account from one address before it is held back there. */
  loginLockAfter: number;
  /** First hold in seconds; doubles with each further failure, up to loginLockMaxSeconds. */
  loginLockBaseSeconds: number;
  loginLockMaxSeconds: number;
  /** Writes per minute on public and resident routes, per caller (account, else address). */
  writeRatePerMinute: number;
  /** Prefix of the rate limiters' Redis keys (replicas of one deployment share it). */
  rateRedisPrefix: string;
  /** Proxies whose X-Forwarded-For is believed (addresses or CIDRs); empty = none. */
  trustedProxies: string[];
  /** PostgreSQL pool per replica and its timeouts (ms; 0 = none). */
  db: {
    poolSize: number;
    statementTimeoutMs: number;
    idleTimeoutMs: number;
    idleInTransactionTimeoutMs: number;
  };
  cron: CronSettings;
  /** Days finished or failed scheduling jobs and used or expired SMS codes are kept. */
  jobRetentionDays: number;
  smsCodeRetentionDays: number;
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
  /** 回头看: months after completion a suggestion (or a report's) is reviewed again (FOLLOW_UP_MONTHS). */
  followUpMonths: number;
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
  /** Names this process on every log line and in /metrics (default: host name and pid). */
  replicaId: string;
  /** GET /metrics: needs this bearer token on the app's port, or is served on its own port only; neither = off. */
  metrics: { token: string | undefined; port: number | undefined; host: string };
  /** After SIGTERM readiness answers 503 for this long before the server stops taking requests. */
  shutdownDrainMs: number;
  /** Backups (npm run backup): where archives go and how many are kept. */
  backup: { dir: string; keep: number; pgBinDir: string | undefined };
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
  /** e.g. https://oss-cn-hangzhou.aliyuncs.com or http://127.0.0.1:9000. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style (endpoint/bucket/key, MinIO) or virtual-hosted (bucket.endpoint/key, Aliyun OSS). */
  forcePathStyle: boolean;
  /** Files at least this large go up in parts (multipart upload). */
  multipartThresholdBytes: number;
  /** Lifetime of presigned download URLs. */
  presignSeconds: number;
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
    forcePathStyle: bool(env, 'S3_FORCE_PATH_STYLE', true),
    multipartThresholdBytes: int(env, 'S3_MULTIPART_THRESHOLD_MB', 16, 5, 5120) * 1024 * 1024,
    presignSeconds: int(env, 'S3_PRESIGN_SECONDS', 300, 10, 604800),
  };
}

/** host[:port] or an http(s) URL (tests point the SDK at a local server); the default is the provider's. */
function gatewayEndpoint(env: Env, name: string, def: string): SmsGatewayEndpoint {
  const raw = env[name];
  if (raw === undefined || raw === '') return { host: def, protocol: 'https' };
  if (/^https?:\/\//.test(raw)) {
    const u = new URL(url(env, name, ['http:', 'https:'])!);
    return { host: u.host, protocol: u.protocol === 'http:' ? 'http' : 'https' };
  }
  if (!/^[a-z0-9.-]+(:\d{1,5})?$/i.test(raw)) throw new ConfigError(name, 'expected a host name or URL');
  return { host: raw, protocol: 'https' };
}

/** A real gateway needs its keys, a sign name and every template: a missing one stops the start, named. */
function smsSettings(env: Env, production: boolean): SmsSettings {
  const provider = oneOf(env, 'SMS_PROVIDER', ['console', 'fixed', 'aliyun', 'tencent'] as const, 'console');
  const fixedCode = env.SMS_FIXED_CODE || undefined;
  if (provider === 'fixed') {
    if (production) throw new ConfigError('SMS_PROVIDER', '"fixed" is refused when NODE_ENV=production');
    if (!fixedCode || !/^\d{6}$/.test(fixedCode)) {
      throw new ConfigError('SMS_FIXED_CODE', 'expected six digits when SMS_PROVIDER=fixed');
    }
  }
  const gateway = provider === 'aliyun' || provider === 'tencent';
  const need = (name: string) => {
    const v = env[name]?.trim();
    if (!v) throw new ConfigError(name, `required when SMS_PROVIDER=${provider}`);
    return v;
  };
  const templates = {} as Record<SmsKind, string>;
  for (const kind of SMS_KINDS) {
    const name = SMS_TEMPLATE_VARIABLES[kind];
    templates[kind] = gateway ? need(name) : env[name] || '';
  }
  const settings: SmsSettings = {
    provider,
    fixedCode,
    signName: gateway ? need('SMS_SIGN_NAME') : env.SMS_SIGN_NAME || '协商在基层',
    templates,
    perPhonePerHour: int(env, 'SMS_PER_PHONE_PER_HOUR', 5, 1, 1000),
    perIpPerHour: int(env, 'SMS_PER_IP_PER_HOUR', 20, 1, 1000000),
    timeoutMs: int(env, 'SMS_TIMEOUT_MS', 5000, 100, 60000),
    proxy: url(env, 'SMS_HTTP_PROXY', ['http:']),
  };
  if (provider === 'aliyun')
    settings.aliyun = {
      accessKeyId: need('SMS_ALIYUN_ACCESS_KEY_ID'),
      accessKeySecret: need('SMS_ALIYUN_ACCESS_KEY_SECRET'),
      regionId: env.SMS_ALIYUN_REGION || 'cn-hangzhou',
      endpoint: gatewayEndpoint(env, 'SMS_ALIYUN_ENDPOINT', 'dysmsapi.aliyuncs.com'),
    };
  if (provider === 'tencent') {
    const sdkAppId = need('SMS_TENCENT_SDK_APP_ID');
    if (!/^\d+$/.test(sdkAppId))
      throw new ConfigError('SMS_TENCENT_SDK_APP_ID', 'expected the numeric SdkAppId');
    settings.tencent = {
      secretId: need('SMS_TENCENT_SECRET_ID'),
      secretKey: need('SMS_TENCENT_SECRET_KEY'),
      sdkAppId,
      region: env.SMS_TENCENT_REGION || 'ap-guangzhou',
      endpoint: gatewayEndpoint(env, 'SMS_TENCENT_ENDPOINT', 'sms.tencentcloudapi.com'),
    };
  }
  return settings;
}

/** Five-field (or six with seconds) cron expression; checked for shape here, by the scheduler at start. */
function cron(env: Env, name: string, def: string): string {
  const raw = (env[name] ?? '').trim();
  if (!raw) return def;
  const fields = raw.split(/\s+/);
  if (fields.length < 5 || fields.length > 6 || !fields.every((f) => /^[\d*/,\-A-Za-z?LW#]+$/.test(f)))
    throw new ConfigError(name, `expected a cron expression such as "${def}", got "${raw}"`);
  return raw;
}

function zone(env: Env, name: string, def: string): string {
  const raw = env[name] || def;
  try {
    new Intl.DateTimeFormat('en', { timeZone: raw });
  } catch {
    throw new ConfigError(name, `unknown time zone "${raw}"`);
  }
  return raw;
}

/** Addresses or CIDRs, IPv4 or IPv6; `loopback` etc. as Express names them are accepted too. */
function proxies(env: Env): string[] {
  const list = (env.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const p of list) {
    if (['loopback', 'linklocal', 'uniquelocal'].includes(p)) continue;
    const [addr, bits, extra] = p.split('/');
    const v = isIP(addr);
    const max = v === 6 ? 128 : 32;
    if (!v || extra !== undefined || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= max)))
      throw new ConfigError('TRUSTED_PROXIES', `not an address or CIDR: "${p}"`);
  }
  return list;
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
  const sms = smsSettings(env, production);
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
    filesDir: path.resolve(env.FILES_DIR || path.join(dataDir, 'files')),
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    nodeEnv,
    bootstrapAdminPassword,
    demoData: bool(env, 'DEMO_DATA', true),
    sms,
    piiKey: devKey(env, 'PII_KEY', 16, dataDir, production),
    tokenSecret: devKey(env, 'TOKEN_SECRET', 32, dataDir, production),
    requireStaff2fa: bool(env, 'REQUIRE_STAFF_2FA', false),
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86400),
    refreshTokenTtlDays: int(env, 'REFRESH_TOKEN_TTL_DAYS', 7, 1, 90),
    idleTimeoutMinutes: int(env, 'IDLE_TIMEOUT_MINUTES', 30, 1, 1440),
    allowedOrigins: origins,
    auditRetentionDays: int(env, 'AUDIT_RETENTION_DAYS', 180, 180, 3650),
    loginRatePerIp: int(env, 'LOGIN_RATE_PER_IP', 30, 1, 100000),
    loginLockAfter: int(env, 'LOGIN_LOCK_AFTER_FAILURES', 5, 1, 100),
    loginLockBaseSeconds: int(env, 'LOGIN_LOCK_BASE_SECONDS', 30, 1, 86400),
    loginLockMaxSeconds: int(env, 'LOGIN_LOCK_MAX_SECONDS', 3600, 1, 604800),
    writeRatePerMinute: int(env, 'WRITE_RATE_PER_MINUTE', 60, 1, 1000000),
    trustedProxies: proxies(env),
    rateRedisPrefix: env.RATE_REDIS_PREFIX || 'xs:rl',
    db: {
      poolSize: int(env, 'DB_POOL_SIZE', 20, 1, 1000),
      statementTimeoutMs: int(env, 'DB_STATEMENT_TIMEOUT_MS', 120000, 0, 86400000),
      idleTimeoutMs: int(env, 'DB_IDLE_TIMEOUT_MS', 30000, 0, 86400000),
      idleInTransactionTimeoutMs: int(env, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 60000, 0, 86400000),
    },
    cron: {
      enabled: bool(env, 'CRON_ENABLED', nodeEnv !== 'test'),
      timeZone: zone(env, 'CRON_TZ', 'Asia/Shanghai'),
      phoneRetention: cron(env, 'CRON_PHONE_RETENTION', '0 30 2 * * *'),
      auditRetention: cron(env, 'CRON_AUDIT_RETENTION', '0 0 3 * * *'),
      suggestionReminders: cron(env, 'CRON_SUGGESTION_REMINDERS', '0 0 9 * * *'),
      followUps: cron(env, 'CRON_FOLLOW_UPS', '0 15 9 * * *'),
      purge: cron(env, 'CRON_PURGE', '0 30 3 * * *'),
    },
    jobRetentionDays: int(env, 'JOB_RETENTION_DAYS', 30, 1, 3650),
    smsCodeRetentionDays: int(env, 'SMS_CODE_RETENTION_DAYS', 1, 1, 365),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    timezone: zone(env, 'TZ_DISPLAY', 'Asia/Shanghai'),
    registrationPhoneRetentionDays: int(env, 'REGISTRATION_PHONE_RETENTION_DAYS', 180, 1, 3650),
    sessionReminderMinutes: (env.SESSION_REMINDER_MINUTES ?? '1440,60')
      .split(',')
      .filter((m) => m.trim())
      .map((m) => int({ SESSION_REMINDER_MINUTES: m.trim() }, 'SESSION_REMINDER_MINUTES', 60, 1, 43200)),
    schedulingJobsPollMs: int(env, 'SCHEDULING_JOBS_POLL_MS', 5000, 0, 3600000),
    followUpMonths: int(env, 'FOLLOW_UP_MONTHS', 6, 1, 60),
    dutyPointWeights: env.DUTY_POINT_WEIGHTS || 'attendance=5,speech=3,question=2,suggestion=5,adopted=15',
    liveRedisPrefix: env.LIVE_REDIS_PREFIX || 'xs:live',
    liveChatBurst: int(env, 'LIVE_CHAT_BURST', 5, 1, 1000),
    liveChatPerSecond: int(env, 'LIVE_CHAT_PER_SECOND', 1, 1, 1000),
    liveViewerCapRoomSize: int(env, 'LIVE_VIEWER_CAP_ROOM_SIZE', 1000, 0, 10000000),
    liveViewerCapPerSecond: int(env, 'LIVE_VIEWER_CAP_PER_SECOND', 30, 0, 100000),
    s3: s3Settings(env),
    mapTiles: mapTiles(env),
    replicaId: env.REPLICA_ID || `${os.hostname()}-${process.pid}`,
    metrics: metricsSettings(env),
    shutdownDrainMs: int(env, 'SHUTDOWN_DRAIN_MS', nodeEnv === 'test' ? 0 : 5000, 0, 120000),
    backup: {
      dir: path.resolve(env.BACKUP_DIR || path.join(dataDir, 'backups')),
      keep: int(env, 'BACKUP_KEEP', 7, 1, 1000),
      pgBinDir: env.PG_BIN_DIR || undefined,
    },
  };
}

function metricsSettings(env: Env): AppConfig['metrics'] {
  const token = env.METRICS_TOKEN || undefined;
  // A short token is guessable from outside; the endpoint tells the pool and traffic of the service.
  if (token !== undefined && token.length < 16)
    throw new ConfigError('METRICS_TOKEN', 'must be at least 16 characters');
  const port = env.METRICS_PORT ? int(env, 'METRICS_PORT', 0, 1, 65535) : undefined;
  return { token, port, host: env.METRICS_HOST || '127.0.0.1' };
}

/**
 * Reads `.env` (or ENV_FILE) from the working directory into the environment before loadConfig, with
 * Node's own parser (the one behind process.loadEnvFile): values already set win, so
 * `PORT=4000 npm start` overrides the file. Returns the file read.
 */
export function loadDotEnv(env: Env = process.env): string | undefined {
  const file = path.resolve(env.ENV_FILE || '.env');
  if (!existsSync(file)) {
    if (env.ENV_FILE) throw new ConfigError('ENV_FILE', `${file} does not exist`);
    return undefined;
  }
  for (const [name, value] of Object.entries(parseEnv(readFileSync(file, 'utf8')))) {
    if (env[name] === undefined) env[name] = value;
  }
  return file;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
