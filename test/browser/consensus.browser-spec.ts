import type { Browser, Page } from 'playwright-core';
import { ConsensusEngine } from '@xs/live';
import { axeViolations, ensureWebBuilt, launchBrowser, newPage, screenshotDir } from '@test/browser';
import { livePhone, LOOPBACK_PROXY } from '@test/factories/live';
import { liveSession, sessionTransition } from '@test/factories/scheduling';
import { bearer, SMS_CODE, staff, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(180_000);

/** Two opinion camps and one statement everybody shares. */
const SHARED = '小区应增设错时共享停车位';
const CAMP_A = ['广场舞应限定在晚上八点前', '楼下应加装电动车充电桩'];
const CAMP_B = ['物业费应按房屋面积分摊'];
const voteOf = (camp: 'a' | 'b', text: string) =>
  text === SHARED ? 'agree' : CAMP_A.includes(text) === (camp === 'a') ? 'agree' : 'disagree';

describe('web client: consensus finder in the live room', () => {
  let t: TestApp;
  let base: string;
  let browser: Browser;
  let sessionId: string;
  let organiser: string;
  let admin: string;
  const ids = new Map<string, string>();
  const shots = screenshotDir();
  let ipCounter = 0;

  /** A resident's token pair straight from the API, each from its own address (the SMS limit is per IP). */
  async function residentPair(nickname: string) {
    const ip = `10.77.${process.pid & 255}.${++ipCounter}`;
    const phone = livePhone();
    await t.http().post('/api/v1/auth/sms').set('X-Forwarded-For', ip).send({ phone }).expect(202);
    const res = await t
      .http()
      .post('/api/v1/auth/resident')
      .set('X-Forwarded-For', ip)
      .send({ phone, code: SMS_CODE, nickname })
      .expect(200);
    return res.body as { accessToken: string; refreshToken: string; user: unknown };
  }
  async function signIn(page: Page, pair: object): Promise<void> {
    await page.goto('/');
    await page.evaluate((p) => {
      (
        globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
      ).localStorage.setItem('xs.auth', JSON.stringify(p));
    }, pair);
  }
  /** Votes through the resident's card, statement by statement as the server offers them. */
  async function voteAll(page: Page, camp: 'a' | 'b'): Promise<string[]> {
    const seen: string[] = [];
    const card = page.locator('[data-test=consensus-card]');
    for (let i = 0; i < ids.size; i++) {
      const text = (await card.locator('[data-test=cf-statement]').textContent())!.trim();
      seen.push(text);
      const label = { agree: '同意', disagree: '不同意' }[voteOf(camp, text)];
      await card.getByRole('button', { name: label, exact: true }).click();
      if (i < ids.size - 1) await card.locator('[data-test=cf-statement]', { hasNotText: text }).waitFor();
    }
    await card.locator('[data-test=cf-done]').waitFor();
    return seen;
  }

  beforeAll(async () => {
    ensureWebBuilt();
    t = await startTestApp({ TRUSTED_PROXIES: LOOPBACK_PROXY });
    base = await t.listen();
    browser = await launchBrowser();
    const engine = t.app.get(ConsensusEngine);
    engine.intervalMs = 300;
    engine.start();
    admin = await t.login('admin');
    organiser = (await staff(t, admin, { username: 'cf_org', roles: ['organiser'], regionCode: '530102' }))
      .token;
    sessionId = (await liveSession(t, admin, { title: '共享停车协商会' })).id;
    for (const text of [SHARED, ...CAMP_A, ...CAMP_B]) {
      const res = await t
        .http()
        .post(`/api/v1/sessions/${sessionId}/statements`)
        .set(bearer(organiser))
        .send({ text })
        .expect(201);
      ids.set(text, res.body.id as string);
    }
    // Four neighbours already voted (two per camp), over REST.
    for (const camp of ['a', 'a', 'b', 'b'] as const) {
      const { accessToken } = await residentPair(`邻居${camp}${ipCounter}`);
      for (const [text, id] of ids)
        await t
          .http()
          .post(`/api/v1/statements/${id}/votes`)
          .set(bearer(accessToken))
          .send({ vote: voteOf(camp, text) })
          .expect(200);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('two residents vote in their live room; the moderator sees the map and the lists follow, then adopts the consensus', async () => {
    const mod = await newPage(browser, base);
    await mod.page.goto('/console/login');
    await mod.page.locator('input[name=username]').fill('cf_org');
    await mod.page.locator('input[name=password]').fill('Staff-Pass-2026');
    await mod.page.getByRole('button', { name: '登录' }).click();
    await mod.page.locator('[data-test=console]').waitFor();
    await mod.page.goto(`/console/sessions/${sessionId}?tab=moderation`);
    const panel = mod.page.locator('[data-test=consensus-panel]');
    const map = panel.locator('[data-test=opinion-map]');
    // The four earlier voters, in two groups of two, drawn on the canvas.
    await panel.locator('[data-test=opinion-map][data-points="4"][data-groups="2"]').waitFor();
    await map.locator('canvas').waitFor();
    await panel.locator('[data-test=cf-group]', { hasText: '第 1 组 · 2 人' }).waitFor();
    await panel.locator('[data-test=cf-consensus] .item', { hasText: SHARED }).waitFor();
    await mod.page.screenshot({ path: `${shots}/consensus-moderator-before.png`, fullPage: true });

    // Two residents in their own browsers, one of each camp.
    const a = await newPage(browser, base, { mobile: true });
    const b = await newPage(browser, base, { mobile: true });
    for (const [r, name] of [
      [a, '业主甲'],
      [b, '业主乙'],
    ] as const) {
      await signIn(r.page, await residentPair(name));
      await r.page.goto(`/sessions/${sessionId}/live`);
      await r.page.locator('[data-test=connection]', { hasText: '已连接' }).waitFor();
      await r.page.locator('[data-test=cf-statement]').waitFor();
      await expect(r.page.locator('[data-test=cf-me]').textContent()).resolves.toContain(
        '再表态几条，即可看到您与谁看法相近',
      );
    }

    // Each statement is offered once; the first resident's votes put a fifth point on the map.
    const offered = await voteAll(a.page, 'a');
    expect([...offered].sort()).toEqual([...ids.keys()].sort());
    await panel.locator('[data-test=opinion-map][data-points="5"]').waitFor();
    await panel.locator('[data-test=cf-group]', { hasText: '3 人' }).waitFor();
    await voteAll(b.page, 'b');
    await panel.locator('[data-test=opinion-map][data-points="6"][data-groups="2"]').waitFor();
    await expect(panel.locator('[data-test=cf-group]').allTextContents()).resolves.toEqual([
      expect.stringContaining('3 人'),
      expect.stringContaining('3 人'),
    ]);
    await panel.locator('[data-test=cf-figures]', { hasText: '表态 6 人 · 上图 6 人' }).waitFor();
    // The shared statement is the consensus, the camp statements are divisive; counts beside each statement.
    const consensus = panel.locator('[data-test=cf-consensus] .item');
    await expect(consensus.first().textContent()).resolves.toContain(SHARED);
    await expect(consensus.first().textContent()).resolves.toContain('100%');
    await panel.locator('[data-test=cf-divisive] .item', { hasText: CAMP_B[0] }).waitFor();
    await panel
      .locator('[data-test=cf-statements] li', { hasText: SHARED })
      .filter({ hasText: '同意 6 · 不同意 0 · 跳过 0' })
      .waitFor();

    // Each resident sees where they stand (their group, with its size), and the consensus list.
    for (const r of [a, b]) {
      await r.page.locator('[data-test=cf-me]', { hasText: '的 3 人看法相近' }).waitFor();
      await r.page
        .locator('[data-test=consensus-card] [data-test=cf-consensus] li', { hasText: SHARED })
        .waitFor();
    }
    const groupA = (await a.page.locator('[data-test=cf-me]').textContent())!;
    const groupB = (await b.page.locator('[data-test=cf-me]').textContent())!;
    expect(groupA.match(/第 (\d) 组/)?.[1]).not.toBe(groupB.match(/第 (\d) 组/)?.[1]);
    await a.page.screenshot({ path: `${shots}/consensus-resident-a.png`, fullPage: true });
    await b.page.screenshot({ path: `${shots}/consensus-resident-b.png`, fullPage: true });
    await mod.page.screenshot({ path: `${shots}/consensus-moderator-after.png`, fullPage: true });

    expect(await axeViolations(mod.page)).toEqual([]);
    // The resident's live page is the resident lane's; the card is ours.
    expect(await axeViolations(a.page, '[data-test=consensus-card]')).toEqual([]);

    // Adopted into the outcome's consensus points once the meeting has ended (before, the console says why not).
    await consensus.first().locator('label').click();
    await panel.locator('[data-test=cf-adopt]').click();
    await panel.locator('.el-alert', { hasText: '会议结束后才能填写或发布成果' }).waitFor();
    await sessionTransition(t, admin, sessionId, 'end');
    await panel.locator('[data-test=cf-adopt]').click();
    await mod.page.locator('.el-message', { hasText: '已纳入成果' }).waitFor();
    const outcome = await t.http().get(`/api/v1/sessions/${sessionId}/outcome`).set(bearer(organiser));
    expect(JSON.stringify(outcome.body.consensus)).toContain(SHARED);

    for (const r of [mod, a, b]) {
      expect(r.problems.filter((p) => !p.startsWith('console: Failed to load resource'))).toEqual([]);
      await r.context.close();
    }
  });

  it('a guest votes from the live page where the session lets guests vote, and is asked to sign in where it does not', async () => {
    const text = '社区应开设四点半课堂';
    const rooms = {
      open: await liveSession(t, admin, {
        title: '游客可表态的协商会',
        allowAnonymousViewing: true,
        allowGuestVoting: true,
      }),
      closed: await liveSession(t, admin, { title: '游客只能观看的协商会', allowAnonymousViewing: true }),
    };
    for (const s of Object.values(rooms))
      await t
        .http()
        .post(`/api/v1/sessions/${s.id}/statements`)
        .set(bearer(organiser))
        .send({ text })
        .expect(201);
    const g = await newPage(browser, base, { mobile: true });
    const enter = async (sessionId: string) => {
      await g.page.goto(`/sessions/${sessionId}/live`);
      await g.page.getByPlaceholder('游客昵称').fill('路过的街坊');
      await g.page.getByRole('button', { name: '进入' }).click();
      await g.page.locator('[data-test=connection]', { hasText: '已连接' }).waitFor();
    };
    const card = g.page.locator('[data-test=consensus-card]');

    await enter(rooms.closed.id);
    await card.getByText('登录后即可表态').waitFor();
    await expect(card.locator('[data-test=cf-vote]').count()).resolves.toBe(0);

    await enter(rooms.open.id);
    await card.locator('[data-test=cf-statement]', { hasText: text }).waitFor();
    await expect(card.getByText('登录后即可表态').count()).resolves.toBe(0);
    // Guests vote but do not write statements.
    await expect(card.locator('form').count()).resolves.toBe(0);
    await card.getByRole('button', { name: '同意', exact: true }).click();
    await card.locator('[data-test=cf-done]').waitFor();
    await g.page.screenshot({ path: `${shots}/consensus-guest.png`, fullPage: true });
    const list = await t.http().get(`/api/v1/sessions/${rooms.open.id}/statements`).set(bearer(organiser));
    expect(list.body.items[0].votes).toEqual({ agree: 1, disagree: 0, pass: 0 });
    expect(await axeViolations(g.page, '[data-test=consensus-card]')).toEqual([]);
    expect(g.problems.filter((p) => !p.startsWith('console: Failed to load resource'))).toEqual([]);
    await g.context.close();
  });

  it('a room with no statements yet says so (not "all answered"), and offers the first one when it comes', async () => {
    const empty = (await liveSession(t, admin, { title: '尚无观点的协商会' })).id;
    const r = await newPage(browser, base, { mobile: true });
    await signIn(r.page, await residentPair('业主丙'));
    await r.page.goto(`/sessions/${empty}/live`);
    await r.page.locator('[data-test=connection]', { hasText: '已连接' }).waitFor();
    const card = r.page.locator('[data-test=consensus-card]');
    await card.locator('[data-test=cf-empty]', { hasText: '还没有观点' }).waitFor();
    await expect(card.locator('[data-test=cf-done]').count()).resolves.toBe(0);

    await t
      .http()
      .post(`/api/v1/sessions/${empty}/statements`)
      .set(bearer(organiser))
      .send({ text: '夜间限时停车' })
      .expect(201);
    await card.locator('[data-test=cf-statement]', { hasText: '夜间限时停车' }).waitFor();
    await card.getByRole('button', { name: '同意', exact: true }).click();
    await card.locator('[data-test=cf-done]', { hasText: '您已对全部观点表态' }).waitFor();
    await expect(card.locator('[data-test=cf-empty]').count()).resolves.toBe(0);
    await r.context.close();
  });
});
