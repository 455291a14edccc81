import ExcelJS from 'exceljs';
import { DIRECTORY_PORT } from '@xs/contracts';
import type { DirectoryPort } from '@xs/contracts';
import { OpinionSeed } from '@xs/opinion';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { assignMembers, createDepartment, createMember, createWorkstation } from '@test/factories/directory';

jest.setTimeout(180_000);

let n = 0;
const uniq = () => `${Date.now().toString(36)}${process.pid.toString(36)}${++n}`;
const YEAR = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

describe('社情民意 counts (issue 17 point 5): statistics, duty records, exports, demo data', () => {
  let t: TestApp;
  let admin: string;
  let org: { id: string; token: string };
  const call = (token: string, method: 'get' | 'post', url: string, body?: object) => {
    const req = t.http()[method](`/api/v1${url}`).set(bearer(token));
    return body ? req.send(body) : req;
  };
  const ok = async (token: string, method: 'get' | 'post', url: string, body?: object) => {
    const res = await call(token, method, url, body);
    if (res.status >= 300) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  let a: { id: string; name: string; user: { id: string; token: string } };
  let b: { id: string; name: string; user: { id: string; token: string } };

  beforeAll(async () => {
    // The 社情民意 weights configured away from their defaults (1, 3, 10, 15): the points must follow.
    t = await startTestApp({
      DUTY_POINT_WEIGHTS: 'opinionEntry=2,opinionReport=4,opinionAdopted=8,opinionInstructed=20',
    });
    admin = await t.login('admin');
    org = await staff(t, admin, { username: `os_org_${uniq()}`, roles: ['organiser'], regionCode: '530100' });
    const member = async (name: string, sector: string, regionCode: string) => {
      const user = await staff(t, admin, { username: `os_m_${uniq()}`, roles: ['member'], regionCode });
      const m = await createMember(t, admin, { name, sector, regionCode, userId: user.id });
      return { id: m.id as string, name, user };
    };
    a = await member(`张委员${uniq()}`, '中国民主同盟', '530102');
    b = await member(`赵委员${uniq()}`, '九三学社', '530103');
  });
  afterAll(() => t.close());

  it('counts a hand-made year by district, sector and member; duty records carry the points', async () => {
    const wsA = (await createWorkstation(t, admin, { regionCode: '530102010' })).id as string;
    const wsB = (await createWorkstation(t, admin, { regionCode: '530103001' })).id as string;
    await assignMembers(t, admin, wsA, [{ memberId: a.id }]);
    await assignMembers(t, admin, wsB, [{ memberId: b.id }]);
    const entry = async (token: string, ws: string) =>
      (
        await ok(token, 'post', `/workstations/${ws}/opinion-entries`, {
          text: '反映的问题',
          category: '交通',
        })
      ).id as string;
    // Entries: A 3 at wsA, B 2 at wsB, a resident 1 at wsA, staff 1 at wsB → 7 (五华 4, 盘龙 3).
    const aEntries = [
      await entry(a.user.token, wsA),
      await entry(a.user.token, wsA),
      await entry(a.user.token, wsA),
    ];
    const bEntries = [await entry(b.user.token, wsB), await entry(b.user.token, wsB)];
    await entry(await t.residentToken('13812349001', '居民'), wsA);
    await entry(org.token, wsB);

    const report = async (token: string, entryIds: string[], submit = true) => {
      const { id } = await ok(token, 'post', '/opinion-reports', {
        title: '关于交通问题的建议',
        body: { situation: '情况', analysis: '分析', suggestions: '建议' },
        entryIds,
      });
      if (submit) await ok(token, 'post', `/opinion-reports/${id}/submit`);
      return id as string;
    };
    // Reports: A submits 3, B submits 1 and keeps 1 draft → 4 submitted.
    const r1 = await report(a.user.token, [aEntries[0]]);
    const r2 = await report(a.user.token, [aEntries[1]]);
    const r3 = await report(a.user.token, [aEntries[2]]);
    const r4 = await report(b.user.token, [bEntries[0]]);
    await report(b.user.token, [bEntries[1]], false);
    // Adopted r1, r2 (五华), r4 (盘龙); r3 returned. 批示 on r1 and r4. r1 handled to completion.
    const wuhua = await ok(org.token, 'post', '/opinion-issues', { year: YEAR, region: '530102' });
    const panlong = await ok(org.token, 'post', '/opinion-issues', { year: YEAR, region: '530103' });
    await ok(org.token, 'post', `/opinion-reports/${r1}/adopt`, { issueId: wuhua.id });
    await ok(org.token, 'post', `/opinion-reports/${r2}/adopt`, { issueId: wuhua.id });
    await ok(org.token, 'post', `/opinion-reports/${r4}/adopt`, { issueId: panlong.id });
    await ok(org.token, 'post', `/opinion-reports/${r3}/return`, { comment: '请补充' });
    const at = new Date(Date.now() - 3_600_000).toISOString();
    await ok(org.token, 'post', `/opinion-reports/${r1}/instructions`, { by: '市长', text: '请办理', at });
    await ok(org.token, 'post', `/opinion-reports/${r4}/instructions`, { by: '区长', text: '请办理', at });
    const dept = await createDepartment(t, admin, { name: `五华区交通局${uniq()}`, regionCode: '530102' });
    const handler = await staff(t, admin, {
      username: `os_h_${uniq()}`,
      roles: ['department_handler'],
      regionCode: '530102',
      departmentId: dept.id as string,
    });
    const assigned = await ok(org.token, 'post', `/opinion-reports/${r1}/assign`, {
      departmentIds: [dept.id],
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const sid = assigned.handling.suggestionId as string;
    await ok(handler.token, 'post', `/suggestions/${sid}/reply`, {
      grade: 'A',
      content: '已办结',
      adopted: true,
    });
    await ok(org.token, 'post', `/suggestions/${sid}/complete`);

    const res = await call(org.token, 'get', `/stats/opinion?region=530100&year=${YEAR}`);
    expect(res.status).toBe(200);
    const counts = (
      entries: number,
      submitted: number,
      adopted: number,
      instructed: number,
      completed: number,
    ) => ({
      entries,
      submitted,
      adopted,
      instructed,
      completed,
    });
    expect(res.body.totals).toEqual(counts(7, 4, 3, 2, 1));
    expect(res.body.byDistrict).toEqual([
      { regionCode: '530102', name: '五华区', ...counts(4, 3, 2, 1, 1) },
      { regionCode: '530103', name: '盘龙区', ...counts(3, 1, 1, 1, 0) },
    ]);
    expect(res.body.bySector).toEqual([
      { sector: '中国民主同盟', ...counts(3, 3, 2, 1, 1) },
      { sector: '九三学社', ...counts(2, 1, 1, 1, 0) },
    ]);
    expect(res.body.byMember).toEqual([
      { memberId: a.id, name: a.name, sector: '中国民主同盟', ...counts(3, 3, 2, 1, 1) },
      { memberId: b.id, name: b.name, sector: '九三学社', ...counts(2, 1, 1, 1, 0) },
    ]);
    // A district sees its own; last year is empty; another region is refused.
    const pl = await call(org.token, 'get', `/stats/opinion?region=530103&year=${YEAR}`);
    expect(pl.body.totals).toEqual(counts(3, 1, 1, 1, 0));
    expect(
      (await call(org.token, 'get', `/stats/opinion?region=530100&year=${YEAR - 1}`)).body.totals,
    ).toEqual(counts(0, 0, 0, 0, 0));
    const outsider = await staff(t, admin, {
      username: `os_o_${uniq()}`,
      roles: ['organiser'],
      regionCode: '520102',
    });
    expect((await call(outsider.token, 'get', '/stats/opinion?region=530100')).status).toBe(403);
    expect((await call(org.token, 'get', '/stats/opinion?year=1999')).status).toBe(400);
    expect((await call(a.user.token, 'get', '/stats/opinion')).status).toBe(403);

    // 履职档案 with the configured weights: A recorded 3 (×2), submitted 3 (×4), 2 adopted (×8), 1 with
    // 批示 (×20) = 6 + 12 + 16 + 20.
    const rec = await ok(a.user.token, 'get', `/members/${a.id}/duty-record`);
    expect(rec.opinion).toEqual({ entries: 3, submitted: 3, adopted: 2, instructed: 1 });
    expect(rec.points.opinion).toBe(54);
    expect(rec.weights).toMatchObject({
      opinionEntry: 2,
      opinionReport: 4,
      opinionAdopted: 8,
      opinionInstructed: 20,
    });
    expect(rec.points.total).toBe(
      rec.points.attendance +
        rec.points.speeches +
        rec.points.questions +
        rec.points.suggestions +
        rec.points.adopted +
        54,
    );
    const xlsx = await t
      .http()
      .get(`/api/v1/members/${a.id}/duty-record.xlsx`)
      .set(bearer(a.user.token))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body);
    const rows = wb.getWorksheet('履职汇总')!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.find((r) => r[1] === '社情民意获批示')!.slice(1, 5)).toEqual(['社情民意获批示', 1, 20, 20]);

    // The stats export carries a 社情民意统计 sheet with the same figures.
    const book = await t
      .http()
      .get(`/api/v1/exports/suggestions.xlsx?region=530100`)
      .set(bearer(org.token))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(book.status).toBe(200);
    const ewb = new ExcelJS.Workbook();
    await ewb.xlsx.load(book.body);
    const sheet = ewb.getWorksheet('社情民意统计');
    expect(sheet).toBeDefined();
    const values = sheet!.getSheetValues().filter(Boolean) as unknown[][];
    expect(values[0].slice(1)).toEqual(['类别', '名称', '民情日记', '报送', '采用', '批示', '办结']);
    expect(values[1].slice(1)).toEqual(['合计', '昆明市（合计）', 7, 4, 3, 2, 1]);
    expect(values.some((r) => r[2] === '五华区' && r[3] === 4)).toBe(true);
    expect(values.some((r) => r[1] === '委员' && r[2] === `${a.name}（中国民主同盟）` && r[7] === 1)).toBe(
      true,
    );
  });

  it('demo data: a year of entries and reports across districts; the statistics match the rows counted here', async () => {
    const ids: string[] = [];
    const members: string[] = [];
    for (const [i, region] of ['530102001', '530102002', '530103002', '530111', '530112'].entries()) {
      const ws = (await createWorkstation(t, admin, { regionCode: region })).id as string;
      const m = await createMember(t, admin, {
        name: `演示委员${i}${uniq()}`,
        sector: '无党派人士',
        regionCode: region.slice(0, 6),
      });
      // A colleague of the same committee on duty there too, to co-sign.
      const colleague = await createMember(t, admin, {
        name: `演示同事${i}${uniq()}`,
        sector: '经济界',
        regionCode: region.slice(0, 6),
      });
      await assignMembers(t, admin, ws, [{ memberId: m.id as string }, { memberId: colleague.id as string }]);
      ids.push(ws);
      members.push(m.id as string);
    }
    const port = t.app.get<DirectoryPort>(DIRECTORY_PORT);
    const own = port.workstationIdsInRegion.bind(port);
    // Only this test's workstations (the first test's stay out of the demo).
    port.workstationIdsInRegion = async (r: string) => (await own(r)).filter((id) => ids.includes(id));
    const seed = t.app.get(OpinionSeed);
    // The seeder leaves a database with entries alone: start from none.
    await t.db.query(`DELETE FROM opinion_entries`);
    await t.db.query(`DELETE FROM opinion_report_instructions`);
    await t.db.query(`DELETE FROM opinion_report_entries`);
    await t.db.query(`DELETE FROM opinion_report_cosigners`);
    await t.db.query(`DELETE FROM opinion_reports`);
    const made = await seed.run();
    expect(made.entries).toBeGreaterThanOrEqual(20);
    expect(made.reports).toBeGreaterThanOrEqual(5);
    expect((await seed.run()).entries).toBe(0);
    const [span] = await t.db.query(
      `SELECT count(DISTINCT left(region_code, 6))::int AS districts, min(created_at) AS first, max(created_at) AS last
         FROM opinion_entries`,
    );
    expect(span.districts).toBe(4);
    expect(Date.now() - new Date(span.first).getTime()).toBeGreaterThan(150 * 86_400_000);
    // Members record on duty, in the day (Beijing time); only residents' messages come at night.
    const [night] = await t.db.query(
      `SELECT count(*) FILTER (WHERE source = 'staff')::int AS staff,
              count(*) FILTER (WHERE source = 'staff' AND (created_at AT TIME ZONE 'Asia/Shanghai')::time
                                 NOT BETWEEN '09:00' AND '17:30')::int AS "staffAtNight"
         FROM opinion_entries`,
    );
    expect(night.staff).toBeGreaterThan(10);
    expect(night.staffAtNight).toBe(0);

    // Counted here, row by row, for both calendar years the seeded year spans.
    for (const year of [YEAR - 1, YEAR]) {
      const from = new Date(`${year}-01-01T00:00:00+08:00`);
      const to = new Date(`${year + 1}-01-01T00:00:00+08:00`);
      const entries = await t.db.query(
        `SELECT region_code, member_id FROM opinion_entries WHERE created_at >= $1 AND created_at < $2`,
        [from, to],
      );
      const reports = await t.db.query(
        `SELECT r.region_code, r.status, (SELECT count(*)::int FROM opinion_report_instructions i WHERE i.report_id = r.id) AS ins
           FROM opinion_reports r WHERE r.submitted_at >= $1 AND r.submitted_at < $2`,
        [from, to],
      );
      const expected = {
        entries: entries.length,
        submitted: reports.length,
        adopted: reports.filter((r: { status: string }) => r.status === 'adopted').length,
        instructed: reports.filter(
          (r: { status: string; ins: number }) => r.status === 'adopted' && r.ins > 0,
        ).length,
        completed: 0,
      };
      const got = await ok(org.token, 'get', `/stats/opinion?region=530100&year=${year}`);
      expect(got.totals).toEqual(expected);
      const wuhua = got.byDistrict.find((d: { regionCode: string }) => d.regionCode === '530102');
      expect(wuhua?.entries ?? 0).toBe(
        entries.filter((e: { region_code: string }) => e.region_code.startsWith('530102')).length,
      );
      const byMembers = got.byMember.reduce((s: number, m: { entries: number }) => s + m.entries, 0);
      expect(byMembers).toBe(entries.filter((e: { member_id: string | null }) => e.member_id).length);
    }
    // Co-signers: a colleague serving at the same workstation, never the author; every workstation with a
    // report has a co-signed one.
    const signed = await t.db.query(
      `SELECT r.id, r.author_member_id AS author, c.member_id AS cosigner, e.workstation_id AS ws,
              EXISTS (SELECT 1 FROM workstation_members wm WHERE wm.workstation_id = e.workstation_id
                        AND wm.member_id = c.member_id) AS serves
         FROM opinion_reports r JOIN opinion_report_entries re ON re.report_id = r.id
         JOIN opinion_entries e ON e.id = re.entry_id
         LEFT JOIN opinion_report_cosigners c ON c.report_id = r.id`,
    );
    for (const s of signed.filter((x: { cosigner: string | null }) => x.cosigner)) {
      expect(s.cosigner).not.toBe(s.author);
      expect(s.serves).toBe(true);
    }
    const withReports = new Set(signed.map((x: { ws: string }) => x.ws));
    const withCosigned = new Set(
      signed.filter((x: { cosigner: string | null }) => x.cosigner).map((x: { ws: string }) => x.ws),
    );
    expect(withReports.size).toBeGreaterThan(0);
    expect([...withReports].sort()).toEqual([...withCosigned].sort());

    // Adopted reports sit in numbered issues of their district's committee, numbered 1, 2, …
    const issues = await t.db.query(
      `SELECT region_code, year, array_agg(number ORDER BY number) AS numbers FROM opinion_issues GROUP BY 1, 2`,
    );
    for (const i of issues) expect(i.numbers).toEqual(i.numbers.map((_: number, k: number) => k + 1));
    // … the seeded ones in the order they came out (第1期 before 第2期).
    const seeded: { numbers: number[] }[] = await t.db.query(
      `SELECT array_agg(number ORDER BY created_at) AS numbers FROM opinion_issues
        WHERE id IN (SELECT issue_id FROM opinion_reports) GROUP BY region_code, year`,
    );
    expect(seeded.some((i) => i.numbers.length > 1)).toBe(true);
    for (const i of seeded) expect(i.numbers).toEqual([...i.numbers].sort((a, b) => a - b));
  });
});
