import type { Browser, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { ensureWebBuilt, launchBrowser, newPage, screenshotDir } from '@test/browser';
import { liveSession } from '@test/factories/scheduling';
import { ADMIN_PASSWORD, SMS_CODE, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(120_000);

type Ack = { ok: boolean; [k: string]: unknown };
const emitAck = (s: Socket, event: string, payload: unknown) =>
  new Promise<Ack>((resolve) =>
    s
      .timeout(10_000)
      .emit(event, payload, (err: Error | null, res: Ack) => resolve(err ? { ok: false, err } : res)),
  );

async function until(cond: () => boolean, ms = 10_000): Promise<void> {
  for (const end = Date.now() + ms; !cond() && Date.now() < end;) await new Promise((r) => setTimeout(r, 50));
}

describe('web client: live room', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let sessionId: string;
  const sockets: Socket[] = [];
  const shots = screenshotDir();

  /** A resident's token pair straight from the API (the browser gets it as if it had logged in). */
  async function residentPair(phone: string, nickname: string) {
    await t.http().post('/api/v1/auth/sms').send({ phone }).expect(202);
    const res = await t
      .http()
      .post('/api/v1/auth/resident')
      .send({ phone, code: SMS_CODE, nickname })
      .expect(200);
    return res.body as { accessToken: string; refreshToken: string; user: unknown };
  }
  async function signIn(page: Page, pair: { accessToken: string; refreshToken: string; user: unknown }) {
    await page.goto('/');
    await page.evaluate((p) => {
      (
        globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
      ).localStorage.setItem('xs.auth', JSON.stringify(p));
    }, pair);
  }
  async function socketFor(token: string): Promise<Socket> {
    const s = io(`${base}/live`, { auth: { token }, transports: ['websocket'], reconnection: false });
    sockets.push(s);
    await new Promise<void>((resolve, reject) => {
      s.once('connect', () => resolve());
      s.once('connect_error', reject);
    });
    return s;
  }

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp();
    base = await t.listen();
    browser = await launchBrowser();
    const admin = await t.login('admin');
    sessionId = (
      await liveSession(t, admin, {
        title: '网上议事：老旧小区加装电梯',
        format: 'hybrid',
        streamUrl: 'https://live.example.cn/room/1.m3u8',
      })
    ).id;
  });
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await browser?.close();
    await t?.close();
  });

  it('shows what another participant says, and what the browser sends reaches the others', async () => {
    const { context, page, problems } = await newPage(browser, base);
    await signIn(page, await residentPair('13700001111', '电梯业主甲'));
    await page.goto(`/sessions/${sessionId}/live`);
    await page.locator('[data-test=connection]', { hasText: '已连接' }).waitFor();

    // Someone else in the room, over a plain socket.
    const other = await socketFor((await residentPair('13700002222', '楼下邻居乙')).accessToken);
    const otherJoin = await emitAck(other, 'room:join', { sessionId });
    expect(otherJoin.ok).toBe(true);
    const heardByOther: string[] = [];
    other.on('chat:batch', (b: { messages: { text: string }[] }) =>
      heardByOther.push(...b.messages.map((m) => m.text)),
    );

    const sent = await emitAck(other, 'chat:send', {
      sessionId,
      clientMsgId: 'b-1',
      text: '低楼层住户的补偿怎么算？',
    });
    expect(sent).toMatchObject({ ok: true, status: 'published' });
    const line = page.locator('[data-test=chat] .msg', { hasText: '低楼层住户的补偿怎么算？' });
    await line.waitFor();
    await expect(line.locator('.author').textContent()).resolves.toBe('楼下邻居乙');
    // Both are counted as online.
    await page.locator('[data-test=online]', { hasText: '在线 2 人' }).waitFor();

    await page.locator('[data-test=chat-input] input').fill('建议按楼层分摊，一楼免费');
    await page.getByRole('button', { name: '发送' }).click();
    await page.locator('[data-test=chat] .msg', { hasText: '建议按楼层分摊，一楼免费' }).waitFor();
    await until(() => heardByOther.includes('建议按楼层分摊，一楼免费'));
    expect(heardByOther).toContain('建议按楼层分摊，一楼免费');
    await expect(page.locator('[data-test=chat-input] input').inputValue()).resolves.toBe('');
    // The phone keyboard's send key (Enter) sends too.
    await page.locator('[data-test=chat-input] input').fill('一楼的补贴也请考虑');
    await page.locator('[data-test=chat-input] input').press('Enter');
    await page.locator('[data-test=chat] .msg', { hasText: '一楼的补贴也请考虑' }).waitFor();
    await expect(page.locator('[data-test=chat-input] input').inputValue()).resolves.toBe('');

    // The stream address is offered (played in place where the browser supports HLS).
    await expect(page.locator('[data-test=stream-link]').getAttribute('href')).resolves.toBe(
      'https://live.example.cn/room/1.m3u8',
    );
    await page.screenshot({ path: `${shots}/live.png`, fullPage: true });
    expect(problems.filter((p) => !p.startsWith('console: Failed to load resource'))).toEqual([]);
    await context.close();
  });

  it('a participant who joins later sees the earlier messages in order', async () => {
    const { context, page } = await newPage(browser, base, { mobile: true });
    await signIn(page, await residentPair('13700003333', '后来的丙'));
    await page.goto(`/sessions/${sessionId}/live`);
    const lines = page.locator('[data-test=chat] .msg');
    await lines.nth(2).waitFor();
    const seqs = await lines.evaluateAll((els) =>
      els.map((e) => Number((e as unknown as { dataset: { seq: string } }).dataset.seq)),
    );
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    await expect(lines.allTextContents()).resolves.toEqual([
      expect.stringContaining('低楼层住户的补偿怎么算？'),
      expect.stringContaining('建议按楼层分摊，一楼免费'),
      expect.stringContaining('一楼的补贴也请考虑'),
    ]);
    await context.close();
  });
  it('a moderator pins a notice and opens a poll; the resident votes and asks in the page', async () => {
    const { context, page } = await newPage(browser, base);
    await signIn(page, await residentPair('13700004444', '投票的丁'));
    await page.goto(`/sessions/${sessionId}/live`);
    await page.locator('[data-test=connection]', { hasText: '已连接' }).waitFor();

    const mod = await socketFor(await t.login('admin'));
    expect((await emitAck(mod, 'room:join', { sessionId })).ok).toBe(true);
    expect((await emitAck(mod, 'mod:pin', { sessionId, text: '请文明发言，围绕加装电梯议题' })).ok).toBe(
      true,
    );
    await page.locator('.pinned', { hasText: '请文明发言，围绕加装电梯议题' }).waitFor();

    const poll = await emitAck(mod, 'poll:open', {
      sessionId,
      question: '您支持按楼层分摊费用吗？',
      options: ['支持', '不支持', '再商量'],
    });
    expect(poll.ok).toBe(true);
    await page.getByRole('tab', { name: /投票/ }).click();
    const card = page.locator('.item', { hasText: '您支持按楼层分摊费用吗？' });
    await card.waitFor();
    await card.locator('[role=radio]', { hasText: /^支持/ }).click();
    await card.getByRole('button', { name: '投票' }).click();
    await card.getByText('共 1 票').waitFor();

    await page.getByRole('tab', { name: /提问/ }).click();
    await page.getByPlaceholder('向到场的部门和委员提问').fill('电梯维保费用由谁承担？');
    await page.getByPlaceholder('向到场的部门和委员提问').press('Enter');
    await page.locator('.item', { hasText: '电梯维保费用由谁承担？' }).waitFor();
    // A long question stops at the server's limit as it is typed, and is asked rather than refused after.
    const long = '加装电梯后一楼住户的采光和噪音问题如何补偿，'.repeat(20);
    await page.getByPlaceholder('向到场的部门和委员提问').fill(long);
    await page.getByRole('button', { name: '提问', exact: true }).click();
    const asked = page.locator('.item', { hasText: '加装电梯后一楼住户的采光和噪音问题如何补偿' });
    await asked.waitFor();
    await expect(asked.locator('.van-cell__title > span').textContent()).resolves.toBe(long.slice(0, 300));
    await expect(page.locator('.flash-error').allTextContents()).resolves.toEqual([]);
    await context.close();
  });
  it('after losing the connection the page rejoins with its last seq and shows what it missed', async () => {
    const { context, page } = await newPage(browser, base);
    await signIn(page, await residentPair('13700005555', '断线的戊'));
    await page.goto(`/sessions/${sessionId}/live`);
    await page.locator('[data-test=connection]', { hasText: '已连接' }).waitFor();
    const other = await socketFor((await residentPair('13700006666', '在线的己')).accessToken);
    expect((await emitAck(other, 'room:join', { sessionId })).ok).toBe(true);

    await context.setOffline(true);
    await page.locator('[data-test=connection]', { hasText: '连接中断，正在重连' }).waitFor();
    for (const [i, text] of ['断线期间的第一条', '断线期间的第二条'].entries())
      expect(await emitAck(other, 'chat:send', { sessionId, clientMsgId: `gap-${i}`, text })).toMatchObject({
        ok: true,
      });
    await expect(page.locator('[data-test=chat] .msg', { hasText: '断线期间' }).count()).resolves.toBe(0);

    await context.setOffline(false);
    await page.locator('[data-test=connection]', { hasText: '已连接' }).waitFor({ timeout: 20_000 });
    const missed = page.locator('[data-test=chat] .msg', { hasText: '断线期间' });
    await missed.nth(1).waitFor();
    await expect(missed.allTextContents()).resolves.toEqual([
      expect.stringContaining('断线期间的第一条'),
      expect.stringContaining('断线期间的第二条'),
    ]);
    // Nothing twice after the rejoin.
    const seqs = await page
      .locator('[data-test=chat] .msg')
      .evaluateAll((els) => els.map((e) => (e as unknown as { dataset: { seq: string } }).dataset.seq));
    expect(new Set(seqs).size).toBe(seqs.length);
    await context.close();
  });
  it('without a login, a guest with a nickname may watch a room that allows it, read-only', async () => {
    const admin = await t.login('admin');
    const open = await liveSession(t, admin, {
      title: '公开直播：社区养老服务站建设',
      allowAnonymousViewing: true,
    });
    const speaker = await socketFor((await residentPair('13700007777', '社区志愿者')).accessToken);
    expect((await emitAck(speaker, 'room:join', { sessionId: open.id })).ok).toBe(true);

    const { context, page } = await newPage(browser, base, { mobile: true });
    await page.goto(`/sessions/${open.id}/live`);
    await page.getByText('您以游客身份观看，登录后可发言').waitFor();
    await page.getByPlaceholder('游客昵称').fill('路过的居民');
    await page.getByRole('button', { name: '进入' }).click();
    await page.locator('[data-test=connection]', { hasText: '已连接' }).waitFor();
    expect(
      await emitAck(speaker, 'chat:send', {
        sessionId: open.id,
        clientMsgId: 'g-1',
        text: '助餐点能否延长到晚上？',
      }),
    ).toMatchObject({ ok: true });
    await page.locator('[data-test=chat] .msg', { hasText: '助餐点能否延长到晚上？' }).waitFor();
    // Read-only: no message box, no raising hands.
    await expect(page.locator('[data-test=chat-input]').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '举手申请发言' }).count()).resolves.toBe(0);
    await page.screenshot({ path: `${shots}/live-guest-mobile.png`, fullPage: true });
    await context.close();
  });
  it('a resident who reads in English is told in English, in Beijing time, when the moderator mutes them', async () => {
    const { context, page, problems } = await newPage(browser, base, { mobile: true });
    const pair = await residentPair('13700009999', 'Reader Xin');
    await signIn(page, pair);
    await page.evaluate(() =>
      (
        globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
      ).localStorage.setItem('xs.locale', 'en'),
    );
    await page.goto(`/sessions/${sessionId}/live`);
    await page.locator('[data-test=connection]', { hasText: 'Connected' }).waitFor();

    const mod = await socketFor(await t.login('admin'));
    expect((await emitAck(mod, 'room:join', { sessionId })).ok).toBe(true);
    const userId = (pair.user as { id: string }).id;
    const muted = await emitAck(mod, 'mod:mute', { sessionId, userId, minutes: 10 });
    expect(muted.ok).toBe(true);
    const beijing = new Date(new Date(muted.until as string).getTime() + 8 * 3600_000);
    const hhmm = beijing.toISOString().slice(11, 16);
    await page.getByText(`The moderator muted you until ${hhmm}`).waitFor();

    await page.locator('[data-test=chat-input] input').fill('Can I still speak?');
    await page.getByRole('button', { name: 'Send' }).click();
    const month = beijing.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
    await page
      .locator('.flash-error', { hasText: `You are muted until ${beijing.getUTCDate()} ${month}, ${hhmm}` })
      .waitFor();
    await page.screenshot({ path: `${shots}/live-muted-en.png`, fullPage: true });
    // Nothing in Chinese reached this reader from the mute.
    expect(await page.locator('.van-notice-bar, .flash-error').allTextContents()).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/禁言/)]),
    );
    expect(problems.filter((p) => !p.startsWith('console: Failed to load resource'))).toEqual([]);
    await context.close();
  });

  it('a raised hand reaches the moderation panel and the floor granted there reaches the resident', async () => {
    const resident = await newPage(browser, base, { mobile: true });
    await signIn(resident.page, await residentPair('13700008888', '想发言的庚'));
    await resident.page.goto(`/sessions/${sessionId}/live`);
    await resident.page.locator('[data-test=connection]', { hasText: '已连接' }).waitFor();

    const organiser = await newPage(browser, base);
    const adminPair = (
      await t
        .http()
        .post('/api/v1/auth/login')
        .send({ username: 'admin', password: ADMIN_PASSWORD })
        .expect(200)
    ).body as { accessToken: string; refreshToken: string; user: unknown };
    await signIn(organiser.page, adminPair);
    await organiser.page.goto(`/console/sessions/${sessionId}`);
    await organiser.page.getByRole('tab', { name: '直播管理' }).click();
    await organiser.page.locator('[data-test=moderation]').waitFor();

    await resident.page.getByRole('button', { name: '举手申请发言' }).click();
    await resident.page.getByText('已举手，请等待主持人安排').waitFor();
    const hand = organiser.page.locator('.item', { hasText: '想发言的庚' });
    await hand.getByRole('button', { name: '请其发言' }).click();
    await resident.page.getByText('主持人已请您发言').waitFor();
    await organiser.page.getByText('正在发言：想发言的庚').waitFor();
    // The floor's time counts down on the moderator's screen.
    await organiser.page.locator('[data-test=floor-countdown]', { hasText: /剩余 [0-3]:\d\d/ }).waitFor();

    // Likes add up for everyone in the room.
    const before = Number(
      (await organiser.page.locator('[data-test=presence]').textContent())?.match(/点赞 (\d+)/)?.[1],
    );
    await resident.page.getByRole('button', { name: /点赞/ }).click();
    await organiser.page.locator('[data-test=presence]', { hasText: `点赞 ${before + 1}` }).waitFor();
    await resident.context.close();
    await organiser.context.close();
  });
});
