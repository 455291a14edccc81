import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import QRCode from 'qrcode';
import request from 'supertest';
import { Client } from 'pg';
import { AdminBootstrap } from '@xs/identity';
import { AppConfig, loadConfig, SeedRegistry } from '@xs/platform';
import { createSession } from '@test/factories/scheduling';
import { ADMIN_PASSWORD, bearer, TEST_PII_KEY } from '@test/test-app';
import { createApp } from '../../apps/server/src/bootstrap';
import { backup, BackupError, restore, rowCounts } from '../../apps/server/src/backup/backup';
import { provideDatabase, runMigrations } from '../../apps/server/src/database/database-runtime';

jest.setTimeout(300_000);

/**
 * The default install (no DATABASE_URL): the embedded PostgreSQL 18 ships no pg_dump, so `npm run
 * backup` copies its data directory with PostgreSQL's low-level backup API, while the app keeps
 * writing. Restored into a new DATA_DIR, the server replays the WAL and the app opens on it: every
 * write acknowledged before the backup is there, the counts hold, the audit chain verifies and the
 * material downloads. Runs on an embedded server of its own whatever DATABASE_URL says.
 */
const config = (dataDir: string): AppConfig =>
  loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    PII_KEY: TEST_PII_KEY,
    TOKEN_SECRET: 'ab'.repeat(32),
    SMS_PROVIDER: 'fixed',
    SMS_FIXED_CODE: '246810',
    DEMO_DATA: 'true',
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LOG_LEVEL: 'error',
    WRITE_RATE_PER_MINUTE: '100000',
  });

/** What `npm start` does on a DATA_DIR: the embedded server, migrations, the app. */
async function serve(dataDir: string) {
  const c = config(dataDir);
  const db = await provideDatabase(c, () => undefined);
  await runMigrations(db.url);
  const app: INestApplication = await createApp(c, db.url, false);
  await app.init();
  await app.get(AdminBootstrap).ensureAdmin();
  const http = () => request(app.getHttpServer());
  const token = async () =>
    (
      await http()
        .post('/api/v1/auth/login')
        .send({ username: 'admin', password: ADMIN_PASSWORD })
        .expect(200)
    ).body.accessToken as string;
  return {
    config: c,
    db,
    app,
    http,
    token,
    async close() {
      await app.close();
      await db.embedded?.stop();
    },
  };
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('backup and restore on the embedded PostgreSQL (file-level, no pg_dump)', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'xs-basebackup-'));
  chmodSync(root, 0o755); // the embedded server runs as the postgres user when we are root
  const source = path.join(root, 'source');
  const restored = path.join(root, 'restored');
  const backupDir = path.join(root, 'backups');
  const open: { close(): Promise<void> }[] = [];

  afterAll(async () => {
    for (const o of open) await o.close().catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  });

  it('copies the running server while it is written to; the restored copy serves the same data', async () => {
    const s = await serve(source);
    open.push(s);
    await s.app.get(SeedRegistry).runAll();
    const admin = await s.token();
    const session = await createSession({ http: s.http } as never, admin);
    const png = await QRCode.toBuffer('嵌入式数据库的备份');
    const up = await s
      .http()
      .post(`/api/v1/sessions/${session.id}/materials`)
      .set(bearer(admin))
      .attach('file', png, '现场照片.png')
      .expect(201);

    // Writers keep creating workstations (each one audited) through the whole backup.
    const acked: string[] = [];
    let stop = false;
    let n = 0;
    const writer = async () => {
      while (!stop) {
        const res = await s
          .http()
          .post('/api/v1/workstations')
          .set(bearer(admin))
          .send({
            name: `备份期间 ${++n}`,
            kind: 'member_studio',
            regionCode: '530102',
            address: `昆明市五华区备份路${n}号`,
            location: { lat: 25.0453, lng: 102.7046, crs: 'GCJ02' },
            capacity: 30,
          });
        expect(res.status).toBe(201);
        acked.push(res.body.id as string);
      }
    };
    const writers = [writer(), writer()];
    while (acked.length < 3) await new Promise((r) => setTimeout(r, 20));
    const ackedBefore = [...acked];
    const made = await backup({
      databaseUrl: s.db.url,
      embedded: { adminUrl: s.db.embedded!.url, dataDir: source },
      filesDir: s.config.filesDir,
      backupDir,
      keep: 3,
    });
    stop = true;
    await Promise.all(writers);
    expect(ackedBefore.length).toBeGreaterThan(0);
    expect(made.manifest).toMatchObject({ kind: 'base', database: { file: 'pgdata.tar' } });
    expect(made.manifest.serverVersion).toMatch(/^18\./);
    expect(readdirSync(made.archive).sort()).toEqual([
      'files.tar',
      'manifest.json',
      'pg-password',
      'pgdata.tar',
    ]);
    expect(made.manifest.wal!.segments).toBeGreaterThan(0);
    await s.close();
    open.length = 0;

    const r = await restore({
      archive: made.archive,
      embeddedDataDir: restored,
      filesDir: path.join(restored, 'files'),
    });
    expect(r.mismatches).toEqual([]);
    // A second restore over it is refused: the data directory is not empty.
    await expect(
      restore({ archive: made.archive, embeddedDataDir: restored, filesDir: path.join(root, 'elsewhere') }),
    ).rejects.toThrow(BackupError);

    // The app on the restored DATA_DIR: everything acknowledged before the backup began is there.
    const t = await serve(restored);
    open.push(t);
    const c = new Client({ connectionString: t.db.url });
    await c.connect();
    try {
      const found = await c.query('SELECT id FROM workstations WHERE id = ANY($1::uuid[])', [ackedBefore]);
      expect(found.rowCount).toBe(ackedBefore.length);
    } finally {
      await c.end();
    }
    const counts = await rowCounts(t.db.url);
    for (const [table, n] of Object.entries(made.manifest.rowCounts))
      expect({ table, atLeast: (counts[table] ?? -1) >= n }).toEqual({ table, atLeast: true });
    const admin2 = await t.token();
    const verify = await t.http().get('/api/v1/audit/verify').set(bearer(admin2)).expect(200);
    expect(verify.body.ok).toBe(true);
    expect(verify.body.checked).toBeGreaterThan(ackedBefore.length);
    const file = await t
      .http()
      .get(`/api/v1/sessions/${session.id}/materials/${up.body.id}/download`)
      .set(bearer(admin2))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (ch: Buffer) => chunks.push(ch));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(file.status).toBe(200);
    expect(sha(file.body as Buffer)).toBe(sha(png));
    // The restored server keeps taking writes.
    await t
      .http()
      .post('/api/v1/workstations')
      .set(bearer(admin2))
      .send({
        name: '恢复之后',
        kind: 'member_studio',
        regionCode: '530102',
        address: '昆明市五华区恢复路1号',
        location: { lat: 25.0453, lng: 102.7046, crs: 'GCJ02' },
        capacity: 30,
      })
      .expect(201);
    expect(existsSync(path.join(restored, 'pg', 'backup_label'))).toBe(false);
  });
});
