import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const dir = () => mkdtempSync(path.join(os.tmpdir(), 'xs-cfg-'));

describe('loadConfig', () => {
  it('gives working defaults with nothing set, generating dev keys once into DATA_DIR', () => {
    const d = dir();
    const a = loadConfig({ DATA_DIR: d });
    expect(a).toMatchObject({ port: 3000, demoData: true, smsProvider: 'console', nodeEnv: 'development' });
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
});
