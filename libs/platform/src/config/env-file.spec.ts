import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, loadDotEnv } from './app-config';

const dir = () => mkdtempSync(path.join(os.tmpdir(), 'xs-env-'));

/** Every variable loadConfig reads, found by running it over an environment that records each read. */
function variablesRead(): Set<string> {
  const seen = new Set<string>();
  const base = { DATA_DIR: dir() };
  const gateway = {
    SMS_SIGN_NAME: 's',
    SMS_TEMPLATE_LOGIN_CODE: '1',
    SMS_TEMPLATE_REGISTRATION_CONFIRMED: '2',
    SMS_TEMPLATE_REMINDER: '3',
    SMS_TEMPLATE_SUGGESTION_REPLIED: '4',
    SMS_TEMPLATE_SESSION_NOTICE: '5',
  };
  const setups: Record<string, string>[] = [
    base,
    {
      ...base,
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'xs-m',
      S3_ACCESS_KEY_ID: 'k',
      S3_SECRET_ACCESS_KEY: 's',
    },
    { ...base, SMS_PROVIDER: 'fixed', SMS_FIXED_CODE: '123456' },
    { ...base, MAP_TILE_URL: 'https://t{s}.example.cn/{z}/{x}/{y}.png' },
    {
      ...base,
      ...gateway,
      SMS_PROVIDER: 'aliyun',
      SMS_ALIYUN_ACCESS_KEY_ID: 'a',
      SMS_ALIYUN_ACCESS_KEY_SECRET: 'b',
    },
    {
      ...base,
      ...gateway,
      SMS_PROVIDER: 'tencent',
      SMS_TENCENT_SECRET_ID: 'a',
      SMS_TENCENT_SECRET_KEY: 'b',
      SMS_TENCENT_SDK_APP_ID: '1400000000',
    },
  ];
  for (const env of setups) {
    const recording = new Proxy(env, {
      get(target, name) {
        if (typeof name === 'string') seen.add(name);
        return target[name as string];
      },
    });
    loadConfig(recording);
  }
  return seen;
}

describe('configuration files', () => {
  it('config/.env.example documents exactly the variables the app reads', () => {
    const example = readFileSync(path.join(__dirname, '../../../../config/.env.example'), 'utf8');
    const documented = new Set(
      [...example.matchAll(/^#?\s?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]).filter((n) => n !== 'ENV_FILE'),
    );
    const read = variablesRead();
    expect([...read].filter((n) => !documented.has(n)).sort()).toEqual([]);
    expect([...documented].filter((n) => !read.has(n)).sort()).toEqual([]);
    expect(example).toMatch(/^# ?ENV_FILE=/m);
  });

  it('.env is read at start; a variable already in the environment wins', () => {
    const d = dir();
    const file = path.join(d, 'custom.env');
    writeFileSync(file, 'PORT=4000\nDEMO_DATA=false\n# a comment\nSMS_SIGN_NAME="协商 在基层"\n');
    const env: Record<string, string | undefined> = { ENV_FILE: file, PORT: '5000', DATA_DIR: d };
    expect(loadDotEnv(env)).toBe(file);
    const config = loadConfig(env);
    expect(config.port).toBe(5000);
    expect(config.demoData).toBe(false);
    expect(config.sms.signName).toBe('协商 在基层');
    expect(() => loadDotEnv({ ENV_FILE: path.join(d, 'missing.env') })).toThrow(/ENV_FILE/);
  });
});
