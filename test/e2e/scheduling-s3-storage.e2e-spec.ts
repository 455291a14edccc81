import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import S3rver from 's3rver';
import { bearer, startTestApp, TestApp } from '@test/test-app';
import { createSession } from '@test/factories/scheduling';

jest.setTimeout(120_000);

async function pdf(text: string): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((r) => doc.on('end', () => r(Buffer.concat(chunks))));
  doc.text(text);
  doc.end();
  return done;
}

/** Every file under a directory (s3rver keeps each object as files on disk). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile());
}

/**
 * Materials in S3-compatible storage (issue 4 point 7): a real S3 protocol server (s3rver, objects on
 * disk; it checks the access key, not V4 signatures: sigv4.spec.ts pins those to AWS's worked examples),
 * the app configured by S3_* variables.
 */
describe('scheduling: materials in S3-compatible storage', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xs-s3-'));
  const s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: dir,
    silent: true,
    configureBuckets: [{ name: 'xs-materials' }],
  });
  let endpoint: string;
  let t: TestApp;
  let wrongKey: TestApp;
  let admin: string;

  beforeAll(async () => {
    const { port } = await s3.run();
    endpoint = `http://127.0.0.1:${port}`;
    const env = { S3_ENDPOINT: endpoint, S3_BUCKET: 'xs-materials', S3_SECRET_ACCESS_KEY: 'S3RVER' };
    t = await startTestApp({ ...env, S3_ACCESS_KEY_ID: 'S3RVER' });
    wrongKey = await startTestApp({ ...env, S3_ACCESS_KEY_ID: 'NOT-A-KEY' });
    admin = await t.login('admin');
  });
  afterAll(async () => {
    await t?.close();
    await wrongKey?.close();
    await s3.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const download = (app: TestApp, url: string, token: string) =>
    app
      .http()
      .get(url)
      .set(bearer(token))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });

  it('stores an upload as an object, serves it back byte for byte, and deletes it', async () => {
    const s = await createSession(t, admin);
    const body = await pdf('商前调研 S3');
    const up = await t
      .http()
      .post(`/api/v1/sessions/${s.id}/materials`)
      .set(bearer(admin))
      .attach('file', body, '调研.pdf');
    expect(up.status).toBe(201);
    // The object is in the bucket (on s3rver's disk), not under DATA_DIR.
    const stored = filesUnder(path.join(dir, 'xs-materials')).filter((f) => f.includes(s.id));
    expect(stored.length).toBeGreaterThan(0);
    const got = await download(t, `/api/v1/sessions/${s.id}/materials/${up.body.id}/download`, admin);
    expect(got.status).toBe(200);
    expect(Buffer.compare(got.body as Buffer, body)).toBe(0);

    await t.http().delete(`/api/v1/sessions/${s.id}/materials/${up.body.id}`).set(bearer(admin)).expect(204);
    expect(filesUnder(path.join(dir, 'xs-materials')).filter((f) => f.includes(s.id))).toEqual([]);
  });

  it('a storage that refuses the credentials gives 503 STORAGE_UNAVAILABLE and records nothing', async () => {
    const token = await wrongKey.login('admin');
    const s = await createSession(wrongKey, token);
    const up = await wrongKey
      .http()
      .post(`/api/v1/sessions/${s.id}/materials`)
      .set(bearer(token))
      .attach('file', await pdf('密钥错误'), '调研.pdf');
    expect(up.status).toBe(503);
    expect(up.body).toMatchObject({ statusCode: 503, code: 'STORAGE_UNAVAILABLE' });
    const list = await wrongKey
      .http()
      .get(`/api/v1/sessions/${s.id}/materials`)
      .set(bearer(token))
      .expect(200);
    expect(list.body.total).toBe(0);
  });
});
