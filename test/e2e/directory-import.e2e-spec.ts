import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';

const HEAD = '名称,类型,行政区划代码,地址,纬度,经度,坐标系,界别,容纳人数,联系电话,开放时间';

async function xlsx(rows: unknown[][], edit?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('场所');
  for (const r of rows) ws.addRow(r);
  edit?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('directory: import of workstations and members', () => {
  let t: TestApp;
  let admin: string;
  const upload = (path: string, buf: Buffer, name: string, token = admin) =>
    t.http().post(`/api/v1/${path}`).set(bearer(token)).attach('file', buf, name);
  const find = async (q: string) =>
    (
      await t
        .http()
        .get(`/api/v1/workstations?q=${encodeURIComponent(q)}&pageSize=100`)
        .set(bearer(admin))
    ).body;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('serves a template with Chinese headings that imports back as it is, then updates instead of duplicating', async () => {
    const res = await t
      .http()
      .get('/api/v1/workstations/import/template.xlsx')
      .set(bearer(admin))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    const headings = (wb.getWorksheet('场所')!.getRow(1).values as string[]).slice(1);
    expect(headings.slice(0, 4)).toEqual(['名称*', '类型*', '行政区划代码*', '地址*']);
    expect(headings).toEqual(
      expect.arrayContaining(['纬度', '经度', '坐标系', '界别', '容纳人数', '联系电话']),
    );
    const first = await upload('workstations/import', res.body, 'template.xlsx').expect(200);
    expect(first.body).toMatchObject({ created: 1, updated: 0, errors: [], format: 'xlsx' });
    const again = await upload('workstations/import', res.body, 'template.xlsx').expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 1, errors: [] });
    const found = await find('青云街道委员工作室');
    expect(found.total).toBe(1);
    expect(found.items[0]).toMatchObject({
      code: 'KM-PL-001',
      kind: 'member_studio',
      regionCode: '530103006',
      contactPhone: '087*****3456',
      location: { lat: 25.0533, lng: 102.7481, crs: 'GCJ02' },
    });
    expect(found.items[0].openingHours.weekly.mon).toEqual([
      ['09:00', '12:00'],
      ['14:00', '17:30'],
    ]);
  });

  it.each([
    [
      'UTF-8 with BOM',
      (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')]),
      'utf-8',
    ],
    ['UTF-8 without BOM', (s: string) => Buffer.from(s, 'utf8'), 'utf-8'],
    ['GB18030 (Excel in China)', (s: string) => iconv.encode(s, 'gb18030'), 'gb18030'],
  ])('reads CSV in %s', async (label, encode, encoding) => {
    const name = `盘龙江委员驿站${label.length}${encoding}`;
    const csv = `${HEAD}\n${name},委员驿站,530103,昆明市盘龙区盘龙江畔${label.length}号,25.06,102.72,GCJ02,经济界,30,13812345678,周一至周五 09:00-17:00\n`;
    const res = await upload('workstations/import', encode(csv), 'list.csv').expect(200);
    expect(res.body).toMatchObject({ created: 1, errors: [], format: 'csv', encoding });
    const found = await find(name);
    expect(found.items[0]).toMatchObject({
      name,
      kind: 'member_post',
      sector: '经济界',
      regionName: '盘龙区',
    });
  });

  it('previews an import (?dryRun=true): says what would be created, updated and refused, writes nothing; applying then does exactly that', async () => {
    const known = `翠湖预览工作室${Date.now().toString(36)}`;
    await upload(
      'workstations/import',
      Buffer.from(`${HEAD}\n${known},委员工作室,530102,昆明市五华区翠湖南路1号,,,,,,,\n`, 'utf8'),
      'first.csv',
    ).expect(200);
    const fresh = `翠湖预览驿站${Date.now().toString(36)}`;
    const csv = Buffer.from(
      `${HEAD}\n${known},委员工作室,530102,昆明市五华区翠湖南路2号,,,,,,,\n` +
        `${fresh},委员驿站,530102,昆明市五华区翠湖北路3号,,,,,,,\n` +
        `坏行,不存在的类型,530102,某地,,,,,,,\n`,
      'utf8',
    );
    const auditBefore: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'workstation.import.preview'`,
    );
    const preview = await t
      .http()
      .post('/api/v1/workstations/import?dryRun=true')
      .set(bearer(admin))
      .attach('file', csv, 'list.csv')
      .expect(200);
    expect(preview.body).toMatchObject({ dryRun: true, created: 1, updated: 1, rows: 3 });
    expect(preview.body.errors).toEqual([
      expect.objectContaining({ row: 4, field: expect.stringContaining('类型') }),
    ]);
    // Nothing written: the new place is not there, the known one keeps its address.
    expect((await find(fresh)).total).toBe(0);
    expect((await find(known)).items[0].address).toBe('昆明市五华区翠湖南路1号');
    const auditAfter: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'workstation.import.preview'`,
    );
    expect(auditAfter[0].n).toBe(auditBefore[0].n + 1);

    const applied = await upload('workstations/import', csv, 'list.csv').expect(200);
    expect(applied.body).toMatchObject({ created: 1, updated: 1, errors: preview.body.errors });
    expect(applied.body.dryRun).toBeUndefined();
    expect((await find(fresh)).total).toBe(1);
    expect((await find(known)).items[0].address).toBe('昆明市五华区翠湖南路2号');

    // Members preview the same way.
    const members = await t
      .http()
      .post('/api/v1/members/import?dryRun=1')
      .set(bearer(admin))
      .attach('file', Buffer.from('姓名,级别,行政区划代码\n预览委员,区级,530102\n', 'utf8'), 'members.csv');
    expect(members.status).toBe(200);
    expect(members.body).toMatchObject({ dryRun: true });
    expect((await t.http().get('/api/v1/members?q=预览委员').set(bearer(admin))).body.total).toBe(0);
  });

  it('keeps good rows and reports bad ones by spreadsheet row, field and reason', async () => {
    const csv = [
      HEAD,
      '好的工作室甲,委员工作室,530102,五华区甲路1号,25.04,102.70,GCJ02,,,,', // row 2: good
      '未知区划,委员工作室,539999,某地,25.04,102.70,,,,,', // row 3
      '纬度越界,委员工作室,530102,某地,95.5,102.70,,,,,', // row 4
      '', // row 5: blank, still counted as a spreadsheet row
      '好的工作室甲,委员之家,530102,重复行,25.04,102.70,,,,,', // row 6: duplicate of row 2
      ',委员工作室,530102,没有名称,,,,,,,', // row 7
      '类型不对,会议室,530102,某地,,,,,,,', // row 8
      '容量不对,议事广场,530102,某地,,,,,二十,,', // row 9
      '好的议事凉亭,議事涼亭,530102005,五华区丰宁街道,,,,,,,', // row 10: good, traditional kind
    ].join('\n');
    const res = await upload('workstations/import', Buffer.from(csv), 'mixed.csv').expect(200);
    expect(res.body.created).toBe(2);
    expect(res.body.errors).toEqual([
      { row: 3, field: '行政区划代码', message: expect.stringContaining('539999') },
      { row: 4, field: '纬度', message: expect.stringContaining('超出范围') },
      { row: 6, field: '名称', message: expect.stringContaining('第 2 行重复') },
      { row: 7, field: '名称', message: '名称不能为空' },
      { row: 8, field: '类型', message: expect.stringContaining('会议室') },
      { row: 9, field: '容纳人数', message: expect.stringContaining('二十') },
    ]);
    expect((await find('好的议事凉亭')).items[0].kind).toBe('pavilion');
    expect((await find('未知区划')).total).toBe(0);
  });

  it('numbers XLSX rows as Excel shows them, takes English headings, and stores formulas as text', async () => {
    const buf = await xlsx(
      [
        [],
        ['name', 'kind', 'regionCode', 'address', 'capacity'],
        ['公式名称', 'courtyard', '530102', '五华区院坝', 10],
        [],
        ['容量公式', 'courtyard', '530102', '五华区院坝2号', 0],
      ],
      (ws) => {
        ws.getCell('A3').value = {
          formula: 'CONCAT("院坝","协商")',
          result: '院坝协商',
        };
        ws.getCell('E5').value = { formula: '1+1', result: 2 };
      },
    );
    const res = await upload('workstations/import', buf, 'formulas.xlsx').expect(200);
    expect(res.body.created).toBe(1);
    expect(res.body.errors).toEqual([
      { row: 5, field: '容纳人数', message: expect.stringContaining('=1+1') },
    ]);
    const stored = await find('CONCAT');
    expect(stored.items[0].name).toBe('=CONCAT("院坝","协商")');
  });

  it('refuses empty files, non-spreadsheets, missing columns and files over 20 MB with clear codes', async () => {
    const cases: [Buffer, string, number, string][] = [
      [Buffer.alloc(0), 'empty.csv', 400, 'EMPTY_FILE'],
      [Buffer.from(`${HEAD}\n`), 'header-only.csv', 400, 'EMPTY_FILE'],
      [
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        'photo.png',
        400,
        'NOT_A_SPREADSHEET',
      ],
      [Buffer.from('名称,类型\n甲,乙\n'), 'fake.xlsx', 400, 'NOT_A_SPREADSHEET'],
      [Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), 'broken.xlsx', 400, 'NOT_A_SPREADSHEET'],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls', 400, 'UNSUPPORTED_XLS'],
      [Buffer.from('名称,地址\n甲,乙\n'), 'cols.csv', 400, 'MISSING_COLUMNS'],
      [Buffer.alloc(20 * 1024 * 1024 + 1, 0x41), 'huge.csv', 413, 'FILE_TOO_LARGE'],
    ];
    for (const [buf, name, status, code] of cases) {
      const res = await upload('workstations/import', buf, name);
      expect({ name, status: res.status, code: res.body.code }).toEqual({ name, status, code });
    }
    // Said in the language asked for, the reason included.
    const english = await t
      .http()
      .post('/api/v1/workstations/import')
      .set(bearer(admin))
      .set('Accept-Language', 'en')
      .attach('file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), 'broken.xlsx');
    expect(english.body).toMatchObject({
      code: 'NOT_A_SPREADSHEET',
      message: 'The file is not an .xlsx or .csv spreadsheet (the archive is not a valid Excel workbook)',
    });
    const noFile = await t.http().post('/api/v1/workstations/import').set(bearer(admin)).field('x', '1');
    expect(noFile.status).toBe(400);
    expect(noFile.body.code).toBe('FILE_REQUIRED');
    const json = await t.http().post('/api/v1/workstations/import').set(bearer(admin)).send({ file: 'x' });
    expect(json.body.code).toBe('MULTIPART_REQUIRED');
  });

  it('is all or nothing: a failure in the middle of writing leaves nothing behind', async () => {
    await t.db.query(`CREATE FUNCTION xs_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.name = '会失败的第三行' THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$`);
    await t.db.query(
      `CREATE TRIGGER xs_test_fail BEFORE INSERT ON workstations FOR EACH ROW EXECUTE FUNCTION xs_test_fail()`,
    );
    try {
      const csv = [
        HEAD,
        '原子甲,其他,530102,甲,,,,,,,',
        '原子乙,其他,530102,乙,,,,,,,',
        '会失败的第三行,其他,530102,丙,,,,,,,',
      ].join('\n');
      const res = await upload('workstations/import', Buffer.from(csv), 'crash.csv');
      expect(res.status).toBe(500);
      const rows: unknown[] = await t.db.query(
        `SELECT 1 FROM workstations WHERE name IN ('原子甲', '原子乙')`,
      );
      expect(rows).toHaveLength(0);
    } finally {
      await t.db.query(`DROP TRIGGER xs_test_fail ON workstations`);
      await t.db.query(`DROP FUNCTION xs_test_fail()`);
    }
  });

  it('concurrent imports of one file create each place once', async () => {
    const csv = [
      HEAD,
      ...Array.from({ length: 40 }, (_, i) => `并发场所${i},委员工作站,530102,五华区并发路${i}号,,,,,,,`),
    ].join('\n');
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => upload('workstations/import', Buffer.from(csv), 'same.csv')),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(results.reduce((n, r) => n + r.body.created, 0)).toBe(40);
    expect(results.reduce((n, r) => n + r.body.updated, 0)).toBe(120);
    expect((await find('并发场所')).total).toBe(40);
  });

  it('an import racing with places created by hand neither fails nor duplicates', async () => {
    const names = Array.from({ length: 150 }, (_, i) => `竞争场所${i}`);
    const csv = [HEAD, ...names.map((n, i) => `${n},其他,530102,竞争路${i}号,,,,,,,`)].join('\n');
    const manual = names.filter((_, i) => i % 10 === 0);
    const [imp, ...posts] = await Promise.all([
      upload('workstations/import', Buffer.from(csv), 'race.csv'),
      ...manual.map((name) =>
        t
          .http()
          .post('/api/v1/workstations')
          .set(bearer(admin))
          .send({
            name,
            kind: 'other',
            regionCode: '530102',
            address: '手工',
            location: { lat: 25, lng: 102, crs: 'WGS84' },
          }),
      ),
    ]);
    expect(imp.status).toBe(200);
    expect(imp.body.errors).toEqual([]);
    expect(
      posts.every((r) => r.status === 201 || (r.status === 409 && r.body.code === 'WORKSTATION_EXISTS')),
    ).toBe(true);
    const rows: { name: string; n: string }[] = await t.db.query(
      `SELECT name, count(*) AS n FROM workstations WHERE name LIKE '竞争场所%' AND deleted_at IS NULL GROUP BY name`,
    );
    expect(rows).toHaveLength(150);
    expect(rows.every((r) => r.n === '1')).toBe(true);
    expect(imp.body.created + imp.body.updated).toBe(150);
  });

  it('re-import by name + region updates the address; an organiser cannot import outside its region', async () => {
    await upload(
      'workstations/import',
      Buffer.from(`${HEAD}\n自然键工作室,委员工作室,530102,旧地址,,,,,,,`),
      'a.csv',
    ).expect(200);
    const upd = await upload(
      'workstations/import',
      Buffer.from(`名称,类型,行政区划代码,地址\n自然键工作室,委员工作室,530102,新地址`),
      'b.csv',
    ).expect(200);
    expect(upd.body).toMatchObject({ created: 0, updated: 1 });
    expect((await find('自然键工作室')).items[0].address).toBe('新地址');
    const org = await staff(t, admin, { username: 'imp_org_wh', roles: ['organiser'], regionCode: '530102' });
    const csv = `${HEAD}\n五华自己的,其他,530102,甲,,,,,,,\n盘龙别人的,其他,530103,乙,,,,,,,`;
    const res = await upload('workstations/import', Buffer.from(csv), 'scope.csv', org.token).expect(200);
    expect(res.body.created).toBe(1);
    expect(res.body.errors).toEqual([
      { row: 3, field: '行政区划代码', message: expect.stringContaining('管辖') },
    ]);
  });

  it('imports members: phones encrypted and masked, duplicates refused, re-import by code updates', async () => {
    const csv = [
      '姓名,级别,界别,行政区划代码,党派,手机号,编号',
      '张建华,县级,教育界,530102,中国民主同盟,13811112222,WH-1',
      '王秀英,市级,醫藥衛生界,530100,,13811113333,KM-7',
      '李重复,县级,,530102,,13811112222,WH-9',
      '赵错误,乡级,,530102,,,WH-10',
      '钱未知,县级,不存在界,530102,,,WH-11',
    ].join('\n');
    const res = await upload('members/import', Buffer.from(csv), 'members.csv').expect(200);
    expect(res.body.created).toBe(2);
    expect(res.body.errors).toEqual([
      { row: 4, field: '手机号', message: expect.stringContaining('第 2 行重复') },
      { row: 5, field: '级别', message: expect.stringContaining('乡级') },
      { row: 6, field: '界别', message: expect.stringContaining('不存在界') },
    ]);
    const list = await t.http().get('/api/v1/members?region=530100&q=王秀英').set(bearer(admin)).expect(200);
    expect(list.body.items[0]).toMatchObject({
      name: '王秀英',
      level: 'city',
      sector: '医药卫生界',
      phone: '138****3333',
    });
    const raw: { phone_enc: string }[] = await t.db.query(
      `SELECT phone_enc FROM members WHERE name = '王秀英'`,
    );
    expect(raw[0].phone_enc).not.toContain('13811113333');
    const again = await upload(
      'members/import',
      Buffer.from('编号,姓名,级别,行政区划代码\nWH-1,张建华,市级,530102'),
      'm2.csv',
    ).expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 1, errors: [] });
    const zhang = await t.http().get('/api/v1/members?region=530102&q=张建华').set(bearer(admin)).expect(200);
    expect(zhang.body.items).toHaveLength(1);
    expect(zhang.body.items[0]).toMatchObject({ level: 'city', phone: '138****2222', party: '中国民主同盟' });
    const tpl = await t
      .http()
      .get('/api/v1/members/import/template.xlsx')
      .set(bearer(admin))
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.body);
    expect((wb.worksheets[0].getRow(1).values as string[]).slice(1, 4)).toEqual(['姓名*', '级别*', '界别']);
  });
});
