import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { NotifierService } from '@xs/scheduling';
import { axeViolations, ensureWebBuilt, launchBrowser, screenshotDir } from '@test/browser';
import { act, inDays, outcomesWorld, OutcomesWorld, suggestion } from '@test/factories/outcomes';
import { createSession, sessionTransition } from '@test/factories/scheduling';
import { bearer, SMS_CODE, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(300_000);

/** What the page's functions below use of the browser (the tests compile without the DOM library). */
interface PageGlobals {
  navigator: { serviceWorker: { controller: unknown } };
  localStorage: { getItem(k: string): string | null };
  caches: { open(name: string): Promise<{ match(url: string): Promise<unknown> }> };
  performance: { getEntriesByType(type: string): { name: string }[] };
  location: { origin: string };
}

/**
 * Issue 14's journey on a phone (390×844, touch) in real Chromium against the real server:
 * propose → support → (organiser accepts and schedules) → register → ticket (QR decoded in the page,
 * accepted by check-in) → check-in → live chat with the network cut and restored → reply → rate.
 */
describe('resident journey on a phone: from a concern to a rating', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let w: OutcomesWorld;
  const shots = screenshotDir();
  const requests: string[] = [];
  const axe: Record<string, string[]> = {};

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp();
    base = await t.listen();
    browser = await launchBrowser();
    w = await outcomesWorld(t);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** A phone: 390×844 with touch, Beijing time, and nothing but our server reachable (every request kept). */
  async function phone(): Promise<{ page: Page; close: () => Promise<void>; problems: string[] }> {
    const problems: string[] = [];
    const ctx = await browser.newContext({
      baseURL: base,
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      deviceScaleFactor: 1,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    const origin = new URL(base).origin;
    await ctx.route(
      (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
      (route) => route.abort(),
    );
    const p = await ctx.newPage();
    p.on('request', (r) => requests.push(r.url()));
    p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    p.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    return { page: p, close: () => ctx.close(), problems };
  }

  async function login(page: Page, mobile: string, nickname: string, redirect: string): Promise<void> {
    await page.goto(`/login?redirect=${encodeURIComponent(redirect)}`);
    await page.locator('input[name=phone]').fill(mobile);
    await page.locator('[data-test=send-code]').tap();
    await page.getByText('验证码已发送').waitFor();
    await page.locator('input[name=code]').fill(SMS_CODE);
    await page.locator('input[name=nickname]').fill(nickname);
    await page.getByRole('button', { name: '登录', exact: true }).tap();
    await page.waitForURL((u) => u.pathname === redirect.split('?')[0]);
  }

  async function scan(page: Page, name: string): Promise<void> {
    axe[name] = await axeViolations(page);
  }

  async function pickDistrict(page: Page): Promise<void> {
    await page.locator('[data-test=district]').tap();
    const picker = page.locator('.van-picker');
    await picker.waitFor();
    await picker.locator('.van-picker-column__item', { hasText: '五华区' }).tap();
    await picker.locator('.van-picker-column__item--selected', { hasText: '五华区' }).waitFor();
    await picker.locator('.van-picker__confirm').tap();
    await expect(page.locator('[data-test=district]').textContent()).resolves.toContain('五华区');
  }

  /** The supporter's phone, kept across the journey (an SMS code may be asked for once a minute). */
  let b: Awaited<ReturnType<typeof phone>>;
  let topicId: string;
  let sessionId: string;
  let registrationId: string;
  let qrText: string;

  /** The proposer's phone, kept until the organiser's decision reaches its notifications. */
  let a: Awaited<ReturnType<typeof phone>>;

  /** The topic page shows the photo (thumbnail read with the login); axe finds nothing serious. */
  async function topicPageShowsPhoto(page: Page, name: string): Promise<void> {
    await page.locator('[data-test=topic-title]').waitFor();
    const img = page.locator('[data-test=topic-photos] img');
    await img.waitFor();
    expect(await img.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
    await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
  }

  it('a resident proposes a topic with a photo; another sees it as similar before submitting and supports it instead', async () => {
    a = await phone();
    await login(a.page, '13911110001', '翠湖老李', '/propose');
    await a.page.locator('[data-test=propose] textarea[name=description]').waitFor();
    await scan(a.page, 'propose');
    await a.page.locator('input[name=title]').fill('翠湖路口夜间停车难');
    await a.page.locator('textarea[name=description]').fill('晚上八点后路边车位全满，消防通道经常被占。');
    await pickDistrict(a.page);
    // A photo of the blocked fire lane, taken by the phone's camera (here: made by sharp).
    const photo = await sharp({
      create: { width: 1200, height: 900, channels: 3, background: { r: 90, g: 110, b: 140 } },
    })
      .jpeg()
      .toBuffer();
    await a.page
      .locator('[data-test=photos] input[type=file]')
      .setInputFiles({ name: '消防通道.jpg', mimeType: 'image/jpeg', buffer: photo });
    await a.page.locator('.van-uploader__preview').waitFor();
    await a.page.locator('.van-uploader__mask').waitFor({ state: 'detached' });
    await a.page.screenshot({ path: `${shots}/propose-photo.png`, fullPage: true });
    await a.page.locator('[data-test=submit-topic]').tap();
    await a.page.waitForURL((u) => u.pathname === '/me/topics');
    await a.page.locator('[data-test=topic-done]').waitFor();
    const mine = a.page.locator('[data-test=my-topics] .van-cell');
    await mine.first().waitFor();
    await expect(mine.first().textContent()).resolves.toContain('翠湖路口夜间停车难');
    await expect(mine.first().textContent()).resolves.toContain('待审核');
    await a.page.screenshot({ path: `${shots}/my-topics.png`, fullPage: true });
    await scan(a.page, 'my-topics');
    const list = await t.http().get('/api/v1/topics?mine=false&q=翠湖路口').set(bearer(w.organiser.token));
    topicId = (list.body.items as { id: string; title: string }[]).find(
      (x) => x.title === '翠湖路口夜间停车难',
    )!.id;
    await mine.first().tap();
    await topicPageShowsPhoto(a.page, 'topic-proposer');
    expect(a.problems).toEqual([]);

    b = await phone();
    await login(b.page, '13911110002', '翠湖小王', '/propose');
    await b.page.locator('input[name=title]').fill('翠湖路口停车难');
    await pickDistrict(b.page);
    const similar = b.page.locator('[data-test=similar]');
    await similar.waitFor();
    await expect(similar.textContent()).resolves.toContain('翠湖路口夜间停车难');
    await b.page.screenshot({ path: `${shots}/propose-similar.png`, fullPage: true });
    await b.page.locator(`[data-test=support-${topicId}]`).tap();
    await b.page.locator(`[data-test=support-${topicId}]`, { hasText: '已附议' }).waitFor();
    await expect(similar.textContent()).resolves.toContain('1 人附议');
    const topic = await t.http().get(`/api/v1/topics/${topicId}`).set(bearer(w.organiser.token)).expect(200);
    expect(topic.body.supportCount).toBe(1);
    expect(topic.body.photos).toHaveLength(1);

    // "Topics I supported" lists it; its page shows the photo and that I supported it.
    await b.page.goto('/me');
    await b.page.locator('[data-test=to-supported]').tap();
    const supported = b.page.locator('[data-test=supported-topics] .van-cell', {
      hasText: '翠湖路口夜间停车难',
    });
    await supported.waitFor();
    await scan(b.page, 'supported-topics');
    await b.page.screenshot({ path: `${shots}/supported-topics.png`, fullPage: true });
    await supported.tap();
    await topicPageShowsPhoto(b.page, 'topic-supporter');
    await b.page.locator('[data-test=topic-support]', { hasText: '已附议' }).waitFor();
    await scan(b.page, 'topic');
    expect(b.problems).toEqual([]);
  });

  it('the organiser accepts and schedules it; the supporter registers with consent and gets a ticket whose QR check-in accepts', async () => {
    await t
      .http()
      .post(`/api/v1/topics/${topicId}/review`)
      .set(bearer(w.organiser.token))
      .send({ decision: 'accept' })
      .expect(200);
    const s = await createSession(t, w.organiser.token, {
      title: '翠湖路口停车协商议事会',
      topicId,
      format: 'hybrid',
      capacity: 30,
    });
    sessionId = (await sessionTransition(t, w.organiser.token, s.id, 'publish')).id;

    // The proposer hears of it (and of a reminder): unread messages on "me"; opening one marks it read,
    // then the rest all at once.
    const proposer: { id: string }[] = await t.db.query(`SELECT id FROM users WHERE nickname = '翠湖老李'`);
    await t.app.get(NotifierService).notifyUsers([proposer[0].id], {
      kind: 'session.reminder',
      title: '会议提醒：翠湖路口停车协商议事会',
      body: '欢迎关注并报名参加',
      en: { title: 'Meeting reminder: Cuihu crossing parking', body: 'Follow it and sign up' },
      link: `/sessions/${sessionId}`,
    });
    await a.page.goto('/me');
    const badge = a.page.locator('[data-test=unread-count]');
    await badge.waitFor();
    const unread = Number((await badge.textContent())!.trim());
    expect(unread).toBeGreaterThanOrEqual(2);
    await scan(a.page, 'notifications');
    await a.page.screenshot({ path: `${shots}/notifications.png`, fullPage: true });
    const accepted = a.page.locator('[data-test^=notification-]', { hasText: '您提出的议题已采纳' });
    await accepted.tap();
    await a.page.waitForURL((u) => u.pathname === `/topics/${topicId}`);
    await a.page.locator('[data-test=topic-title]').waitFor();
    await a.page.goBack();
    await a.page.locator('[data-test=notifications]').waitFor();
    await a.page.locator('[data-test=unread-count]', { hasText: String(unread - 1) }).waitFor();
    await a.page.locator('[data-test=read-all]').tap();
    await badge.waitFor({ state: 'detached' });
    const left: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE u.nickname = '翠湖老李' AND n.read_at IS NULL`,
    );
    expect(left[0].n).toBe(0);
    expect(a.problems).toEqual([]);
    await a.close();

    await b.page.goto(`/sessions/${sessionId}`);
    await b.page.locator('[data-test=session-title]').waitFor();
    await scan(b.page, 'session');
    const form = b.page.locator('[data-test=register] form');
    await form.locator('input[name=name]').fill('王小明');
    await form.locator('input[name=community]').fill('翠湖社区');
    await expect(b.page.locator('[data-test=privacy]').textContent()).resolves.toMatch(/手机号/);
    await form.locator('[data-test=consent]').tap();
    await form.getByRole('button', { name: '提交报名' }).tap();
    const qr = b.page.locator('[data-test=ticket-qr]');
    await qr.waitFor();
    // The image comes from a short-lived signed link the browser opens itself (WeChat saves those).
    expect(await qr.getAttribute('src')).toMatch(
      /^\/api\/v1\/registrations\/[0-9a-f-]{36}\/ticket\.png\?sid=/,
    );
    expect(await b.page.locator('[data-test=ticket-save]').getAttribute('href')).toBe(
      await qr.getAttribute('src'),
    );
    registrationId = /registrations\/([0-9a-f-]{36})\//.exec((await qr.getAttribute('src'))!)![1];
    await b.page.waitForFunction(() => {
      const img = (
        globalThis as unknown as {
          document: { querySelector(s: string): { complete: boolean; naturalWidth: number } | null };
        }
      ).document.querySelector('[data-test=ticket-qr]');
      return !!img && img.complete && img.naturalWidth > 0;
    });
    await b.page.screenshot({ path: `${shots}/ticket.png`, fullPage: true });

    // Decode the QR inside the page with jsQR (a real decoder), from the image the phone shows.
    await b.page.evaluate(readFileSync(require.resolve('jsqr/dist/jsQR.js'), 'utf8'));
    qrText = await b.page.evaluate(() => {
      const g = globalThis as unknown as {
        document: { querySelector(s: string): unknown; createElement(s: string): unknown };
        jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
      };
      const img = g.document.querySelector('[data-test=ticket-qr]') as {
        naturalWidth: number;
        naturalHeight: number;
      };
      const c = g.document.createElement('canvas') as {
        width: number;
        height: number;
        getContext(k: '2d'): {
          drawImage(i: unknown, x: number, y: number): void;
          getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
        };
      };
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      return g.jsQR(ctx.getImageData(0, 0, c.width, c.height).data, c.width, c.height)?.data ?? '';
    });
    const code = (await b.page.locator('[data-test=ticket-code]').textContent())!.trim();
    expect(qrText).toContain(code);

    // Offline: the service worker keeps what this first visit loaded, so "my registrations" and the
    // ticket open again with the network cut (for the page and for the worker).
    await b.page.waitForFunction(
      () => !!(globalThis as unknown as PageGlobals).navigator.serviceWorker.controller,
    );
    await b.page.goto('/me/registrations');
    await b.page.locator(`[data-test=show-ticket-${registrationId}]`).tap();
    await b.page.locator('[data-test=ticket-qr]').waitFor();
    await b.page.waitForFunction(
      async (id) => {
        const w = globalThis as unknown as PageGlobals;
        if (!w.localStorage.getItem(`xs.ticket.${id}`)) return false;
        const shell = await w.caches.open('xs-shell-v1');
        const assets = w.performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((u) => u.startsWith(`${w.location.origin}/assets/`));
        return (await Promise.all(assets.map((u) => shell.match(u)))).every(Boolean);
      },
      registrationId,
      { polling: 200 },
    );
    const cdp = await b.page.context().newCDPSession(b.page);
    const network = async (offline: boolean) => {
      await b.page.context().setOffline(offline);
      await cdp.send('Network.emulateNetworkConditions', {
        offline,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    };
    await network(true);
    await b.page.reload();
    await b.page.locator(`[data-test=show-ticket-${registrationId}]`).tap();
    const offlineQr = b.page.locator('[data-test=ticket-qr]');
    await offlineQr.waitFor();
    await b.page.locator('[data-test=ticket-offline]').waitFor();
    expect(await offlineQr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await expect(b.page.locator('[data-test=ticket-code]').textContent()).resolves.toContain(code);
    // The network really is cut, for the worker too: what it never kept does not load.
    await expect(
      b.page.evaluate(() =>
        fetch(`/api/v1/public/client-config?probe=${Date.now()}`).then(
          (r) => `answered ${r.status}`,
          () => 'failed',
        ),
      ),
    ).resolves.toBe('failed');
    await b.page.screenshot({ path: `${shots}/ticket-offline.png`, fullPage: true });
    await network(false);

    // The desk scans it: check-in accepts exactly what the page's QR says.
    const checkin = await t
      .http()
      .post(`/api/v1/sessions/${sessionId}/checkins`)
      .set(bearer(w.organiser.token))
      .send({ qr: qrText })
      .expect(201);
    expect(checkin.body.registrationId).toBe(registrationId);
    expect(b.problems.filter((p) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(p))).toEqual(
      [],
    );
  });

  it('joins the live room, keeps chatting across a network cut, and rates the department reply', async () => {
    await sessionTransition(t, w.organiser.token, sessionId, 'start');
    await b.page.goto(`/sessions/${sessionId}/live`);
    await b.page.locator('[data-test=connection]', { hasText: '已连接' }).waitFor();
    await scan(b.page, 'live');
    await b.page.locator('[data-test=chat-input] input').fill('路口能不能划夜间临时车位？');
    await b.page.getByRole('button', { name: '发送' }).tap();
    await b.page.locator('[data-test=chat] .msg', { hasText: '夜间临时车位' }).waitFor();

    // The network drops (a phone switching from Wi-Fi to 4G) and comes back, through the DevTools protocol.
    const cdp = await b.page.context().newCDPSession(b.page);
    const net = (offline: boolean) =>
      cdp.send('Network.emulateNetworkConditions', {
        offline,
        latency: 0,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    await net(true);
    await b.page.locator('[data-test=connection]', { hasText: '连接中断，正在重连' }).waitFor();
    const other = await t.residentToken('13911110003', '隔壁老赵');
    const { io } = await import('socket.io-client');
    const s = io(`${base}/live`, { auth: { token: other }, transports: ['websocket'], reconnection: false });
    await new Promise<void>((r, j) => {
      s.once('connect', () => r());
      s.once('connect_error', j);
    });
    const ack = (ev: string, payload: unknown) =>
      new Promise<{ ok: boolean }>((r) => s.emit(ev, payload, (res: { ok: boolean }) => r(res)));
    expect((await ack('room:join', { sessionId })).ok).toBe(true);
    expect(
      (await ack('chat:send', { sessionId, clientMsgId: 'gap-1', text: '断网时说的：支持划线' })).ok,
    ).toBe(true);
    await net(false);
    await b.page.locator('[data-test=connection]', { hasText: '已连接' }).waitFor({ timeout: 30_000 });
    await b.page.locator('[data-test=chat] .msg', { hasText: '断网时说的：支持划线' }).waitFor();
    await expect(b.page.locator('[data-test=chat] .msg', { hasText: '夜间临时车位' }).count()).resolves.toBe(
      1,
    );
    s.disconnect();
    await b.page.screenshot({ path: `${shots}/live-after-reconnect.png`, fullPage: true });

    // After the session: a suggestion goes to a department, which replies (through the API).
    await sessionTransition(t, w.organiser.token, sessionId, 'end');
    const lead = w.departments[0];
    const sug = await suggestion(t, w.organiser.token, sessionId, [lead.id], '翠湖路口增设夜间临时停车位');
    await act(t, w.organiser.token, sug.id, 'assign', { departmentIds: [lead.id], dueAt: inDays(10) }).expect(
      200,
    );
    await act(t, lead.handler.token, sug.id, 'reply', {
      grade: 'A',
      content: '已在翠湖路口划设 30 个夜间临时停车位',
      adopted: true,
    }).expect(200);

    await b.page.goto('/me');
    await b.page.locator('[data-test=to-follow-up]').tap();
    const card = b.page.locator(`[data-test=follow-${sug.id}]`);
    await card.waitFor();
    await expect(card.locator('[data-test=reply]').textContent()).resolves.toContain('30 个夜间临时停车位');
    await scan(b.page, 'follow-up');
    await card.locator('[data-test=rating-basically_satisfied]').tap();
    await card.locator('textarea[name=comment]').fill('车位还不够，希望再加一些');
    await card.getByRole('button', { name: '提交评价' }).tap();
    await card.locator('[data-test=my-rating]', { hasText: '基本满意' }).waitFor();
    await b.page.screenshot({ path: `${shots}/rated.png`, fullPage: true });
    const detail = await t
      .http()
      .get(`/api/v1/suggestions/${sug.id}`)
      .set(bearer(w.organiser.token))
      .expect(200);
    expect(detail.body.ratings).toEqual({ satisfied: 0, basicallySatisfied: 1, unsatisfied: 0 });

    // The meeting is over: its registration says so, without a ticket to show or a cancel the server refuses.
    await b.page.goto('/me/registrations');
    await b.page.locator('[data-test=my-registrations] .reg-card', { hasText: '已签到' }).first().waitFor();
    await expect(b.page.locator(`[data-test=show-ticket-${registrationId}]`).count()).resolves.toBe(0);
    await expect(b.page.locator(`[data-test=cancel-${registrationId}]`).count()).resolves.toBe(0);

    // My account lists the rating; large text is remembered across a reload.
    await b.page.goto('/me');
    await b.page.locator('[data-test=my-ratings]', { hasText: '基本满意' }).waitFor();
    await scan(b.page, 'account');

    // Three more replies rated: the account shows the latest three under the inbox, and all on request.
    const own = await b.page.evaluate(
      () =>
        (
          JSON.parse(
            (
              globalThis as unknown as { localStorage: { getItem(k: string): string | null } }
            ).localStorage.getItem('xs.auth') ?? '{}',
          ) as { accessToken?: string }
        ).accessToken ?? '',
    );
    for (const text of ['路口增设减速带', '夜间加强巡逻', '公示停车收费标准']) {
      const more = await suggestion(t, w.organiser.token, sessionId, [lead.id], text);
      await act(t, w.organiser.token, more.id, 'assign', {
        departmentIds: [lead.id],
        dueAt: inDays(10),
      }).expect(200);
      await act(t, lead.handler.token, more.id, 'reply', {
        grade: 'B',
        content: `${text}：正在办理`,
        adopted: true,
      });
      await t
        .http()
        .post(`/api/v1/suggestions/${more.id}/ratings`)
        .set(bearer(own))
        .send({ rating: 'satisfied' })
        .expect(201);
    }
    await b.page.reload();
    const mine = b.page.locator('[data-test=my-ratings] .van-cell');
    await b.page.locator('[data-test=all-ratings]', { hasText: '查看全部 4 条评价' }).waitFor();
    await expect(mine.count()).resolves.toBe(3);
    await expect(mine.first().textContent()).resolves.toContain('公示停车收费标准');
    const above = await b.page.evaluate(() => {
      const d = (
        globalThis as unknown as {
          document: { querySelector(s: string): { getBoundingClientRect(): { top: number } } };
        }
      ).document;
      return (
        d.querySelector('[data-test=notifications], .h5-heading').getBoundingClientRect().top <
        d.querySelector('[data-test=my-ratings]').getBoundingClientRect().top
      );
    });
    expect(above).toBe(true);
    await b.page.screenshot({ path: `${shots}/account-ratings.png`, fullPage: true });
    await b.page.locator('[data-test=all-ratings]').tap();
    await b.page
      .locator('[data-test=my-ratings] .van-cell', { hasText: '翠湖路口增设夜间临时停车位' })
      .waitFor();
    await expect(mine.count()).resolves.toBe(4);
    await b.page.locator('[data-test=large-text]').tap();
    await b.page.reload();
    await b.page.locator('[data-test=account]').waitFor();
    await expect(
      b.page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { className: string } } }).document
            .documentElement.className,
      ),
    ).resolves.toContain('large-text');
    await b.page.screenshot({ path: `${shots}/account-large-text.png`, fullPage: true });
    expect(b.problems.filter((p) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(p))).toEqual(
      [],
    );
    await b.close();
  });

  it('a resident erases their account from 我的: a code to their phone, one confirmation, then signed out for good', async () => {
    const e = await phone();
    const mobile = '13700009901';
    await login(e.page, mobile, '要注销的居民', '/me');
    await e.page.locator('[data-test=erase-start]').tap();
    const section = e.page.locator('[data-test=erase]');
    await section.getByText('统计数字不受影响').waitFor();
    // The code is for the account's own phone; the dialog is the last chance to step back.
    await section.locator('[data-test=erase-send-code]').tap();
    await section.getByText('验证码已发送').waitFor();
    await section.locator('[data-test=erase-code] input').fill('000000');
    await section.locator('[data-test=erase-submit]').tap();
    await e.page.locator('.van-dialog').getByText('此操作无法撤销').waitFor();
    await e.page.locator('.van-dialog__confirm').tap();
    await section.locator('[data-test=erase-error]', { hasText: '验证码错误' }).waitFor();
    await section.locator('[data-test=erase-code] input').fill(SMS_CODE);
    await e.page.screenshot({ path: `${shots}/erase-account.png`, fullPage: true });
    await scan(e.page, 'erase-account');
    await section.locator('[data-test=erase-submit]').tap();
    await e.page.locator('.van-dialog__confirm').tap();
    await e.page.getByText('账号已注销').waitFor();
    await e.page.waitForURL((u) => u.pathname === '/');
    await e.page.screenshot({ path: `${shots}/erased.png`, fullPage: true });
    const [row] = await t.db.query(
      `SELECT display_name, phone_bidx, erased_at FROM users WHERE erased_at IS NOT NULL ORDER BY erased_at DESC LIMIT 1`,
    );
    expect(row).toMatchObject({ display_name: '已注销用户', phone_bidx: null });
    await e.page.goto('/me');
    await e.page.locator('[data-test=account]').getByText('登录后查看').waitFor();
    expect(e.problems.filter((p) => !/Failed to load resource/.test(p))).toEqual([]);
    await e.close();
  });

  it('the home page, the map and a workstation page pass the accessibility scan; nothing leaves our server', async () => {
    const ws = (await t.http().get(`/api/v1/sessions/${sessionId}`).set(bearer(w.organiser.token))).body
      .workstationId as string;
    const p = await phone();
    await p.page.goto('/');
    await p.page.locator('[data-test=sessions], .state-empty').first().waitFor();
    await scan(p.page, 'home');
    // 晒一晒: the session's outcome is published; its charts (ECharts, loaded with this page only) count the
    // replied, adopted suggestion and the rating.
    await t
      .http()
      .put(`/api/v1/sessions/${sessionId}/outcome`)
      .set(bearer(w.organiser.token))
      .send({ summary: '各方同意在翠湖路口试行夜间临时停车。', consensus: ['划设夜间临时车位'] })
      .expect(200);
    await t
      .http()
      .post(`/api/v1/sessions/${sessionId}/outcome/publish`)
      .set(bearer(w.organiser.token))
      .expect((r) => expect([200, 201]).toContain(r.status));
    await p.page.goto('/outcomes');
    await p.page.locator('[data-test=outcomes-charts] canvas').first().waitFor();
    // The four replies of the journey: one rated 基本满意, three 满意.
    await expect(p.page.locator('[data-test=chart-handling]').getAttribute('aria-label')).resolves.toContain(
      '已答复 4 条',
    );
    const ratingsLabel = await p.page.locator('[data-test=chart-ratings]').getAttribute('aria-label');
    expect(ratingsLabel).toContain('基本满意 1');
    expect(ratingsLabel).toMatch(/(^|[^本])满意 3/);
    await p.page.screenshot({ path: `${shots}/outcomes.png`, fullPage: true });
    await scan(p.page, 'outcomes');
    await p.page.goto('/map');
    await p.page.locator('[data-test=map].leaflet-container').waitFor();
    await scan(p.page, 'map');
    await p.page.goto(`/workstations/${ws}`);
    await p.page.locator('[data-test=ws-name]').waitFor();
    // 往期协商: what came of the meetings held here, each leading to its page with the outcome.
    const title = (await t.http().get(`/api/v1/public/sessions/${sessionId}`).expect(200)).body
      .title as string;
    const pastEntry = p.page.locator('[data-test=ws-past] .van-cell', { hasText: title });
    await pastEntry.waitFor();
    await expect(pastEntry.innerText()).resolves.toMatch(/\d+ 条建议/);
    await p.page.screenshot({ path: `${shots}/workstation.png`, fullPage: true });
    await scan(p.page, 'workstation');
    await pastEntry.click();
    await p.page.waitForURL(new RegExp(`/sessions/${sessionId}$`));
    await p.page.getByText('各方同意在翠湖路口试行夜间临时停车。').first().waitFor();
    await p.close();

    expect(axe).toEqual(Object.fromEntries(Object.keys(axe).map((k) => [k, []])));
    const origin = new URL(base).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
  });
});
