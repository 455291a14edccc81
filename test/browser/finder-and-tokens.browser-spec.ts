import type { Browser, Page } from 'playwright-core';
import { ensureWebBuilt, launchBrowser, newPage } from '@test/browser';
import { createTestWorkstation } from '@test/factories/scheduling';
import { SMS_CODE, startTestApp, TestApp } from '@test/test-app';
import { signAccessToken } from '../../libs/identity/src/auth/tokens';

jest.setTimeout(120_000);

type Stored = { accessToken: string; refreshToken: string; user: unknown };
const storage = (page: Page) =>
  page.evaluate(() =>
    (globalThis as unknown as { localStorage: { getItem(k: string): string | null } }).localStorage.getItem(
      'xs.auth',
    ),
  );

describe('web client: workstation finder and token refresh', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp();
    base = await t.listen();
    browser = await launchBrowser();
    const admin = await t.login('admin');
    // Two places a few kilometres apart; the finder is asked from right beside the first.
    await createTestWorkstation(t, admin, { name: '华山街道协商议事室' });
    await createTestWorkstation(t, admin, { name: '大观街道委员工作站' });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('finds a place typed in traditional characters and sorts by distance from the browser location', async () => {
    const { context, page } = await newPage(browser, base, { mobile: true });
    await context.grantPermissions(['geolocation'], { origin: base });
    await page.goto('/');
    const cards = page.locator('[data-test=workstations] article');
    await cards.nth(1).waitFor();

    await page.locator('[data-test=ws-q]').fill('華山街道');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.locator('[data-test=workstations] article', { hasText: '华山街道协商议事室' }).waitFor();
    await expect(cards.count()).resolves.toBe(1);

    await page.locator('[data-test=ws-q]').fill('');
    const created = await t.http().get('/api/v1/public/workstations').query({ q: '大观街道' }).expect(200);
    const far = created.body.items[0] as {
      locationWgs84?: { lat: number; lng: number };
      location: { lat: number; lng: number };
    };
    const at = far.locationWgs84 ?? far.location;
    await context.setGeolocation({ latitude: at.lat, longitude: at.lng });
    await page.getByRole('button', { name: '按距离排序' }).click();
    await page.locator('[data-test=workstations] article', { hasText: '公里' }).first().waitFor();
    const texts = await cards.allTextContents();
    expect(texts[0]).toContain('大观街道委员工作站');
    expect(texts[0]).toMatch(/0\.\d 公里/);
    expect(texts[1]).toContain('华山街道协商议事室');
    await context.close();
  });

  it('an expired access token is refreshed once and the page still loads', async () => {
    const phone = '13500007777';
    await t.http().post('/api/v1/auth/sms').send({ phone }).expect(202);
    const pair = (await t.http().post('/api/v1/auth/resident').send({ phone, code: SMS_CODE }).expect(200))
      .body as Stored;
    const claims = JSON.parse(Buffer.from(pair.accessToken.split('.')[1], 'base64url').toString());
    const now = Math.floor(Date.now() / 1000);
    const expired = signAccessToken(t.config.tokenSecret, { ...claims, iat: now - 3600, exp: now - 60 });
    await t.http().get('/api/v1/me').set('Authorization', `Bearer ${expired}`).expect(401);

    const { context, page } = await newPage(browser, base);
    await page.goto('/');
    await page.evaluate(
      (p) =>
        (
          globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
        ).localStorage.setItem('xs.auth', JSON.stringify(p)),
      { ...pair, accessToken: expired },
    );
    await page.goto('/me/registrations');
    await page.getByText('您还没有报名任何会议').waitFor();
    const after = JSON.parse((await storage(page)) ?? '{}') as Stored;
    expect(after.accessToken).not.toBe(expired);
    await t.http().get('/api/v1/me').set('Authorization', `Bearer ${after.accessToken}`).expect(200);

    // A token that cannot be refreshed signs the user out instead of failing forever.
    await page.evaluate(
      (p) =>
        (
          globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
        ).localStorage.setItem('xs.auth', JSON.stringify(p)),
      { ...after, accessToken: expired, refreshToken: 'not-a-refresh-token' },
    );
    await page.goto('/me/registrations');
    await page.locator('[data-test=nav-login]').waitFor();
    expect(await storage(page)).toBeNull();
    await context.close();
  });
});
