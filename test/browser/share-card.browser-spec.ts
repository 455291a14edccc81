import jsQR from 'jsqr';
import { ensureWebBuilt } from '@test/browser';
import { createSession, publishSession } from '@test/factories/scheduling';
import { decodePng } from '@test/factories/registration';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(120_000);

/** WeChat reads a shared link's card from the HTML the server sends, before any script runs. */
describe('share card of a session page (Open Graph, served by the server)', () => {
  let t: TestApp;
  let org: string;

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp();
    const admin = await t.login('admin');
    org = (await staff(t, admin, { username: 'og_org', roles: ['organiser'], regionCode: '530102' })).token;
  });
  afterAll(() => t?.close());

  const meta = (html: string, property: string) =>
    new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];

  it('gives a published session its title, time and place, and a QR image of its page', async () => {
    const s = await publishSession(t, org, { title: '翠湖片区"停车难"<协商>议事会' });
    const res = await t.http().get(`/sessions/${s.id}`).set('Host', 'xs.example.cn').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    const html = res.text;
    expect(meta(html, 'og:title')).toBe('翠湖片区&quot;停车难&quot;&lt;协商&gt;议事会');
    expect(html).toContain('<title>翠湖片区&quot;停车难&quot;&lt;协商&gt;议事会 · 协商在基层</title>');
    expect(meta(html, 'og:description')).toMatch(/\d+月\d+日.*\d{2}:\d{2}/);
    expect(meta(html, 'og:url')).toBe(`http://xs.example.cn/sessions/${s.id}`);
    expect(meta(html, 'og:image')).toBe(`http://xs.example.cn/sessions/${s.id}/share.png`);
    // Still the resident site's page: the app boots from it.
    expect(html).toContain('<div id="app"></div>');

    const png = await t
      .http()
      .get(`/sessions/${s.id}/share.png`)
      .set('Host', 'xs.example.cn')
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(png.headers['content-type']).toBe('image/png');
    const img = decodePng(png.body as Buffer);
    expect(jsQR(img.data, img.width, img.height)?.data).toBe(`http://xs.example.cn/sessions/${s.id}`);
  });

  it('answers the rush on a shared link from the cache: ETag, 304 when unchanged, an edited title on the next read', async () => {
    const s = await publishSession(t, org, { title: '直播协商：菜市场搬迁' });
    const page = () => t.http().get(`/sessions/${s.id}`).set('Host', 'xs.example.cn');
    const first = await page().expect(200);
    expect(first.headers['x-cache']).toBe('miss');
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await page().expect(200);
    expect(again.headers['x-cache']).toBe('hit');
    expect(again.text).toBe(first.text);
    await page().set('If-None-Match', first.headers.etag).expect(304);
    await t
      .http()
      .patch(`/api/v1/sessions/${s.id}`)
      .set(bearer(org))
      .send({ title: '直播协商：菜市场搬迁（第二场）' })
      .expect(200);
    const changed = await page().set('If-None-Match', first.headers.etag).expect(200);
    expect(meta(changed.text, 'og:title')).toBe('直播协商：菜市场搬迁（第二场）');
  });

  it('shares nothing of a draft: the plain page, and no image', async () => {
    const s = await createSession(t, org, { title: '内部草稿议事会' });
    const res = await t.http().get(`/sessions/${s.id}`).expect(200);
    expect(meta(res.text, 'og:title')).toBeUndefined();
    expect(res.text).not.toContain('内部草稿议事会');
    await t.http().get(`/sessions/${s.id}/share.png`).expect(404);
  });
});
