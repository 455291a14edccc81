import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import QRCode from 'qrcode';
import { createSession } from '@test/factories/scheduling';
import { loadConfig } from '@xs/platform';
import request from 'supertest';
import { ADMIN_PASSWORD, bearer, startTestApp, TEST_PII_KEY, TestApp } from '@test/test-app';
import { createApp } from '../../apps/server/src/bootstrap';
import { backup, BackupError, pgTool, prune, restore, rowCounts } from '../../apps/server/src/backup/backup';
import { adminQuery, uniqueName, withDatabase } from '../../apps/server/src/database/scratch-server';

jest.setTimeout(240_000);

/** The app as an operator starts it after a restore: on that database and data directory, same keys. */
async function openOn(databaseUrl: string, dataDir: string) {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    PII_KEY: TEST_PII_KEY,
    TOKEN_SECRET: 'ab'.repeat(32),
    SMS_PROVIDER: 'fixed',
    SMS_FIXED_CODE: '246810',
    DEMO_DATA: 'false',
    LOG_LEVEL: 'error',
  });
  const app = await createApp(config, databaseUrl, false);
  await app.init();
  const http = () => request(app.getHttpServer());
  return {
    http,
    async login(username: string) {
      const res = await http()
        .post('/api/v1/auth/login')
        .send({ username, password: ADMIN_PASSWORD })
        .expect(200);
      return res.body.accessToken as string;
    },
    close: () => app.close(),
  };
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('backup and restore (pg_dump/pg_restore plus materials)', () => {
  let t: TestApp;
  const backupDir = mkdtempSync(path.join(os.tmpdir(), 'xs-backups-'));
  const adminUrl = process.env.XS_TEST_ADMIN_URL!;
  const target = uniqueName('xs_restored');

  beforeAll(async () => {
    t = await startTestApp({ DEMO_DATA: 'true' });
  });
  afterAll(async () => {
    await t.close();
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${target}" WITH (FORCE)`).catch(() => undefined);
    rmSync(backupDir, { recursive: true, force: true });
  });

  it('backs up a seeded database with its materials, restores into a new database, same counts, audit chain intact', async () => {
    const admin = await t.login('admin');
    const s = await createSession(t, admin);
    const png = await QRCode.toBuffer('备份的材料');
    const up = await t
      .http()
      .post(`/api/v1/sessions/${s.id}/materials`)
      .set(bearer(admin))
      .attach('file', png, '现场照片.png')
      .expect(201);
    const before = await rowCounts(t.databaseUrl);
    expect(
      before['public.audit_log'] ?? before[Object.keys(before).find((k) => k.includes('audit'))!],
    ).toBeGreaterThan(0);

    const made = await backup({
      databaseUrl: t.databaseUrl,
      filesDir: t.config.filesDir,
      backupDir,
      keep: 3,
    });
    expect(path.basename(made.archive)).toMatch(/^xieshang-\d{8}-\d{6}/);
    expect(readdirSync(made.archive).sort()).toEqual(['database.dump', 'files.tar', 'manifest.json']);
    expect(made.manifest.rowCounts).toEqual(before);
    expect(readdirSync(backupDir).some((n) => n.endsWith('.partial'))).toBe(false);

    await adminQuery(adminUrl, `CREATE DATABASE "${target}"`);
    const targetUrl = withDatabase(adminUrl, target);
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'xs-restored-'));
    const r = await restore({
      archive: made.archive,
      databaseUrl: targetUrl,
      filesDir: path.join(dataDir, 'files'),
    });
    expect(r.mismatches).toEqual([]);
    expect(r.rowCounts).toEqual(before);

    // Restoring over a database that has tables needs --force.
    await expect(
      restore({ archive: made.archive, databaseUrl: targetUrl, filesDir: path.join(dataDir, 'files') }),
    ).rejects.toThrow(BackupError);

    // The restored database and files serve the same app: the audit chain verifies, the material downloads.
    const app2 = await openOn(targetUrl, dataDir);
    const admin2 = await app2.login('admin');
    const verify = await app2.http().get('/api/v1/audit/verify').set(bearer(admin2)).expect(200);
    expect(verify.body.ok).toBe(true);
    expect(verify.body.checked).toBeGreaterThan(0);
    const file = await app2
      .http()
      .get(`/api/v1/sessions/${s.id}/materials/${up.body.id}/download`)
      .set(bearer(admin2))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(file.status).toBe(200);
    expect(sha(file.body as Buffer)).toBe(sha(png));
    await app2.close();
  });

  it('a damaged archive is refused before anything is restored', async () => {
    const made = await backup({
      databaseUrl: t.databaseUrl,
      filesDir: t.config.filesDir,
      backupDir,
      keep: 10,
    });
    writeFileSync(path.join(made.archive, 'database.dump'), 'not a dump');
    const name = uniqueName('xs_damaged');
    await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
    try {
      await expect(
        restore({ archive: made.archive, databaseUrl: withDatabase(adminUrl, name), filesDir: backupDir }),
      ).rejects.toThrow(/checksum/);
      expect(Object.keys(await rowCounts(withDatabase(adminUrl, name)))).toEqual([]);
    } finally {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });

  it("a server newer than every pg_dump found (the embedded PostgreSQL 18 with Debian 12's client 15) is a clear error", async () => {
    await expect(pgTool('pg_dump', 99)).rejects.toThrow(
      /No pg_dump for PostgreSQL 99: .*postgresql-client-99.*PG_BIN_DIR/,
    );
    expect(await pgTool('pg_dump', 15)).toMatch(/pg_dump$/);
  });

  it('BACKUP_KEEP: only the newest archives are kept; other files in the folder are left alone', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'xs-keep-'));
    const names = [
      'xieshang-20260101-000000',
      'xieshang-20260102-000000',
      'xieshang-20260103-000000',
      'notes',
    ];
    for (const n of names) mkdirSync(path.join(dir, n));
    const removed = prune(dir, 2).map((p) => path.basename(p));
    expect(removed).toEqual(['xieshang-20260101-000000']);
    expect(readdirSync(dir).sort()).toEqual([
      'notes',
      'xieshang-20260102-000000',
      'xieshang-20260103-000000',
    ]);
    expect(existsSync(path.join(dir, 'notes'))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
