import jsQR from 'jsqr';
import { signLink } from '../../libs/identity/src/downloads/signed-links';
import { createSession, publishSession } from '@test/factories/scheduling';
import { decodePng, register } from '@test/factories/registration';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(120_000);

const UUID0 = '00000000-0000-4000-8000-000000000000';

/** WeChat's browser opens downloads natively from a short-lived signed link instead of a `blob:` URL. */
describe('signed download links', () => {
  let t: TestApp;
  let org: string;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await t.login('admin');
    org = (await staff(t, admin, { username: 'dl_org', roles: ['organiser'], regionCode: '530102' })).token;
    alice = await t.residentToken('13900002001', '阿丽');
    bob = await t.residentToken('13900002002', '阿博');
  });
  afterAll(() => t.close());

  const sign = (token: string, path: string) =>
    t.http().post('/api/v1/downloads/links').set(bearer(token)).send({ path });
  /** Opens a URL the way a browser would: no Authorization header, the body as bytes. */
  const open = (url: string) =>
    t
      .http()
      .get(url)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
  const json = (body: unknown) => JSON.parse((body as Buffer).toString('utf8')) as { code: string };

  it('opens my ticket without a token, as a PNG whose QR code check-in accepts', async () => {
    const s = await publishSession(t, org);
    const reg = await register(t, alice, s.id, { name: '王阿丽' });
    expect(reg.status).toBe(201);
    const path = `/registrations/${reg.body.id}/ticket.png`;
    const link = await sign(alice, path).expect(200);
    expect(link.body.url).toMatch(
      /^\/api\/v1\/registrations\/[0-9a-f-]{36}\/ticket\.png\?sid=.+&exp=\d+&sig=.+$/,
    );
    const ttl = Date.parse(link.body.expiresAt) - Date.now();
    expect(ttl).toBeGreaterThan(60_000);
    expect(ttl).toBeLessThanOrEqual(300_000);

    const png = await open(link.body.url);
    expect(png.status).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    const img = decodePng(png.body as Buffer);
    const qr = jsQR(img.data, img.width, img.height)?.data ?? '';
    expect(qr).toContain(reg.body.ticket.code);
    const checkin = await t
      .http()
      .post(`/api/v1/sessions/${s.id}/checkins`)
      .set(bearer(org))
      .send({ qr })
      .expect(201);
    expect(checkin.body.registrationId).toBe(reg.body.id);
  });

  it('grants nothing beyond the signer’s own rights: Bob’s link to Alice’s ticket finds nothing', async () => {
    const s = await publishSession(t, org);
    const reg = await register(t, alice, s.id, { name: '王阿丽' });
    const link = await sign(bob, `/registrations/${reg.body.id}/ticket.png`).expect(200);
    const res = await open(link.body.url);
    expect(res.status).toBe(404);
  });

  it('refuses a changed path, a changed signature, an expired link and one whose login ended', async () => {
    const carol = await t.residentToken('13900002003', '阿卡');
    const s = await publishSession(t, org);
    const reg = await register(t, carol, s.id, { name: '李阿卡' });
    const other = await register(t, carol, (await publishSession(t, org)).id, { name: '李阿卡' });
    const path = `/registrations/${reg.body.id}/ticket.png`;
    const { url } = (await sign(carol, path).expect(200)).body as { url: string };
    const query = url.split('?')[1];

    const moved = await open(`/api/v1/registrations/${other.body.id}/ticket.png?${query}`);
    expect(moved.status).toBe(401);
    expect(json(moved.body).code).toBe('LINK_INVALID');

    const tampered = await open(url.replace(/sig=([^&]+)/, (_, s: string) => `sig=${s.slice(0, -2)}AA`));
    expect(tampered.status).toBe(401);
    expect(json(tampered.body).code).toBe('LINK_INVALID');

    // An expired link, signed with the deployment's secret: refused with its own code.
    const sid = new URLSearchParams(query).get('sid') ?? '';
    const stale = signLink(t.config.tokenSecret, { path, sid, exp: Math.floor(Date.now() / 1000) - 1 });
    const expired = await open(`/api/v1${path}?${stale}`);
    expect(expired.status).toBe(401);
    expect(json(expired.body).code).toBe('LINK_EXPIRED');

    // Signing out ends the links of that login.
    await t.http().post('/api/v1/auth/logout').set(bearer(carol)).expect(204);
    const after = await open(url);
    expect(after.status).toBe(401);
    expect(json(after.body).code).toBe('SESSION_REVOKED');
  });

  it('signs only downloads, and a link is no key to other routes', async () => {
    const bad = await sign(alice, '/me/registrations').expect(400);
    expect(bad.body.code).toBe('NOT_SIGNABLE');
    await sign(alice, `/registrations/${UUID0}/ticket.png/../../me`).expect(400);
    await t
      .http()
      .post('/api/v1/downloads/links')
      .send({ path: `/registrations/${UUID0}/ticket.png` })
      .expect(401);
    // A valid signature for /me still does not log anyone in there (the route takes no links).
    const { url } = (await sign(alice, `/registrations/${UUID0}/ticket.png`).expect(200)).body as {
      url: string;
    };
    const me = await t.http().get(`/api/v1/me?${url.split('?')[1]}`);
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('UNAUTHENTICATED');
  });

  it('opens a draft session’s material for its organiser from a link, not for a resident', async () => {
    const s = await createSession(t, org);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const up = await t
      .http()
      .post(`/api/v1/sessions/${s.id}/materials`)
      .set(bearer(org))
      .attach('file', pdf, '调研报告.pdf');
    expect(up.status).toBe(201);
    const path = `/sessions/${s.id}/materials/${up.body.id}/download`;
    const mine = await open((await sign(org, path).expect(200)).body.url);
    expect(mine.status).toBe(200);
    expect(mine.headers['content-disposition']).toContain(encodeURIComponent('调研报告.pdf'));
    expect((mine.body as Buffer).equals(pdf)).toBe(true);
    const theirs = await open((await sign(alice, path).expect(200)).body.url);
    expect(theirs.status).toBe(404);
  });
});
