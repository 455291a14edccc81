import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import {
  assertChineseTextSupport,
  binDir,
  DatabaseTextError,
  EmbeddedPostgres,
  EXTERNAL_DATABASE_FIX,
  probeChineseText,
  runAsIds,
} from '@xs/platform';
import { adminQuery, uniqueName, withDatabase } from '../../apps/server/src/database/scratch-server';

const root = path.resolve(__dirname, '../..');
const adminUrl = () => process.env.XS_TEST_ADMIN_URL as string;

/**
 * Chinese search rests on pg_trgm seeing Chinese characters as word characters, which a C ctype does
 * not: the server checks the database it runs on, and the embedded cluster is made so that it does.
 */
describe('database text support (Chinese trigrams)', () => {
  const dropped: string[] = [];
  afterAll(async () => {
    for (const db of dropped) await adminQuery(adminUrl(), `DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
  });

  async function database(ctype: string): Promise<string> {
    const name = uniqueName('xs_ctype');
    dropped.push(name);
    await adminQuery(
      adminUrl(),
      `CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE '${ctype}'`,
    );
    const url = withDatabase(adminUrl(), name);
    await adminQuery(url, 'CREATE EXTENSION IF NOT EXISTS pg_trgm');
    return url;
  }

  it('the test server (embedded by default, or DATABASE_URL) makes trigrams of Chinese and lowers Unicode', async () => {
    const template = withDatabase(adminUrl(), process.env.XS_TEST_TEMPLATE as string);
    const support = await probeChineseText(template);
    expect(support.trigrams).toBeGreaterThan(0);
    await expect(assertChineseTextSupport(template, EXTERNAL_DATABASE_FIX)).resolves.toBeUndefined();
    const c = new Client({ connectionString: template });
    await c.connect();
    try {
      const r = await c.query<{ l: string }>(`SELECT lower('ÀÉ ＡＢＣ 翠湖') AS l`);
      expect(r.rows[0].l).toBe('àé ａｂｃ 翠湖');
    } finally {
      await c.end();
    }
  });

  it('a database with a C ctype is refused with a message that names the ctype and the fix', async () => {
    const url = await database('C');
    expect((await probeChineseText(url)).trigrams).toBe(0);
    const refusal = assertChineseTextSupport(url, EXTERNAL_DATABASE_FIX);
    await expect(refusal).rejects.toBeInstanceOf(DatabaseTextError);
    await expect(refusal).rejects.toThrow(/LC_CTYPE\) is "C".*show_trgm/s);
    await expect(refusal).rejects.toThrow(/LC_CTYPE 'C\.UTF-8'/);
  });

  it('the server refuses to start on such a database (exit code and message)', async () => {
    execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { cwd: root });
    const url = await database('C');
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xs-ctype-'));
    try {
      let out = '';
      const proc = spawn(process.execPath, [path.join(root, 'dist/apps/server/src/main.js')], {
        env: { ...process.env, DATABASE_URL: url, DATA_DIR: dataDir, PORT: '0', DEMO_DATA: 'false' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      proc.stdout.on('data', (c: Buffer) => (out += c.toString()));
      proc.stderr.on('data', (c: Buffer) => (out += c.toString()));
      const code = await new Promise<number | null>((r) => proc.once('exit', r));
      expect(code).not.toBe(0);
      expect(out).toContain('启动失败');
      expect(out).toMatch(/pg_trgm makes no trigrams of Chinese/);
      expect(out).not.toContain('已启动');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('an embedded data directory made with the old C ctype is refused with migration steps, and its PostgreSQL stopped', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'xs-legacy-'));
    chmodSync(dir, 0o755);
    const pgdata = path.join(dir, 'pg');
    try {
      // What earlier versions made: initdb --locale=C.
      const ids = runAsIds();
      mkdirSync(pgdata, { mode: 0o700 });
      const pw = path.join(dir, 'pw-in');
      writeFileSync(path.join(dir, 'pg-password'), 'legacy-pass', { mode: 0o600 });
      writeFileSync(pw, 'legacy-pass\n', { mode: 0o644 });
      if (ids) chownSync(pgdata, ids.uid, ids.gid);
      execFileSync(
        path.join(binDir(), 'initdb'),
        [
          `--pgdata=${pgdata}`,
          '--auth=scram-sha-256',
          '--username=postgres',
          `--pwfile=${pw}`,
          '--encoding=UTF8',
          '--locale=C',
        ],
        { stdio: 'pipe', ...(ids ?? {}) },
      );
      const pg = new EmbeddedPostgres({ dataDir: pgdata });
      const start = pg.start();
      await expect(start).rejects.toBeInstanceOf(DatabaseTextError);
      await expect(start).rejects.toThrow(`cp -a ${pgdata} ${pgdata}.ctype-c`);
      await expect(start).rejects.toThrow(/pg_dump .*pg_restore/s);
      // Refused means stopped: nothing keeps running on that directory.
      let running = '';
      try {
        running = execFileSync('pgrep', ['-f', pgdata]).toString();
      } catch {
        running = '';
      }
      expect(running).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
