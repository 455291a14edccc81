import { bearer, startTestApp, TestApp } from '@test/test-app';

/** A streamed import (Accept: application/x-ndjson): progress as the server works, then the result. */
describe('directory: import progress streamed as NDJSON', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const ROWS = 1000;
  const csv = (prefix: string, bad = 0) =>
    Buffer.from(
      '名称,类型,行政区划代码,地址\n' +
        Array.from({ length: ROWS }, (_, i) =>
          i < bad
            ? `${prefix}${i},不存在的类型,530102,某地`
            : `${prefix}${i},委员工作室,530102,五华区进度路${i}号`,
        ).join('\n') +
        '\n',
      'utf8',
    );
  /** The raw answer, and the chunks it came in. */
  const streamed = (path: string, body: Buffer) =>
    t
      .http()
      .post(path)
      .set(bearer(admin))
      .set('Accept', 'application/x-ndjson')
      .attach('file', body, 'places.csv')
      .buffer(true)
      .parse((res, done) => {
        const chunks: string[] = [];
        res.setEncoding('utf8');
        res.on('data', (c: string) => chunks.push(c));
        res.on('end', () => done(null, chunks));
      });
  const linesOf = (chunks: string[]) =>
    chunks
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, Record<string, unknown>>);
  const count = async (q: string) =>
    (await t.http().get('/api/v1/workstations').query({ q }).set(bearer(admin)).expect(200)).body.total;

  it('reports rows checked as it goes, then the writing, then the same result a JSON answer gives', async () => {
    const preview = await streamed('/api/v1/workstations/import?dryRun=true', csv('进度预览站', 3));
    expect(preview.status).toBe(200);
    expect(preview.headers['content-type']).toMatch(/^application\/x-ndjson/);
    // Sent as the work goes: the first lines arrive before the result is written.
    expect((preview.body as string[]).length).toBeGreaterThan(1);
    const lines = linesOf(preview.body as string[]);
    const steps = lines.filter((l) => l.progress).map((l) => l.progress);
    expect(steps).toEqual([
      ...[0, 200, 400, 600, 800].map((done) => ({ stage: 'checking', done, total: ROWS })),
      { stage: 'writing', done: 0, total: ROWS - 3 },
    ]);
    const last = lines.at(-1)!;
    expect(last.result).toMatchObject({ dryRun: true, created: ROWS - 3, updated: 0, rows: ROWS });
    expect(last.result.errors).toHaveLength(3);
    // A preview writes nothing, streamed or not.
    expect(await count('进度预览站')).toBe(0);

    const applied = await streamed('/api/v1/workstations/import', csv('进度导入站'));
    const result = linesOf(applied.body as string[]).at(-1)!.result;
    expect(result).toMatchObject({ created: ROWS, updated: 0, errors: [] });
    expect(await count('进度导入站')).toBe(ROWS);
    // Imported again as plain JSON: the same rows now update, and the answer has no progress in it.
    const again = await t
      .http()
      .post('/api/v1/workstations/import')
      .set(bearer(admin))
      .attach('file', csv('进度导入站'), 'places.csv')
      .expect(200);
    expect(again.headers['content-type']).toMatch(/^application\/json/);
    expect(again.body).toMatchObject({ created: 0, updated: ROWS, rows: ROWS });
  });

  it('a file refused while it is read is a plain 4xx JSON answer, not a stream', async () => {
    const res = await t
      .http()
      .post('/api/v1/members/import')
      .set(bearer(admin))
      .set('Accept', 'application/x-ndjson')
      .attach('file', Buffer.from('姓名\n张三\n', 'utf8'), 'members.csv');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.code).toBe('MISSING_COLUMNS');
  });
});
