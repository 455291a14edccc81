import zlib from 'node:zlib';
import { bearer, staff, TestApp } from '../test-app';
import { createDepartment } from './directory';
import { createSession, endedSession, liveSession } from './scheduling';

/** Factories and file readers for outcomes and exports tests. */

let n = 0;
const uniq = () => `${Date.now().toString(36)}${process.pid.toString(36)}${++n}`;

export interface OutcomesWorld {
  admin: string;
  organiser: { id: string; token: string };
  viewer: { id: string; token: string };
  /** Lead, co-handling and an unrelated department, each with one handler. */
  departments: { id: string; name: string; handler: { id: string; token: string } }[];
}

/** An organiser, a staff viewer and three departments with a handler each, in one region. */
export async function outcomesWorld(t: TestApp, regionCode = '530102'): Promise<OutcomesWorld> {
  const admin = await t.login('admin');
  const organiser = await staff(t, admin, { username: `oc_org_${uniq()}`, roles: ['organiser'], regionCode });
  const viewer = await staff(t, admin, {
    username: `oc_view_${uniq()}`,
    roles: ['staff_viewer'],
    regionCode,
  });
  const departments: OutcomesWorld['departments'] = [];
  for (const label of ['住建局', '交通运输局', '教育体育局']) {
    const d = await createDepartment(t, admin, { name: `${label}${uniq()}`, regionCode });
    const handler = await staff(t, admin, {
      username: `oc_h_${uniq()}`,
      roles: ['department_handler'],
      regionCode,
      departmentId: d.id as string,
    });
    departments.push({ id: d.id as string, name: d.name as string, handler });
  }
  return { admin, organiser, viewer, departments };
}

/** An ended session of the organiser (optionally in the past, entered afterwards). */
export function heldSession(t: TestApp, token: string, overrides: Parameters<typeof endedSession>[2] = {}) {
  return endedSession(t, token, overrides);
}

export async function suggestion(
  t: TestApp,
  token: string,
  sessionId: string,
  departmentIds: string[],
  content = `建议增设停车位${uniq()}`,
) {
  const res = await t
    .http()
    .post('/api/v1/suggestions')
    .set(bearer(token))
    .send({ sessionId, content, departmentIds });
  if (res.status !== 201) throw new Error(`create suggestion: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; status: string };
}

/** Writes a session's outcome record and publishes it, as its organiser does after the meeting. */
export async function publishOutcome(
  t: TestApp,
  token: string,
  sessionId: string,
  record: { summary: string; consensus: string[] } = { summary: '纪要', consensus: [] },
): Promise<void> {
  for (const [method, path, body] of [
    ['put', `/api/v1/sessions/${sessionId}/outcome`, record],
    ['post', `/api/v1/sessions/${sessionId}/outcome/publish`, {}],
  ] as const) {
    const res = await t.http()[method](path).set(bearer(token)).send(body);
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

export function act(t: TestApp, token: string, id: string, action: string, body: object = {}) {
  return t.http().post(`/api/v1/suggestions/${id}/${action}`).set(bearer(token)).send(body);
}

export const inDays = (d: number) => new Date(Date.now() + d * 86400000).toISOString();

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

/** Objects of an uncompressed-xref PDF (as pdfkit writes), streams inflated. */
export function pdfObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const body = m[2];
    const s = body.indexOf('stream');
    if (s < 0) {
      objects.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, s);
    let start = m.index + m[0].indexOf(body) + s + 'stream'.length;
    if (text[start] === '\r') start++;
    if (text[start] === '\n') start++;
    const end = text.indexOf('endstream', start);
    let raw = pdf.subarray(start, end);
    if (/FlateDecode/.test(dict)) {
      try {
        raw = zlib.inflateSync(raw);
      } catch {
        raw = zlib.inflateSync(raw.subarray(0, raw.length - 1));
      }
    }
    objects.set(Number(m[1]), { dict, stream: raw });
  }
  return objects;
}

function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hex = (h: string) => String.fromCodePoint(...(h.match(/.{4}/g) ?? []).map((x) => parseInt(x, 16)));
  for (const block of cmap.match(/beginbfrange([\s\S]*?)endbfrange/g) ?? []) {
    const re = /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(block))) {
      const lo = parseInt(m[1], 16);
      const hi = parseInt(m[2], 16);
      if (m[3].startsWith('[')) {
        // An entry may hold several code points (a glyph for "——" is <2014 2014>).
        const items = m[3].match(/<([0-9a-fA-F\s]+)>/g) ?? [];
        items.forEach((it, i) => map.set(lo + i, hex(it.slice(1, -1).replace(/\s+/g, ''))));
      } else {
        const base = parseInt(m[3].slice(1, -1), 16);
        for (let c = lo; c <= hi; c++) map.set(c, String.fromCodePoint(base + c - lo));
      }
    }
  }
  for (const block of cmap.match(/beginbfchar([\s\S]*?)endbfchar/g) ?? []) {
    const re = /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(block))) map.set(parseInt(m[1], 16), hex(m[2]));
  }
  return map;
}

/**
 * The text of a pdfkit PDF: content streams' TJ strings decoded through each font's ToUnicode CMap
 * (the font is looked up by the page's /Font resources and the last Tf operator).
 */
export function pdfText(pdf: Buffer): string {
  const objects = pdfObjects(pdf);
  const fontMaps = new Map<number, Map<number, string>>();
  for (const [id, o] of objects) {
    const ref = /\/ToUnicode (\d+) 0 R/.exec(o.dict);
    if (ref) fontMaps.set(id, toUnicodeMap(objects.get(Number(ref[1]))?.stream?.toString('latin1') ?? ''));
  }
  let out = '';
  for (const [, page] of objects) {
    if (!/\/Type \/Page\b/.test(page.dict)) continue;
    const resources = /\/Resources (\d+) 0 R/.exec(page.dict);
    const resDict = resources ? objects.get(Number(resources[1]))!.dict : page.dict;
    const fonts = new Map<string, number>();
    const fontBlock = /\/Font\s*<<([\s\S]*?)>>/.exec(resDict)?.[1] ?? '';
    for (const f of fontBlock.matchAll(/\/(\w+) (\d+) 0 R/g)) fonts.set(f[1], Number(f[2]));
    const contentRef = /\/Contents (\d+) 0 R/.exec(page.dict);
    const content = contentRef ? (objects.get(Number(contentRef[1]))?.stream?.toString('latin1') ?? '') : '';
    let map: Map<number, string> | undefined;
    for (const tok of content.matchAll(/\/(\w+) [\d.]+ Tf|\[([^\]]*)\] TJ|<([0-9a-fA-F]+)> Tj/g)) {
      if (tok[1]) map = fontMaps.get(fonts.get(tok[1]) ?? -1);
      const hexes = tok[2]
        ? [...tok[2].matchAll(/<([0-9a-fA-F]+)>/g)].map((h) => h[1])
        : tok[3]
          ? [tok[3]]
          : [];
      for (const h of hexes)
        for (const code of h.match(/.{4}/g) ?? []) out += map?.get(parseInt(code, 16)) ?? '';
      if (tok[2] || tok[3]) out += '\n';
    }
  }
  return out;
}

export interface StatsWorld {
  w: OutcomesWorld;
  pl: OutcomesWorld;
  cityViewer: { id: string; token: string };
  piiViewer: { id: string; token: string };
  s1: string;
  s2: string;
  s3: string;
  ids: Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g', string>;
}

/**
 * A small year with known figures (see outcomes-stats.e2e-spec.ts):
 * S1 五华区 now: 2 on site (check-in + walk-in), 1 online; a completed+adopted, b replied, c assigned,
 *    d draft, e rejected; ratings on a (满意, 基本满意) and b (不满意).
 * S2 盘龙区 now: f replied+adopted.  S3 五华区 recorded in 2025: g draft.
 */
export async function statsWorld(
  t: TestApp,
  joinLive: (sessionId: string, token: string) => Promise<() => void>,
): Promise<StatsWorld> {
  const w = await outcomesWorld(t, '530102');
  const pl = await outcomesWorld(t, '530103');
  const cityViewer = await staff(t, w.admin, {
    username: `oc_cv_${uniq()}`,
    roles: ['staff_viewer'],
    regionCode: '530100',
  });
  const piiViewer = await staff(t, w.admin, {
    username: `oc_pv_${uniq()}`,
    roles: ['staff_viewer'],
    regionCode: '530100',
    permissions: ['pii:read'],
  });
  const org = w.organiser.token;
  const [lead, co] = w.departments;
  const call = (token: string, method: 'post' | 'put', path: string, body: object = {}) =>
    t.http()[method](`/api/v1${path}`).set(bearer(token)).send(body);

  const live = await liveSessionFor(t, org);
  const phone = `137${String((process.pid % 900) + 100).padStart(3, '0')}${String(90000 + (++n % 9999)).padStart(5, '0')}`;
  const residentToken = await t.residentToken(phone, '统计居民');
  const reg = await call(residentToken, 'post', `/sessions/${live}/registrations`, {
    name: '统计居民',
    phone,
    consent: true,
  });
  if (reg.status !== 201) throw new Error(`register: ${reg.status} ${JSON.stringify(reg.body)}`);
  await call(org, 'post', `/sessions/${live}/checkins`, { code: reg.body.ticket.code });
  await call(org, 'post', `/sessions/${live}/walk-ins`, {
    name: '现场居民',
    phone: `136${String((process.pid % 900) + 100).padStart(3, '0')}${String(++n).padStart(5, '0')}`,
  });
  const leave = await joinLive(live, residentToken);
  leave();
  await call(org, 'post', `/sessions/${live}/end`);
  await call(org, 'put', `/sessions/${live}/outcome`, {
    summary: '=cmd|"/c calc"!A1 纪要',
    consensus: ['共识'],
  });

  const mk = async (token: string, session: string, dept: string[], content: string) =>
    (await suggestion(t, token, session, dept, content)).id;
  const a = await mk(org, live, [lead.id], '=HYPERLINK("http://evil","点我")');
  const b = await mk(org, live, [lead.id], '+建议二');
  const c = await mk(org, live, [lead.id], '@建议三');
  const d = await mk(org, live, [lead.id], '-建议四');
  const e = await mk(org, live, [lead.id], '建议五，含逗号"引号"\n换行');
  for (const id of [a, b, c])
    await act(t, org, id, 'assign', { departmentIds: [lead.id, co.id], dueAt: inDays(20) });
  await act(t, lead.handler.token, a, 'reply', {
    grade: 'A',
    content: '已解决',
    adopted: true,
    contactPhone: '13912345678',
  });
  await act(t, co.handler.token, a, 'countersign', {});
  await act(t, lead.handler.token, b, 'reply', { grade: 'C', content: '说明情况', adopted: false });
  await act(t, co.handler.token, b, 'countersign', {});
  await act(t, org, a, 'complete');
  await act(t, org, e, 'reject', { reason: '不属于本级职权' });
  const member1 = await staff(t, w.admin, {
    username: `oc_sm1_${uniq()}`,
    roles: ['member'],
    regionCode: '530102',
  });
  const member2 = await staff(t, w.admin, {
    username: `oc_sm2_${uniq()}`,
    roles: ['member'],
    regionCode: '530102',
  });
  await act(t, residentToken, a, 'ratings', { rating: 'satisfied' });
  await act(t, member1.token, a, 'ratings', { rating: 'basically_satisfied' });
  await act(t, member2.token, b, 'ratings', { rating: 'unsatisfied' });

  const s2 = (await heldSession(t, pl.organiser.token, { regionCode: '530103' })).id;
  await call(pl.organiser.token, 'put', `/sessions/${s2}/outcome`, { summary: '盘龙纪要', consensus: [] });
  const f = await mk(pl.organiser.token, s2, [pl.departments[0].id], '盘龙区建议');
  await act(t, pl.organiser.token, f, 'assign', { departmentIds: [pl.departments[0].id], dueAt: inDays(20) });
  await act(t, pl.departments[0].handler.token, f, 'reply', { grade: 'B', content: '推进中', adopted: true });

  const s3 = (
    await createRecorded(t, org, new Date('2025-06-10T02:00:00Z'), new Date('2025-06-10T04:00:00Z'))
  ).id;
  await call(org, 'put', `/sessions/${s3}/outcome`, { summary: '去年纪要', consensus: [] });
  const g = await mk(org, s3, [lead.id], '去年的建议');
  for (const id of [a, b, c, d, e, f, g]) if (!id) throw new Error('stats world incomplete');
  return { w, pl, cityViewer, piiViewer, s1: live, s2, s3, ids: { a, b, c, d, e, f, g } };
}

async function liveSessionFor(t: TestApp, token: string): Promise<string> {
  return (await liveSession(t, token, { format: 'hybrid' })).id;
}

function createRecorded(t: TestApp, token: string, startsAt: Date, endsAt: Date) {
  return createSession(t, token, { startsAt, endsAt, recorded: true, format: 'onsite' });
}
