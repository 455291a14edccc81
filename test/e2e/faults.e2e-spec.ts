import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { AdminBootstrap } from '@xs/identity';
import { EmbeddedPostgres, JsonLogger, loadConfig } from '@xs/platform';
const errors: string[] = [];
import { createSession } from '@test/factories/scheduling';
import { heldSession, pdfText } from '@test/factories/outcomes';
import { ADMIN_PASSWORD, bearer, startTestApp, TEST_PII_KEY } from '@test/test-app';
import { createApp } from '../../apps/server/src/bootstrap';
import { ensureDatabase, runMigrations } from '../../apps/server/src/database/database-runtime';

jest.setTimeout(240_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every file under a directory, however deep (what a crash would leave behind). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

describe('faults', () => {
  it('disk full under an upload: 507 STORAGE_FULL, no partial file, no row; uploads work again once there is room', async () => {
    const t = await startTestApp();
    const files = path.join(t.config.dataDir, 'files');
    mkdirSync(files, { recursive: true });
    // A 2 MB volume where the materials go (we run as root here, as CI does).
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', files]);
    try {
      const admin = await t.login('admin');
      const s = await createSession(t, admin);
      const upload = (bytes: number) => {
        // A PNG by its signature, padded to the size wanted.
        const png = Buffer.alloc(bytes, 7);
        Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').copy(png);
        return t
          .http()
          .post(`/api/v1/sessions/${s.id}/materials`)
          .set(bearer(admin))
          .attach('file', png, '现场照片.png');
      };
      const full = await upload(3 * 1024 * 1024);
      expect(full.status).toBe(507);
      expect(full.body.code).toBe('STORAGE_FULL');
      expect(filesUnder(files)).toEqual([]);
      const list = await t.http().get(`/api/v1/sessions/${s.id}/materials`).set(bearer(admin)).expect(200);
      expect(list.body.total).toBe(0);
      // A file that fits is stored as usual.
      const small = await upload(64 * 1024);
      expect(small.status).toBe(201);
      expect(filesUnder(files)).toHaveLength(1);
      expect(filesUnder(files)[0]).not.toMatch(/\.part$/);
    } finally {
      execFileSync('umount', [files]);
      await t.close();
    }
  });

  it('disk full under an export: exports stream from the database and write nothing, so with the data disk and TMPDIR full they still arrive whole', async () => {
    const t = await startTestApp();
    const admin = await t.login('admin');
    const s = await heldSession(t, admin, { title: '磁盘已满时的专报' });
    await t
      .http()
      .put(`/api/v1/sessions/${s.id}/outcome`)
      .set(bearer(admin))
      .send({ summary: '纪要', consensus: ['共识一'] })
      .expect(200);
    // The app's data directory and the system temp directory on 1 MB volumes, filled to the last byte.
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'xs-full-tmp-'));
    const volumes = [t.config.dataDir, tmp];
    for (const v of volumes) {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', v]);
      expect(() => writeFileSync(path.join(v, 'filler'), Buffer.alloc(2 * 1024 * 1024))).toThrow(/ENOSPC/);
    }
    const tmpBefore = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const binary = (res: any, cb: (err: Error | null, body: Buffer) => void) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    };
    const download = (p: string) => t.http().get(`/api/v1${p}`).set(bearer(admin)).buffer(true).parse(binary);
    try {
      const xlsx = await download('/exports/suggestions.xlsx?region=530100');
      expect(xlsx.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.body);
      expect(wb.worksheets.map((w) => w.name)).toContain('建议清单');
      const docx = await download(`/sessions/${s.id}/report.docx`);
      expect(docx.status).toBe(200);
      const xml = await (
        await JSZip.loadAsync(docx.body as Buffer)
      )
        .file('word/document.xml')!
        .async('string');
      expect(xml).toContain('磁盘已满时的专报');
      const pdf = await download(`/sessions/${s.id}/report.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdfText(pdf.body as Buffer)).toContain('磁盘已满时的专报');
      // Nothing was written beside the filler on either volume.
      for (const v of volumes) expect(filesUnder(v).map((f) => path.basename(f))).toEqual(['filler']);
    } finally {
      if (tmpBefore === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmpBefore;
      for (const v of volumes) execFileSync('umount', [v]);
      rmSync(tmp, { recursive: true, force: true });
      await t.close();
    }
  });

  describe('PostgreSQL restarted under load (a dedicated embedded server, never the shared one)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'xs-fault-pg-'));
    chmodSync(dir, 0o755);
    const pg = new EmbeddedPostgres({ dataDir: path.join(dir, 'pg') });
    let app: Awaited<ReturnType<typeof createApp>> | undefined;
    let url = '';

    beforeAll(async () => {
      await pg.start();
      await ensureDatabase(pg.url, 'xs_fault');
      url = pg.url.replace(/\/postgres$/, '/xs_fault');
      await runMigrations(url);
      const config = loadConfig({
        NODE_ENV: 'test',
        DATA_DIR: path.join(dir, 'data'),
        PII_KEY: TEST_PII_KEY,
        TOKEN_SECRET: 'ab'.repeat(32),
        SMS_PROVIDER: 'fixed',
        SMS_FIXED_CODE: '246810',
        DEMO_DATA: 'false',
        BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
        LOG_LEVEL: 'error',
        DB_POOL_SIZE: '5',
      });
      app = await createApp(
        config,
        url,
        new JsonLogger('error', { destination: { write: (l: string) => void errors.push(l) } }),
      );
      await app.init();
      await app.get(AdminBootstrap).ensureAdmin();
    });
    afterAll(async () => {
      await app?.close();
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('requests fail with 503 DATABASE_UNAVAILABLE (never 500), readiness says so, the pool reconnects and every acknowledged write is there', async () => {
      const http = () => request(app!.getHttpServer());
      const token = (
        await http().post('/api/v1/auth/login').send({ username: 'admin', password: ADMIN_PASSWORD })
      ).body.accessToken as string;
      const acked: string[] = [];
      const statuses = new Map<string, number>();
      let stop = false;
      let n = 0;
      // Four writers creating workstations as fast as they can, through the whole outage.
      const writer = async (w: number) => {
        while (!stop) {
          const name = `故障测试站 ${w}-${++n}`;
          const res = await http()
            .post('/api/v1/workstations')
            .set(bearer(token))
            .send({
              name,
              kind: 'member_studio',
              regionCode: '530102',
              address: `昆明市五华区测试路${n}号`,
              location: { lat: 25.0453, lng: 102.7046, crs: 'GCJ02' },
              capacity: 30,
            });
          const key = `${res.status} ${res.body?.code ?? ''}`;
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
          if (res.status === 201) acked.push(res.body.id as string);
          else await sleep(50);
        }
      };
      const writers = [1, 2, 3, 4].map(writer);
      await sleep(1500);
      const beforeOutage = acked.length;
      await pg.stop();
      await sleep(500);
      const ready = await http().get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.code).toBe('NOT_READY');
      const health = await http().get('/api/v1/workstations').set(bearer(token));
      expect(health.status).toBe(503);
      expect(health.body.code).toBe('DATABASE_UNAVAILABLE');
      expect(health.headers['retry-after']).toBe('5');
      await sleep(1500);
      await pg.start();
      // Back: writes succeed again without restarting the app.
      const resumedAt = acked.length;
      const end = Date.now() + 30_000;
      while (acked.length < resumedAt + 10 && Date.now() < end) await sleep(100);
      stop = true;
      await Promise.all(writers);

      expect(beforeOutage).toBeGreaterThan(0);
      expect(acked.length).toBeGreaterThanOrEqual(resumedAt + 10);
      const kinds = [...statuses.keys()].sort();
      expect({
        kinds: kinds.filter((k) => !['201 ', '503 DATABASE_UNAVAILABLE'].includes(k)),
        errors: errors.filter((e) => e.includes('unhandled')).slice(0, 5),
      }).toEqual({ kinds: [], errors: [] });
      expect(statuses.get('503 DATABASE_UNAVAILABLE')).toBeGreaterThan(0);
      await http().get('/health/ready').expect(200);

      const c = new Client({ connectionString: url });
      await c.connect();
      try {
        const found = await c.query<{ id: string }>(
          'SELECT id FROM workstations WHERE id = ANY($1::uuid[])',
          [acked],
        );
        expect(found.rowCount).toBe(acked.length);
      } finally {
        await c.end();
      }
    });
  });
});
