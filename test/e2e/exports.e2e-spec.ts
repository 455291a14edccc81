import http from 'node:http';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parse } from 'csv-parse/sync';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { heldSession, pdfText, StatsWorld, statsWorld } from '@test/factories/outcomes';

jest.setTimeout(120_000);

/** Collects a binary body (xlsx, docx, pdf) as one Buffer. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const binary = (res: any, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('exports: streamed tables and the 协商成果专报', () => {
  let t: TestApp;
  let world: StatsWorld;

  beforeAll(async () => {
    t = await startTestApp();
    world = await statsWorld(t, async () => () => undefined);
  });
  afterAll(() => t.close());

  const download = (token: string, path: string) =>
    t.http().get(`/api/v1${path}`).set(bearer(token)).buffer(true).parse(binary);

  async function workbook(token: string, path: string) {
    const res = await download(token, path);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    return { res, wb };
  }

  function rowsOf(ws: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
    const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
    const out: Record<string, ExcelJS.CellValue>[] = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const v = (row.values as ExcelJS.CellValue[]).slice(1);
      out.push(Object.fromEntries(headers.map((h, i) => [h, v[i] ?? null])));
    });
    return out;
  }

  it('suggestions.xlsx: Chinese headers, frozen header row, widths, Shanghai dates, neutralised cells, masked phones', async () => {
    const { res, wb } = await workbook(world.cityViewer.token, '/exports/suggestions.xlsx?region=530100');
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.headers['content-length']).toBeUndefined(); // streamed (chunked), not built first
    expect(wb.worksheets.map((w) => w.name)).toEqual(['建议清单', '统计汇总', '社情民意统计']);
    const ws = wb.getWorksheet('建议清单')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).getCell(6).value).toBe('建议内容');
    expect(ws.getColumn(6).width).toBe(60);
    expect(ws.getRow(1).font?.bold).toBe(true);
    const rows = rowsOf(ws);
    expect(rows).toHaveLength(7);
    const a = rows.find((r) => r['建议编号'] === world.ids.a)!;
    expect(a['建议内容']).toBe(`'=HYPERLINK("http://evil","点我")`);
    expect(ws.getCell(`F${rows.indexOf(a) + 2}`).type).not.toBe(ExcelJS.ValueType.Formula);
    expect(rows.find((r) => r['建议编号'] === world.ids.b)!['建议内容']).toBe(`'+建议二`);
    expect(rows.find((r) => r['建议编号'] === world.ids.c)!['建议内容']).toBe(`'@建议三`);
    expect(rows.find((r) => r['建议编号'] === world.ids.d)!['建议内容']).toBe(`'-建议四`);
    expect(a).toMatchObject({
      状态: '已办结',
      是否采纳: '是',
      经办人电话: '139****5678',
      满意: 1,
      基本满意: 1,
    });
    expect(a['协办单位']).toBe(world.w.departments[1].name);
    // Each row names its region beside the code, and the file is named after the region asked for.
    const [{ name: regionName }] = await t.db.query(`SELECT name FROM regions WHERE code = $1`, [
      a['行政区划代码'],
    ]);
    expect(a['所属区域']).toBe(regionName);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('建议办理情况-昆明市.xlsx'));
    // Dates are Shanghai wall-clock time: the cell shows the detail's UTC instant + 8 h.
    const detail = await t
      .http()
      .get(`/api/v1/suggestions/${world.ids.a}`)
      .set(bearer(world.w.organiser.token));
    const assigned = a['交办时间'] as Date;
    expect(assigned).toBeInstanceOf(Date);
    expect(Math.abs(assigned.getTime() - (Date.parse(detail.body.assignedAt) + 8 * 3600_000))).toBeLessThan(
      1000,
    );
    expect(ws.getColumn(11).numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('the statistics sheet carries the same figures as GET /stats', async () => {
    const { wb } = await workbook(world.cityViewer.token, '/exports/suggestions.xlsx?region=530100');
    const stats = (await t.http().get('/api/v1/stats?region=530100').set(bearer(world.cityViewer.token)))
      .body;
    const rows = rowsOf(wb.getWorksheet('统计汇总')!);
    expect(rows.map((r) => r['行政区划代码'])).toEqual(['530100', '530102', '530103']);
    expect(rows[0]).toMatchObject({
      '协商会议（场）': stats.sessions,
      建议总数: stats.suggestions.total,
      已采纳: stats.suggestions.adopted,
      答复率: stats.rates.reply,
      满意率: stats.rates.satisfaction,
    });
    expect(rows[2]['满意率']).toBeNull();
    // In a district's export the district's own row (sessions at district level) is named apart from the total.
    const district = rowsOf(
      (await workbook(world.w.organiser.token, '/exports/suggestions.xlsx?region=530102')).wb.getWorksheet(
        '统计汇总',
      )!,
    );
    expect(district.filter((r) => r['行政区划代码'] === '530102').map((r) => r['地区'])).toEqual([
      '五华区（合计）',
      '五华区（本级）',
    ]);
  });

  it('reveals phones only with pii:read, and audits the export and the reveal', async () => {
    const { wb } = await workbook(world.piiViewer.token, '/exports/suggestions.xlsx?region=530100');
    const a = rowsOf(wb.getWorksheet('建议清单')!).find((r) => r['建议编号'] === world.ids.a)!;
    expect(a['经办人电话']).toBe('13912345678');
    const audit = await t.db.query(`SELECT action, detail FROM audit_log WHERE actor_id = $1 ORDER BY id`, [
      world.piiViewer.id,
    ]);
    expect(audit.map((x: { action: string }) => x.action)).toEqual(
      expect.arrayContaining(['export.suggestions.xlsx', 'pii.read']),
    );
    const masked = await t.db.query(
      `SELECT detail FROM audit_log WHERE actor_id = $1 AND action = 'export.suggestions.xlsx'`,
      [world.cityViewer.id],
    );
    expect(masked[0].detail).toMatchObject({ region: '530100', phones: 'masked' });
  });

  it('suggestions.csv: UTF-8 BOM, RFC 4180 quoting, neutralised cells, scoped to the caller region', async () => {
    const res = await download(world.w.organiser.token, '/exports/suggestions.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const body = res.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse<Record<string, string>>(body, { bom: true, columns: true });
    // 五华区 only: a–e this year and g last year; 盘龙区's f is not there.
    expect(rows.map((r) => r['建议编号']).sort()).toEqual(
      [world.ids.a, world.ids.b, world.ids.c, world.ids.d, world.ids.e, world.ids.g].sort(),
    );
    expect(rows.find((r) => r['建议编号'] === world.ids.e)!['建议内容']).toBe('建议五，含逗号"引号"\n换行');
    expect(rows.find((r) => r['建议编号'] === world.ids.a)!['建议内容']).toBe(
      `'=HYPERLINK("http://evil","点我")`,
    );
    expect(rows.find((r) => r['建议编号'] === world.ids.a)!['会议时间']).toMatch(
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    );
    expect(rows.find((r) => r['建议编号'] === world.ids.e)!['状态']).toBe('不予采纳');
    expect(JSON.stringify(rows)).not.toContain('13912345678');
  });

  it('refuses other regions and roles, streams huge ranges instead of refusing them', async () => {
    expect((await download(world.w.organiser.token, '/exports/suggestions.csv?region=530103')).status).toBe(
      403,
    );
    expect((await download(world.w.organiser.token, '/exports/sessions.xlsx?region=530100')).status).toBe(
      403,
    );
    const handler = world.w.departments[0].handler.token;
    expect((await download(handler, '/exports/suggestions.xlsx')).status).toBe(403);
    const member = await staff(t, world.w.admin, {
      username: `ex_m_${Date.now()}`,
      roles: ['member'],
      regionCode: '530102',
    });
    expect((await download(member.token, '/exports/sessions.csv')).status).toBe(403);
    const huge = await download(
      world.cityViewer.token,
      '/exports/suggestions.csv?from=1900-01-01&to=2200-01-01',
    );
    expect(huge.status).toBe(200);
    expect(parse(huge.body as Buffer, { bom: true, columns: true })).toHaveLength(7);
  });

  it('sessions.xlsx and .csv list each session with attendance and suggestion counts', async () => {
    const { wb } = await workbook(world.cityViewer.token, '/exports/sessions.xlsx?region=530100');
    expect(wb.worksheets.map((w) => w.name)).toEqual(['会议清单', '统计汇总', '社情民意统计']);
    const rows = rowsOf(wb.getWorksheet('会议清单')!);
    const s1 = rows.find((r) => r['会议编号'] === world.s1)!;
    expect(s1).toMatchObject({ 现场参加人数: 2, 建议数: 5, 已答复: 2, 已采纳: 1, 成果状态: '草稿' });
    const csv = await download(
      world.w.organiser.token,
      '/exports/sessions.csv?from=2025-01-01&to=2026-01-01',
    );
    const list = parse<Record<string, string>>(csv.body as Buffer, { bom: true, columns: true });
    expect(list.map((r) => r['会议编号'])).toEqual([world.s3]);
    expect(list[0]['会议时间']).toBe('2025-06-10 10:00');
    const [{ name }] = await t.db.query(`SELECT name FROM regions WHERE code = $1`, [
      list[0]['行政区划代码'],
    ]);
    expect(list[0]['所属区域']).toBe(name);
    // The organiser's own region names the file.
    const [{ name: own }] = await t.db.query(
      `SELECT r.name FROM regions r JOIN users u ON u.region_code = r.code WHERE u.id = $1`,
      [world.w.organiser.id],
    );
    expect(csv.headers['content-disposition']).toContain(encodeURIComponent(`协商会议情况-${own}.csv`));
    const audit = await t.db.query(
      `SELECT 1 FROM audit_log WHERE actor_id = $1 AND action = 'export.sessions.csv'`,
      [world.w.organiser.id],
    );
    expect(audit).toHaveLength(1);
  });

  it('report.docx: A4, 小标宋 title, 仿宋 body, committee name and date, the outcome and suggestions', async () => {
    const res = await download(world.w.organiser.token, `/sessions/${world.s1}/report.docx`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/wordprocessingml/);
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('协商成果专报');
    expect(xml).toMatch(/w:eastAsia="方正小标宋简体"/);
    expect(xml).toMatch(/w:eastAsia="仿宋_GB2312"/);
    expect(xml).toMatch(/w:eastAsia="黑体"/);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/政协.*委员会/);
    expect(xml).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(xml).toContain('共识');
    expect(xml).toContain('+建议二');
    expect(xml).toContain(world.w.departments[0].name);
    expect(xml).not.toContain('建议五'); // rejected suggestions are not reported
  });

  it('report.pdf: A4 with an embedded Chinese font subset and readable text', async () => {
    const res = await download(world.cityViewer.token, `/sessions/${world.s1}/report.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans/);
    expect(raw).toMatch(/\/FontFile[23]? \d+ 0 R/);
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(pdf.length).toBeLessThan(2_000_000); // a subset, not the 8 MB font
    const text = pdfText(pdf);
    expect(text).toContain('协商成果专报');
    expect(text).toContain('三、意见建议及办理情况');
    expect(text).toContain(world.w.departments[0].name);
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
  });

  it('stops cleanly when the client goes away mid-download and keeps serving', async () => {
    // 30,000 more suggestions so the download is still running when the client leaves.
    await t.db.query(
      `INSERT INTO suggestions (session_id, region_code, session_title, session_starts_at, content, status, created_by)
       SELECT session_id, region_code, session_title, session_starts_at, '批量建议' || i, 'draft', gen_random_uuid()
         FROM suggestions, generate_series(1, 30000) AS i WHERE id = $1`,
      [world.ids.g],
    );
    const base = await t.listen();
    for (const file of ['suggestions.xlsx', 'suggestions.csv']) {
      const got = await new Promise<number>((resolve, reject) => {
        const req = http.get(
          `${base}/api/v1/exports/${file}?region=530102`,
          { headers: bearer(world.w.organiser.token) },
          (res) => {
            res.once('data', (chunk: Buffer) => {
              req.destroy();
              resolve(chunk.length);
            });
          },
        );
        req.on('error', (e) => (req.destroyed ? undefined : reject(e)));
      });
      expect(got).toBeGreaterThan(0);
    }
    await new Promise((r) => setTimeout(r, 500));
    expect((await t.http().get('/api/v1/health')).status).toBe(200);
    const full = await download(world.w.organiser.token, '/exports/suggestions.csv?region=530102');
    expect(full.status).toBe(200);
    expect(parse(full.body as Buffer, { bom: true, columns: true })).toHaveLength(30006);
    await t.db.query(`DELETE FROM suggestions WHERE content LIKE '批量建议%'`);
  });

  it('a street session is issued by the county committee that exists, in the DOCX and the PDF', async () => {
    const org = world.w.organiser.token;
    const s = await heldSession(t, org, { regionCode: '530102010', title: '西翥街道协商会' });
    const saved = await t
      .http()
      .put(`/api/v1/sessions/${s.id}/outcome`)
      .set(bearer(org))
      .send({ summary: '纪要', consensus: ['共识'] });
    expect(saved.status).toBe(200);
    const docx = await download(org, `/sessions/${s.id}/report.docx`);
    expect(docx.status).toBe(200);
    const zip = await JSZip.loadAsync(docx.body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(xml).toContain('政协昆明市五华区委员会');
    expect(core).toContain('政协昆明市五华区委员会');
    expect(xml).not.toContain('西翥街道委员会');
    const pdf = await download(org, `/sessions/${s.id}/report.pdf`);
    expect(pdf.status).toBe(200);
    const text = pdfText(pdf.body as Buffer);
    expect(text).toContain('政协昆明市五华区委员会');
    expect(text).not.toContain('西翥街道委员会');
  });

  it('reports of other regions are 404, of unknown sessions too', async () => {
    expect((await download(world.pl.organiser.token, `/sessions/${world.s1}/report.pdf`)).status).toBe(404);
    expect(
      (await download(world.w.organiser.token, `/sessions/00000000-0000-4000-8000-000000000000/report.docx`))
        .status,
    ).toBe(404);
  });
});
