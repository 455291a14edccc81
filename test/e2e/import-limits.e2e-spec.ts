import { understatedXlsx } from '@test/factories/zip-bomb';
import { bearer, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(180_000);

/** Issue 12 findings 5 (zip bomb) and 6 (huge CSV): imports cost what their limits allow, no more. */
describe('import limits', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t?.close());

  const upload = (path: string, buf: Buffer, name: string) =>
    t.http().post(`/api/v1/${path}`).set(bearer(admin)).attach('file', buf, name);

  /** Runs `work` while sampling this process's memory (the app runs in it); returns the highest growth. */
  async function peakGrowth<T>(work: () => Promise<T>): Promise<{ result: T; grewMb: number }> {
    const before = process.memoryUsage().rss;
    let peak = before;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    try {
      const result = await work();
      peak = Math.max(peak, process.memoryUsage().rss);
      return { result, grewMb: (peak - before) / 1024 / 1024 };
    } finally {
      clearInterval(timer);
    }
  }

  it('the probe: a 0.9 MB workbook whose zip understates a 900 MB sheet is refused, memory stays flat, /health answers', async () => {
    const bomb = await understatedXlsx(900);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const { result, grewMb } = await peakGrowth(() =>
      Promise.all([
        upload('workstations/import', bomb, 'bomb.xlsx'),
        upload('members/import', bomb, 'bomb.xlsx'),
        t.http().get('/api/v1/health'),
      ]),
    );
    const [workstations, members, health] = result;
    for (const res of [workstations, members]) {
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 413, code: 'FILE_TOO_LARGE' });
    }
    expect(health.status).toBe(200);
    // Unpacking it whole took 900 MB and more; counting it as a stream takes a few chunks.
    expect(grewMb).toBeLessThan(300);
    const rows: unknown[] = await t.db.query(`SELECT 1 FROM workstations WHERE name = '炸弹工作室'`);
    expect(rows).toHaveLength(0);
  });

  it('the probe: an 18 MB CSV of 2.3 million rows answers TOO_MANY_ROWS, and /health is served meanwhile', async () => {
    const head = '名称,类型,行政区划代码,地址\n';
    const body = Buffer.from(head + '甲,其\n'.repeat(2_300_000));
    expect(body.length).toBeGreaterThan(18_000_000);
    expect(body.length).toBeLessThan(20 * 1024 * 1024);
    const { result, grewMb } = await peakGrowth(async () => {
      const importing = upload('workstations/import', body, 'huge.csv');
      const health = t.http().get('/api/v1/health');
      return Promise.all([importing, health]);
    });
    const [imported, health] = result;
    expect({ status: imported.status, code: imported.body.code }).toEqual({
      status: 400,
      code: 'TOO_MANY_ROWS',
    });
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    // Parsed whole, its 2.3 million records took gigabytes; streamed, parsing stops at the limit.
    expect(grewMb).toBeLessThan(400);
  });

  it('a file at the row limit still imports', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `限内场所${i},其他,530102,地址${i}`);
    const res = await upload(
      'workstations/import',
      Buffer.from(`名称,类型,行政区划代码,地址\n${rows.join('\n')}`),
      'ok.csv',
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ created: 2000, errors: [] });
  });
});
