import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const dir = () => mkdtempSync(path.join(os.tmpdir(), 'xs-cfg-'));

describe('loadConfig', () => {
  it('gives working defaults with nothing set, generating dev keys once into DATA_DIR', () => {
    const d = dir();
    const a = loadConfig({ DATA_DIR: d });
    expect(a).toMatchObject({ port: 3000, demoData: true, nodeEnv: 'development' });
    expect(a.sms.provider).toBe('console');
    expect(a.piiKey).toHaveLength(16);
    expect(loadConfig({ DATA_DIR: d }).piiKey.equals(a.piiKey)).toBe(true);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DEMO_DATA', 'maybe'],
    ['DATABASE_URL', 'mysql://x'],
    ['REDIS_URL', 'not a url'],
    ['NODE_ENV', 'staging'],
    ['SMS_PROVIDER', 'carrier-pigeon'],
    ['PII_KEY', 'short'],
    ['BOOTSTRAP_ADMIN_PASSWORD', 'short'],
    ['AUDIT_RETENTION_DAYS', '30'],
    ['S3_ENDPOINT', 'ftp://oss.example'],
    ['TRUSTED_PROXIES', '10.0.0.0/33'],
    ['TRUSTED_PROXIES', 'nginx.internal'],
    ['CRON_PURGE', 'every day'],
    ['CRON_TZ', 'Mars/Olympus'],
    ['DB_POOL_SIZE', '0'],
  ])('a bad %s stops the start with a message naming it', (name, value) => {
    expect(() => loadConfig({ DATA_DIR: dir(), [name]: value })).toThrow(ConfigError);
    try {
      loadConfig({ DATA_DIR: dir(), [name]: value });
    } catch (e) {
      expect((e as ConfigError).variable).toBe(name);
      expect((e as Error).message).toContain(name);
    }
  });

  it('production refuses the fixed SMS provider and generated keys', () => {
    expect(() =>
      loadConfig({
        DATA_DIR: dir(),
        NODE_ENV: 'production',
        SMS_PROVIDER: 'fixed',
        SMS_FIXED_CODE: '123456',
      }),
    ).toThrow(/SMS_PROVIDER/);
    expect(() => loadConfig({ DATA_DIR: dir(), NODE_ENV: 'production' })).toThrow(/PII_KEY/);
    const ok = loadConfig({
      DATA_DIR: dir(),
      NODE_ENV: 'production',
      PII_KEY: 'ab'.repeat(16),
      TOKEN_SECRET: 'cd'.repeat(32),
    });
    expect(ok.nodeEnv).toBe('production');
  });

  it('S3 settings come together: an endpoint without bucket or keys names what is missing', () => {
    expect(loadConfig({ DATA_DIR: dir() }).s3).toBeUndefined();
    const base = { DATA_DIR: dir(), S3_ENDPOINT: 'http://127.0.0.1:9000/' };
    expect(() => loadConfig(base)).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ ...base, S3_BUCKET: 'Bad_Bucket' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ ...base, S3_BUCKET: 'xs-materials' })).toThrow(/S3_ACCESS_KEY_ID/);
    expect(
      loadConfig({ ...base, S3_BUCKET: 'xs-materials', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }).s3,
    ).toEqual({
      endpoint: 'http://127.0.0.1:9000',
      bucket: 'xs-materials',
      region: 'us-east-1',
      accessKeyId: 'k',
      secretAccessKey: 's',
      forcePathStyle: true,
      multipartThresholdBytes: 16 * 1024 * 1024,
      presignSeconds: 300,
    });
  });

  it('map tiles need a URL with {x} {y} {z} and a known CRS; unset means no tiles', () => {
    expect(loadConfig({ DATA_DIR: dir() }).mapTiles).toBeUndefined();
    const url = 'https://webrd0{s}.is.autonavi.com/appmaptile?style=8&x={x}&y={y}&z={z}';
    expect(loadConfig({ DATA_DIR: dir(), MAP_TILE_URL: url, MAP_TILE_SUBDOMAINS: '1234' }).mapTiles).toEqual({
      url,
      crs: 'GCJ02',
      subdomains: '1234',
      attribution: '',
    });
    expect(() => loadConfig({ DATA_DIR: dir(), MAP_TILE_URL: 'https://tiles.example.cn/a.png' })).toThrow(
      /MAP_TILE_URL/,
    );
    expect(() => loadConfig({ DATA_DIR: dir(), MAP_TILE_URL: 'ftp://x/{z}/{x}/{y}' })).toThrow(
      /MAP_TILE_URL/,
    );
    expect(() => loadConfig({ DATA_DIR: dir(), MAP_TILE_URL: url, MAP_TILE_CRS: 'BD09' })).toThrow(
      /MAP_TILE_CRS/,
    );
  });

  it('the fixed provider needs a six-digit code', () => {
    expect(() => loadConfig({ DATA_DIR: dir(), SMS_PROVIDER: 'fixed' })).toThrow(/SMS_FIXED_CODE/);
  });

  const ALIYUN = {
    SMS_PROVIDER: 'aliyun',
    SMS_SIGN_NAME: '协商在基层',
    SMS_TEMPLATE_LOGIN_CODE: 'SMS_1',
    SMS_TEMPLATE_REGISTRATION_CONFIRMED: 'SMS_2',
    SMS_TEMPLATE_REMINDER: 'SMS_3',
    SMS_TEMPLATE_SUGGESTION_REPLIED: 'SMS_4',
    SMS_TEMPLATE_SESSION_NOTICE: 'SMS_5',
    SMS_ALIYUN_ACCESS_KEY_ID: 'LTAI-test',
    SMS_ALIYUN_ACCESS_KEY_SECRET: 'secret',
  };

  it.each(Object.keys(ALIYUN).filter((k) => k !== 'SMS_PROVIDER'))(
    'a real SMS gateway without %s stops the start naming it',
    (missing) => {
      const env: Record<string, string> = { DATA_DIR: dir(), ...ALIYUN };
      delete env[missing];
      expect(() => loadConfig(env)).toThrow(new RegExp(`${missing}.*required when SMS_PROVIDER=aliyun`));
    },
  );

  it('production accepts the Aliyun and Tencent Cloud gateways', () => {
    const prod = {
      DATA_DIR: dir(),
      NODE_ENV: 'production',
      PII_KEY: 'ab'.repeat(16),
      TOKEN_SECRET: 'cd'.repeat(32),
    };
    const a = loadConfig({ ...prod, ...ALIYUN });
    expect(a.sms.provider).toBe('aliyun');
    expect(a.sms.aliyun?.endpoint).toEqual({ host: 'dysmsapi.aliyuncs.com', protocol: 'https' });
    const { SMS_ALIYUN_ACCESS_KEY_ID: _i, SMS_ALIYUN_ACCESS_KEY_SECRET: _s, ...templates } = ALIYUN;
    const tencent = {
      ...prod,
      ...templates,
      SMS_PROVIDER: 'tencent',
      SMS_TENCENT_SECRET_ID: 'AKID-test',
      SMS_TENCENT_SECRET_KEY: 'key',
      SMS_TENCENT_SDK_APP_ID: '1400000000',
    };
    expect(() => loadConfig({ ...tencent, SMS_TENCENT_SDK_APP_ID: 'app' })).toThrow(/SMS_TENCENT_SDK_APP_ID/);
    const t = loadConfig({ ...tencent, SMS_TENCENT_ENDPOINT: 'http://127.0.0.1:8080' });
    expect(t.sms.tencent).toMatchObject({
      sdkAppId: '1400000000',
      region: 'ap-guangzhou',
      endpoint: { host: '127.0.0.1:8080', protocol: 'http' },
    });
  });

  it('trusts no proxy by default; TRUSTED_PROXIES takes addresses and CIDRs', () => {
    expect(loadConfig({ DATA_DIR: dir() }).trustedProxies).toEqual([]);
    expect(
      loadConfig({ DATA_DIR: dir(), TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8,::1, fd00::/8' }).trustedProxies,
    ).toEqual(['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8']);
  });

  it('pool size and timeouts, cron expressions and their zone come from the environment', () => {
    const c = loadConfig({
      DATA_DIR: dir(),
      DB_POOL_SIZE: '7',
      DB_STATEMENT_TIMEOUT_MS: '5000',
      DB_IDLE_TIMEOUT_MS: '0',
      CRON_PURGE: '*/5 * * * *',
    });
    expect(c.db).toEqual({
      poolSize: 7,
      statementTimeoutMs: 5000,
      idleTimeoutMs: 0,
      idleInTransactionTimeoutMs: 60000,
    });
    expect(c.cron).toMatchObject({ timeZone: 'Asia/Shanghai', purge: '*/5 * * * *', enabled: true });
    expect(loadConfig({ DATA_DIR: dir(), NODE_ENV: 'test' }).cron.enabled).toBe(false);
  });
});
