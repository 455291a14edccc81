import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import S3rver from 's3rver';
import { loadConfig } from '@xs/platform';
import { S3MaterialStorage } from '../../libs/scheduling/src/materials/s3-material-storage';
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
 * Materials in S3-compatible storage (issue 4 point 7, issue 15 point 8): a real S3 protocol server
 * (s3rver, objects on disk), the app configured by S3_* variables and talking through the AWS SDK.
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

/**
 * Every name resolves to this machine, so virtual-hosted bucket names (bucket.s3.xs.test) reach s3rver;
 * it notes each request's host, method and path.
 */
type RecordingAgent = http.Agent & { addRequest(req: http.ClientRequest, options: unknown): void };
const loopback = new http.Agent({
  keepAlive: false,
  lookup: ((_host: string, opts: { all?: boolean }, cb: (...a: unknown[]) => void) =>
    opts.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4)) as never,
}) as RecordingAgent;
const seen: string[] = [];
const addRequest = loopback.addRequest.bind(loopback);
loopback.addRequest = (req, options) => {
  seen.push(`${req.method} ${String(req.getHeader('host'))}${req.path}`);
  addRequest(req, options);
};

function get(url: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: loopback }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

/** Aliyun OSS only takes virtual-hosted requests: the same store with S3_FORCE_PATH_STYLE=false. */
describe('S3 storage through the AWS SDK: virtual-hosted buckets, multipart, presigned downloads', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xs-s3v-'));
  const s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: dir,
    silent: true,
    serviceEndpoint: 'xs.test',
    configureBuckets: [{ name: 'xs-materials' }],
  });
  let storage: S3MaterialStorage;
  let endpoint: string;

  beforeAll(async () => {
    const { port } = await s3.run();
    endpoint = `http://s3.xs.test:${port}`;
    const config = loadConfig({
      DATA_DIR: dir,
      S3_ENDPOINT: endpoint,
      S3_BUCKET: 'xs-materials',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'false',
      S3_MULTIPART_THRESHOLD_MB: '5',
    });
    storage = new S3MaterialStorage(config.s3!, { requestHandler: { httpAgent: loopback } });
  });
  afterAll(async () => {
    await s3.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('addresses the bucket by host name, uploads a large file in parts and reads it back', async () => {
    const big = Buffer.alloc(11 * 1024 * 1024);
    for (let i = 0; i < big.length; i += 4096) big.writeUInt32BE(i, i);
    seen.length = 0;
    await storage.put('sess-1/big.bin', big);
    const host = new URL(endpoint).host.replace(/^s3\./, 'xs-materials.s3.');
    // Create, three parts of at most 5 MB, complete: all addressed to the bucket's own host name.
    expect(seen.filter((r) => r.startsWith(`POST ${host}/sess-1/big.bin?uploads`))).toHaveLength(1);
    expect(seen.filter((r) => /^PUT .*partNumber=\d/.test(r))).toHaveLength(3);
    expect(seen.filter((r) => r.startsWith(`POST ${host}/sess-1/big.bin?uploadId=`))).toHaveLength(1);
    expect(seen.every((r) => r.split(' ')[1].startsWith(host))).toBe(true);
    seen.length = 0;
    await storage.put('sess-1/small.txt', Buffer.from('一页'));
    expect(seen).toEqual([`PUT ${host}/sess-1/small.txt?x-id=PutObject`]);
    const chunks: Buffer[] = [];
    for await (const c of storage.open('sess-1/big.bin')) chunks.push(c as Buffer);
    expect(Buffer.compare(Buffer.concat(chunks), big)).toBe(0);
  });

  it('a presigned GET serves the file to a plain browser request, named as asked', async () => {
    await storage.put('sess-1/notes.txt', Buffer.from('协商纪要'));
    const url = await storage.presignedGet('sess-1/notes.txt', {
      filename: '纪要.txt',
      contentType: 'text/plain; charset=utf-8',
    });
    const u = new URL(url);
    expect(u.hostname).toBe('xs-materials.s3.xs.test');
    expect(u.searchParams.get('X-Amz-Expires')).toBe('300');
    const res = await get(url);
    expect(res.status).toBe(200);
    expect(res.body.toString('utf8')).toBe('协商纪要');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('纪要.txt'));
    // Signed for an access key the store does not know: refused.
    u.searchParams.set(
      'X-Amz-Credential',
      u.searchParams.get('X-Amz-Credential')!.replace('S3RVER', 'NOBODY'),
    );
    expect((await get(u.toString())).status).toBe(403);
  });

  it('deleting removes the object', async () => {
    await storage.remove('sess-1/notes.txt');
    const url = await storage.presignedGet('sess-1/notes.txt');
    expect((await get(url)).status).toBe(404);
  });
});
