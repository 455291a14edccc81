import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { assignMembers, createDepartment, createMember, createWorkstation } from '@test/factories/directory';
import { pdfText } from '@test/factories/outcomes';
import { FollowUpsService } from '@xs/outcomes';

jest.setTimeout(180_000);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const binary = (res: any, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

let n = 0;
const uniq = () => `${Date.now().toString(36)}${process.pid.toString(36)}${++n}`;
const PHONE = '13987654321';
// A real 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('社情民意: 民情日记 → report → review → issue of 《社情民意》 → documents', () => {
  let t: TestApp;
  let admin: string;
  let org: { id: string; token: string };
  let org2: { id: string; token: string };
  let piiOrg: { id: string; token: string };
  let viewer: { id: string; token: string };
  let plOrg: { id: string; token: string };
  let memberUser: { id: string; token: string };
  let otherMemberUser: { id: string; token: string };
  let leader: { id: string; token: string };
  let member: { id: string; name: string };
  let cosigner: { id: string; name: string };
  let otherMember: { id: string; name: string };
  let ws: string;
  let entryId: string;
  let residentEntryId: string;
  let reportId: string;
  let issue: { id: string; year: number; number: number };

  const call = (token: string, method: 'get' | 'post' | 'patch', url: string, body?: object) => {
    const req = t.http()[method](`/api/v1${url}`).set(bearer(token));
    return body ? req.send(body) : req;
  };
  const download = (token: string, url: string) =>
    t.http().get(`/api/v1${url}`).set(bearer(token)).buffer(true).parse(binary);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    const mk = (prefix: string, roles: string[], regionCode = '530102', permissions?: string[]) =>
      staff(t, admin, { username: `${prefix}_${uniq()}`, roles, regionCode, permissions });
    [org, org2, piiOrg, viewer, plOrg, memberUser, otherMemberUser, leader] = await Promise.all([
      mk('op_org', ['organiser']),
      mk('op_org2', ['organiser']),
      mk('op_pii', ['organiser'], '530102', ['pii:read']),
      mk('op_view', ['staff_viewer']),
      mk('op_pl', ['organiser'], '530103'),
      mk('op_mem', ['member']),
      mk('op_mem2', ['member']),
      mk('op_leader', ['staff_viewer'], '530100'),
    ]);
    const m = await createMember(t, admin, { name: `王委员${uniq()}`, userId: memberUser.id });
    member = { id: m.id as string, name: m.name as string };
    const om = await createMember(t, admin, { name: `赵委员${uniq()}`, userId: otherMemberUser.id });
    otherMember = { id: om.id as string, name: om.name as string };
    const c = await createMember(t, admin, { name: `李委员${uniq()}` });
    cosigner = { id: c.id as string, name: c.name as string };
    ws = (await createWorkstation(t, admin, { regionCode: '530102010', name: `西翥街道委员工作站${uniq()}` }))
      .id as string;
    await assignMembers(t, admin, ws, [{ memberId: member.id }]);
  });
  afterAll(() => t.close());

  describe('民情日记', () => {
    it('lists the configured categories', async () => {
      const res = await call(memberUser.token, 'get', '/opinion-categories');
      expect(res.status).toBe(200);
      expect(res.body.categories).toEqual(
        expect.arrayContaining(['城市管理', '教育', '养老', '交通', '环境']),
      );
    });

    it('a member on duty records a concern; the phone is stored encrypted with a blind index', async () => {
      const res = await call(memberUser.token, 'post', `/workstations/${ws}/opinion-entries`, {
        text: '西翥街道沙朗社区老年活动室年久失修，冬天漏风',
        category: '養老', // 繁体 is forgiven
        community: '沙朗社区',
        phone: PHONE,
        photos: ['https://example.org/photo1.jpg'],
      });
      expect(res.status).toBe(201);
      expect(Object.keys(res.body)).toEqual(['id']);
      entryId = res.body.id;
      const [row] = await t.db.query(
        `SELECT category, region_code, phone_enc, phone_bidx, member_id, source FROM opinion_entries WHERE id = $1`,
        [entryId],
      );
      expect(row).toMatchObject({
        category: '养老',
        region_code: '530102010',
        member_id: member.id,
        source: 'staff',
      });
      expect(row.phone_enc).not.toContain(PHONE);
      expect(row.phone_bidx).toMatch(/^[0-9a-f]{64}$/);
    });

    it('a member not serving at the workstation is refused; bad input is a 400 that stores nothing', async () => {
      const before = (await t.db.query(`SELECT count(*)::int AS c FROM opinion_entries`))[0].c;
      const body = { text: '路灯不亮', category: '城市管理' };
      const notOnDuty = await call(
        otherMemberUser.token,
        'post',
        `/workstations/${ws}/opinion-entries`,
        body,
      );
      expect(notOnDuty.status).toBe(403);
      expect(notOnDuty.body.code).toBe('NOT_ON_DUTY');
      const badCat = await call(memberUser.token, 'post', `/workstations/${ws}/opinion-entries`, {
        ...body,
        category: '星际旅行',
      });
      expect(badCat.status).toBe(400);
      expect(badCat.body.code).toBe('UNKNOWN_CATEGORY');
      const badPhone = await call(memberUser.token, 'post', `/workstations/${ws}/opinion-entries`, {
        ...body,
        phone: '12345',
      });
      expect(badPhone.status).toBe(400);
      expect(badPhone.body.code).toBe('INVALID_PHONE');
      const otherRegion = await call(plOrg.token, 'post', `/workstations/${ws}/opinion-entries`, body);
      expect(otherRegion.status).toBe(403);
      const unknownWs = await call(
        memberUser.token,
        'post',
        `/workstations/00000000-0000-4000-8000-000000000000/opinion-entries`,
        body,
      );
      expect(unknownWs.status).toBe(404);
      expect((await t.db.query(`SELECT count(*)::int AS c FROM opinion_entries`))[0].c).toBe(before);
    });

    it('a JSON null phone is no phone, as when the field is left out (a 500 before)', async () => {
      const res = await call(memberUser.token, 'post', `/workstations/${ws}/opinion-entries`, {
        text: '菜市场周末太拥挤',
        category: '城市管理',
        phone: null,
      });
      expect(res.status).toBe(201);
      const [stored] = await t.db.query(`SELECT phone_enc, phone_bidx FROM opinion_entries WHERE id = $1`, [
        res.body.id,
      ]);
      expect(stored).toEqual({ phone_enc: null, phone_bidx: null });
      // Out of the way of the listing counts below.
      await t.db.query(`DELETE FROM opinion_entries WHERE id = $1`, [res.body.id]);
    });

    it('a resident leaves a concern from the resident site; staff record too', async () => {
      const resident = await t.residentToken('13812340001', '居民甲');
      const res = await call(resident, 'post', `/workstations/${ws}/opinion-entries`, {
        text: '小区门口的公交站没有遮雨棚',
        category: '交通',
      });
      expect(res.status).toBe(201);
      residentEntryId = res.body.id;
      const byStaff = await call(org.token, 'post', `/workstations/${ws}/opinion-entries`, {
        text: '菜市场周边占道经营',
        category: '城市管理',
      });
      expect(byStaff.status).toBe(201);
    });

    it('lists entries in scope, phones masked unless pii:read (audited), members see only their own', async () => {
      const list = await call(org.token, 'get', `/opinion-entries?workstation=${ws}`);
      expect(list.status).toBe(200);
      expect(list.body.total).toBe(3);
      const mine = list.body.items.find((e: { id: string }) => e.id === entryId);
      expect(mine).toMatchObject({ category: '养老', community: '沙朗社区', phone: '139****4321' });
      expect(JSON.stringify(list.body)).not.toContain(PHONE);

      const full = await call(piiOrg.token, 'get', `/opinion-entries?workstation=${ws}&category=养老`);
      expect(full.body.items).toHaveLength(1);
      expect(full.body.items[0].phone).toBe(PHONE);
      const audit = await t.db.query(`SELECT 1 FROM audit_log WHERE actor_id = $1 AND action = 'pii.read'`, [
        piiOrg.id,
      ]);
      expect(audit.length).toBeGreaterThan(0);

      const own = await call(memberUser.token, 'get', `/opinion-entries`);
      expect(own.body.items.map((e: { id: string }) => e.id)).toEqual([entryId]);

      const future = await call(org.token, 'get', `/opinion-entries?workstation=${ws}&from=2099-01-01`);
      expect(future.body.total).toBe(0);
      expect((await call(plOrg.token, 'get', `/opinion-entries?region=530102`)).status).toBe(403);
      const plList = await call(plOrg.token, 'get', `/opinion-entries`);
      expect(plList.body.items.some((e: { workstationId: string }) => e.workstationId === ws)).toBe(false);
    });

    it('photos: images only (by content), attached when the entry is recorded, read by whoever reads the entry', async () => {
      const upload = (token: string, data: Buffer, name: string) =>
        t.http().post('/api/v1/opinion-photos').set(bearer(token)).attach('file', data, name);
      const png = await upload(memberUser.token, PNG, 'photo.png');
      expect(png.status).toBe(201);
      expect(png.body).toMatchObject({ contentType: 'image/png', size: PNG.length });
      // A PDF named .jpg and text named .png are refused; nothing without a file.
      const pdf = await upload(memberUser.token, Buffer.from('%PDF-1.4\n%\xe2\xe3\n'), 'scan.jpg');
      expect(pdf.status).toBe(400);
      expect(pdf.body.code).toBe('UNSUPPORTED_FILE_TYPE');
      const text = await upload(memberUser.token, Buffer.from('not an image'), 'x.png');
      expect(text.body.code).toBe('UNSUPPORTED_FILE_TYPE');
      const none = await t.http().post('/api/v1/opinion-photos').set(bearer(memberUser.token)).send({});
      expect(none.status).toBe(400);
      expect(none.body.code).toBe('FILE_REQUIRED');

      // Someone else's photo, or one already used, cannot be attached.
      const others = await upload(org.token, PNG, 'o.png');
      const stolen = await call(memberUser.token, 'post', `/workstations/${ws}/opinion-entries`, {
        text: '路边垃圾桶满溢',
        category: '环境',
        photoIds: [others.body.id],
      });
      expect(stolen.status).toBe(400);
      expect(stolen.body.code).toBe('UNKNOWN_PHOTO');

      const rec = await call(memberUser.token, 'post', `/workstations/${ws}/opinion-entries`, {
        text: '沙朗社区河道垃圾堆积',
        category: '环境',
        photoIds: [png.body.id],
      });
      expect(rec.status).toBe(201);
      const again = await call(memberUser.token, 'post', `/workstations/${ws}/opinion-entries`, {
        text: '同一张照片',
        category: '环境',
        photoIds: [png.body.id],
      });
      expect(again.body.code).toBe('UNKNOWN_PHOTO');

      const list = await call(org.token, 'get', `/opinion-entries?workstation=${ws}&category=环境`);
      const entry = list.body.items.find((e: { id: string }) => e.id === rec.body.id);
      expect(entry.photoFiles).toEqual([
        {
          id: png.body.id,
          contentType: 'image/png',
          size: PNG.length,
          url: `/api/v1/opinion-photos/${png.body.id}`,
        },
      ]);
      for (const token of [memberUser.token, org.token, viewer.token]) {
        const got = await download(token, `/opinion-photos/${png.body.id}`);
        expect(got.status).toBe(200);
        expect(got.headers['content-type']).toBe('image/png');
        expect(got.headers['x-content-type-options']).toBe('nosniff');
        expect(Buffer.compare(got.body as Buffer, PNG)).toBe(0);
      }
      // Another member, staff of another region: no such photo.
      expect((await download(otherMemberUser.token, `/opinion-photos/${png.body.id}`)).status).toBe(404);
      expect((await download(plOrg.token, `/opinion-photos/${png.body.id}`)).status).toBe(404);
      // An unattached photo is its uploader's alone.
      expect((await download(org.token, `/opinion-photos/${others.body.id}`)).status).toBe(200);
      expect((await download(memberUser.token, `/opinion-photos/${others.body.id}`)).status).toBe(404);

      // A resident attaches a photo from the resident site and reads it back.
      const resident = await t.residentToken('13812340009', '居民丙');
      const rp = await upload(resident, PNG, 'r.png');
      expect(rp.status).toBe(201);
      const left = await call(resident, 'post', `/workstations/${ws}/opinion-entries`, {
        text: '小区路灯坏了',
        category: '城市管理',
        photoIds: [rp.body.id],
      });
      expect(left.status).toBe(201);
      expect((await download(resident, `/opinion-photos/${rp.body.id}`)).status).toBe(200);
      expect((await download(org.token, `/opinion-photos/${rp.body.id}`)).status).toBe(200);
    });

    it('an entry is answered on the spot once', async () => {
      const ok = await call(org.token, 'post', `/opinion-entries/${residentEntryId}/answer`, {
        answer: '已联系公交公司，月底前加装',
      });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ disposition: 'answered', answer: '已联系公交公司，月底前加装' });
      const again = await call(org.token, 'post', `/opinion-entries/${residentEntryId}/answer`, {
        answer: 'x',
      });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('ENTRY_NOT_OPEN');
    });

    it('an entry becomes a topic (议题) once: 委员荐题 from a member, 群众出题 from a resident', async () => {
      const rec = await call(memberUser.token, 'post', `/workstations/${ws}/opinion-entries`, {
        text: '沙朗社区到西山区的公交班次太少，早高峰等车四十分钟',
        category: '交通',
        community: '沙朗社区',
      });
      const fromMember = rec.body.id as string;
      expect((await call(plOrg.token, 'post', `/opinion-entries/${fromMember}/topic`, {})).status).toBe(404);
      const [a, b] = await Promise.all([
        call(memberUser.token, 'post', `/opinion-entries/${fromMember}/topic`, {}),
        call(org.token, 'post', `/opinion-entries/${fromMember}/topic`, { title: '增加沙朗公交班次' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const won = a.status === 200 ? a : b;
      expect((a.status === 409 ? a : b).body.code).toBe('ENTRY_NOT_OPEN');
      expect(won.body).toMatchObject({ disposition: 'topic', topicId: expect.any(String) });
      const topics = await t.db.query(
        `SELECT id, title, description, region_code, workstation_id, source, status, proposer_id, proposer_name
           FROM topics WHERE workstation_id = $1`,
        [ws],
      );
      expect(topics).toHaveLength(1);
      expect(topics[0]).toMatchObject({
        id: won.body.topicId,
        description: '沙朗社区到西山区的公交班次太少，早高峰等车四十分钟（沙朗社区）',
        region_code: '530102010',
        source: 'member',
        status: 'submitted',
        proposer_id: memberUser.id,
        proposer_name: member.name,
      });
      expect(topics[0].title).toBe(
        a.status === 200 ? '交通：沙朗社区到西山区的公交班次太少，早高峰等车四十分钟' : '增加沙朗公交班次',
      );
      // Organisers review it like any topic.
      const seen = await call(org.token, 'get', `/topics/${won.body.topicId}`);
      expect(seen.status).toBe(200);

      const resident = await t.residentToken('13812340002', '居民乙');
      const left = await call(resident, 'post', `/workstations/${ws}/opinion-entries`, {
        text: '社区卫生服务站周末不开门',
        category: '医疗卫生',
      });
      expect(left.status).toBe(201);
      const fromResident = await call(org.token, 'post', `/opinion-entries/${left.body.id}/topic`, {
        title: '社区卫生服务站周末开放',
      });
      expect(fromResident.status).toBe(200);
      const [rt] = await t.db.query(
        `SELECT source, proposer_id, proposer_name, title FROM topics WHERE id = $1`,
        [fromResident.body.topicId],
      );
      expect(rt).toMatchObject({
        source: 'resident',
        proposer_name: '群众',
        title: '社区卫生服务站周末开放',
      });
      const [{ id: residentId }] = await t.db.query(
        `SELECT created_by AS id FROM opinion_entries WHERE id = $1`,
        [left.body.id],
      );
      expect(rt.proposer_id).toBe(residentId);
      // Answered entries are handled already.
      expect((await call(org.token, 'post', `/opinion-entries/${residentEntryId}/topic`, {})).body.code).toBe(
        'ENTRY_NOT_OPEN',
      );
    });
  });

  describe('reports and review', () => {
    const body = {
      situation: '沙朗社区老年活动室建于上世纪九十年代，门窗老化。\n冬季室温低，老人不愿前往。',
      analysis: '维修经费来源不明确。',
      suggestions: '建议街道统筹资金，年内完成门窗改造。',
    };

    it('a member drafts a report from an entry with a co-signer; the draft is theirs alone', async () => {
      const res = await call(memberUser.token, 'post', '/opinion-reports', {
        title: '关于改造沙朗社区老年活动室的建议',
        body,
        entryIds: [entryId],
        cosignerIds: [cosigner.id],
      });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ id: expect.any(String), status: 'draft' });
      reportId = res.body.id;
      const mine = await call(memberUser.token, 'get', `/opinion-reports/${reportId}`);
      expect(mine.body).toMatchObject({
        status: 'draft',
        entryIds: [entryId],
        cosigners: [{ memberId: cosigner.id, name: cosigner.name }],
        authorName: member.name,
        regionCode: '530102',
      });
      expect((await call(org.token, 'get', `/opinion-reports/${reportId}`)).status).toBe(404);
      expect((await call(otherMemberUser.token, 'get', `/opinion-reports/${reportId}`)).status).toBe(404);
      const [entry] = await t.db.query(`SELECT disposition FROM opinion_entries WHERE id = $1`, [entryId]);
      expect(entry.disposition).toBe('reported');
      // The entries it carries, as readers see them: text, category, community, date; the raiser masked.
      expect(mine.body.entries).toEqual([
        {
          id: entryId,
          text: '西翥街道沙朗社区老年活动室年久失修，冬天漏风',
          category: '养老',
          community: '沙朗社区',
          phone: '139****4321',
          source: 'staff',
          createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        },
      ]);
    });

    it('co-signers: a member looks colleagues of their region up by name (no personal data) and the author changes who co-signs', async () => {
      const surname = `联${uniq()}`;
      const [near, far] = await Promise.all([
        createMember(t, admin, { name: `${surname}甲`, sector: '医药卫生界', phone: '13711112222' }),
        createMember(t, admin, { name: `${surname}乙`, regionCode: '530103' }),
      ]);
      await assignMembers(t, admin, ws, [{ memberId: member.id }, { memberId: near.id as string }]);
      const found = await call(memberUser.token, 'get', `/members/lookup?q=${encodeURIComponent(surname)}`);
      expect(found.status).toBe(200);
      // Only the own region's colleague, with nothing but name, sector, region and where they serve.
      expect(found.body).toEqual({
        total: 1,
        items: [
          {
            id: near.id,
            name: `${surname}甲`,
            sector: '医药卫生界',
            regionCode: '530102',
            regionName: expect.any(String),
            workstations: [expect.stringContaining('西翥街道委员工作站')],
          },
        ],
      });
      // The caller is not their own colleague; another region is refused; bad input is a 400.
      const self = await call(
        memberUser.token,
        'get',
        `/members/lookup?q=${encodeURIComponent(member.name)}`,
      );
      expect(self.body.items.map((x: { id: string }) => x.id)).not.toContain(member.id);
      expect((await call(memberUser.token, 'get', '/members/lookup?region=530103')).status).toBe(403);
      expect((await call(memberUser.token, 'get', `/members/lookup?q=${'长'.repeat(51)}`)).status).toBe(400);
      const resident = await t.residentToken('13812340078', '居民');
      expect((await call(resident, 'get', '/members/lookup')).status).toBe(403);

      // A member of another region cannot co-sign (refused as unknown, nothing stored).
      const before = (await t.db.query(`SELECT count(*)::int AS c FROM opinion_reports`))[0].c;
      const outside = await call(memberUser.token, 'post', '/opinion-reports', {
        title: 'x',
        body,
        cosignerIds: [near.id, far.id],
      });
      expect(outside.status).toBe(400);
      expect(outside.body).toMatchObject({ code: 'UNKNOWN_MEMBER' });
      expect((await t.db.query(`SELECT count(*)::int AS c FROM opinion_reports`))[0].c).toBe(before);

      // The author replaces who co-signs the draft (naming themselves changes nothing); others may not.
      const edited = await call(memberUser.token, 'patch', `/opinion-reports/${reportId}`, {
        cosignerIds: [cosigner.id, near.id, member.id],
      });
      expect(edited.status).toBe(200);
      expect(edited.body.cosigners.map((c: { memberId: string }) => c.memberId).sort()).toEqual(
        [cosigner.id, near.id].sort(),
      );
      const refused = await call(memberUser.token, 'patch', `/opinion-reports/${reportId}`, {
        cosignerIds: [far.id],
      });
      expect(refused.body.code).toBe('UNKNOWN_MEMBER');
      const back = await call(memberUser.token, 'patch', `/opinion-reports/${reportId}`, {
        cosignerIds: [cosigner.id],
      });
      expect(back.body.cosigners).toEqual([{ memberId: cosigner.id, name: cosigner.name }]);
      const audit = await t.db.query(
        `SELECT detail FROM audit_log WHERE action = 'opinion.report.edit' AND target_id = $1 ORDER BY id`,
        [reportId],
      );
      expect(audit.map((a: { detail: { cosigners?: number } }) => a.detail.cosigners)).toEqual([2, 1]);
    });

    it('someone else’s entries cannot be carried, unknown co-signers are refused', async () => {
      const foreign = await call(otherMemberUser.token, 'post', '/opinion-reports', {
        title: 'x',
        body,
        entryIds: [entryId],
      });
      expect(foreign.status).toBe(400);
      expect(foreign.body.code).toBe('UNKNOWN_ENTRY');
      const ghost = await call(memberUser.token, 'post', '/opinion-reports', {
        title: 'x',
        body,
        cosignerIds: ['00000000-0000-4000-8000-000000000000'],
      });
      expect(ghost.status).toBe(400);
      expect(ghost.body.code).toBe('UNKNOWN_MEMBER');
      const noBody = await call(memberUser.token, 'post', '/opinion-reports', { title: 'x' });
      expect(noBody.status).toBe(400);
    });

    it('submit, return with a comment, edit, resubmit; staff edit while reviewing', async () => {
      expect((await call(org.token, 'post', `/opinion-reports/${reportId}/submit`)).status).toBe(404);
      const sub = await call(memberUser.token, 'post', `/opinion-reports/${reportId}/submit`);
      expect(sub.status).toBe(200);
      expect(sub.body.status).toBe('submitted');
      expect((await call(memberUser.token, 'post', `/opinion-reports/${reportId}/submit`)).body.code).toBe(
        'REPORT_NOT_DRAFT',
      );
      const ret = await call(org.token, 'post', `/opinion-reports/${reportId}/return`, {
        comment: '请补充数据',
      });
      expect(ret.status).toBe(200);
      const seen = await call(memberUser.token, 'get', `/opinion-reports/${reportId}`);
      expect(seen.body).toMatchObject({ status: 'returned', returnComment: '请补充数据' });
      const edit = await call(memberUser.token, 'patch', `/opinion-reports/${reportId}`, {
        body: { ...body, situation: `${body.situation}\n全社区60岁以上老人1200余人。` },
      });
      expect(edit.status).toBe(200);
      expect(edit.body.body.situation).toContain('1200余人');
      expect((await call(memberUser.token, 'post', `/opinion-reports/${reportId}/submit`)).status).toBe(200);
      expect(
        (await call(memberUser.token, 'patch', `/opinion-reports/${reportId}`, { title: 'y' })).status,
      ).toBe(409);
      const staffEdit = await call(org.token, 'patch', `/opinion-reports/${reportId}`, {
        title: '关于加快改造沙朗社区老年活动室的建议',
      });
      expect(staffEdit.status).toBe(200);
      expect(staffEdit.body.title).toBe('关于加快改造沙朗社区老年活动室的建议');
      const listed = await call(viewer.token, 'get', `/opinion-reports?status=submitted`);
      expect(listed.body.items.map((r: { id: string }) => r.id)).toContain(reportId);
    });

    it('merges similar reports: entries and co-signers come along, another member’s report signs as co-signer, it is marked merged', async () => {
      const e = await call(memberUser.token, 'post', `/workstations/${ws}/opinion-entries`, {
        text: '活动室冬天太冷',
        category: '养老',
      });
      const other = await call(memberUser.token, 'post', '/opinion-reports', {
        title: '活动室保暖问题',
        body,
        entryIds: [e.body.id],
      });
      await call(memberUser.token, 'post', `/opinion-reports/${other.body.id}/submit`);
      const merged = await call(org.token, 'post', `/opinion-reports/${reportId}/merge`, {
        reportIds: [other.body.id],
      });
      expect(merged.status).toBe(200);
      expect(merged.body.entryIds.sort()).toEqual([entryId, e.body.id].sort());
      const gone = await call(org.token, 'get', `/opinion-reports/${other.body.id}`);
      expect(gone.body).toMatchObject({ status: 'merged', mergedInto: reportId });
      const twice = await call(org.token, 'post', `/opinion-reports/${reportId}/merge`, {
        reportIds: [other.body.id],
      });
      expect(twice.status).toBe(409);

      // Another member's similar report: merged in, its author signs the merged report too.
      const theirs = await call(otherMemberUser.token, 'post', '/opinion-reports', {
        title: '活动室需要修缮',
        body,
      });
      await call(otherMemberUser.token, 'post', `/opinion-reports/${theirs.body.id}/submit`);
      const joined = await call(org.token, 'post', `/opinion-reports/${reportId}/merge`, {
        reportIds: [theirs.body.id],
      });
      expect(joined.status).toBe(200);
      expect(joined.body.cosigners.map((c: { name: string }) => c.name).sort()).toEqual(
        [cosigner.name, otherMember.name].sort(),
      );
      expect(joined.body.authorName).toBe(member.name);
    });
  });

  describe('issues of 《社情民意》', () => {
    it('concurrent creations in one year get consecutive numbers, never the same', async () => {
      const year = 2031;
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          call(i % 2 ? org.token : org2.token, 'post', '/opinion-issues', { year }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
      const numbers = results.map((r) => r.body.number as number).sort((a, b) => a - b);
      expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      const other = await call(plOrg.token, 'post', '/opinion-issues', { year }); // 盘龙区 numbers its own
      expect(other.body.number).toBe(1);
      const street = await call(org.token, 'post', '/opinion-issues', { year, region: '530102010' });
      expect(street.status).toBe(400);
      expect(street.body.code).toBe('NOT_A_COMMITTEE_REGION');
    });

    it('adopts the report into a new issue; another region cannot see or adopt', async () => {
      const created = await call(org.token, 'post', '/opinion-issues', { year: 2026 });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ year: 2026, number: 1, status: 'compiling' });
      issue = created.body;
      expect(
        (await call(plOrg.token, 'post', `/opinion-reports/${reportId}/adopt`, { issueId: issue.id })).status,
      ).toBe(404);
      const ok = await call(org.token, 'post', `/opinion-reports/${reportId}/adopt`, { issueId: issue.id });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ status: 'adopted', issueId: issue.id });
      const again = await call(org.token, 'post', `/opinion-reports/${reportId}/adopt`, {
        issueId: issue.id,
      });
      expect(again.status).toBe(409);
      const detail = await call(viewer.token, 'get', `/opinion-issues/${issue.id}`);
      expect(detail.body.reports.map((r: { id: string }) => r.id)).toEqual([reportId]);
      expect((await call(plOrg.token, 'get', `/opinion-issues/${issue.id}`)).status).toBe(404);
    });

    it('an empty issue is not sent; sending notifies the recipients, who open its files, and freezes the issue', async () => {
      const empty = await call(org.token, 'post', '/opinion-issues', { year: 2026 });
      const refused = await call(org.token, 'post', `/opinion-issues/${empty.body.id}/send`, {});
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('ISSUE_EMPTY');

      const dept = await createDepartment(t, admin, { name: `五华区民政局${uniq()}`, regionCode: '530102' });
      const deptHandler = await staff(t, admin, {
        username: `op_dh_${uniq()}`,
        roles: ['department_handler'],
        regionCode: '530102',
        departmentId: dept.id as string,
      });
      const sent = await call(org.token, 'post', `/opinion-issues/${issue.id}/send`, {
        userIds: [leader.id],
        sendTo: ['市委、市政府领导'],
        departmentIds: [dept.id],
        copyTo: ['区委办公室'],
      });
      expect(sent.status).toBe(200);
      expect(sent.body).toMatchObject({
        status: 'sent',
        notified: 2, // the leader and the 抄送 department's handler
        sendTo: ['市委、市政府领导'],
        copyTo: [dept.name, '区委办公室'],
      });
      const inbox = await call(leader.token, 'get', '/me/notifications');
      const notice = inbox.body.items.find((x: { kind: string }) => x.kind === 'opinion.issue.sent');
      expect(notice.title).toBe('《社情民意》2026年第1期');
      expect(notice.link).toBe(`/api/v1/opinion-issues/${issue.id}/document.pdf`);
      const handlerInbox = await call(deptHandler.token, 'get', '/me/notifications');
      const handlerNotice = handlerInbox.body.items.find(
        (x: { kind: string }) => x.kind === 'opinion.issue.sent',
      );
      expect(handlerNotice.body).toContain('Word、PDF');
      // The files open for whoever the notice reached, whatever their role; not for others of that role.
      const viaLink = await t
        .http()
        .get(handlerNotice.link)
        .set(bearer(deptHandler.token))
        .buffer(true)
        .parse(binary);
      expect(viaLink.status).toBe(200);
      expect((viaLink.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdfText(viaLink.body as Buffer)).toContain('2026年第1期');
      const handlerDocx = await download(deptHandler.token, `/opinion-issues/${issue.id}/document.docx`);
      expect(handlerDocx.status).toBe(200);
      const handlerXml = await (
        await JSZip.loadAsync(handlerDocx.body as Buffer)
      )
        .file('word/document.xml')!
        .async('string');
      expect(handlerXml).toContain('关于加快改造沙朗社区老年活动室的建议');
      const otherHandler = await staff(t, admin, {
        username: `op_dh2_${uniq()}`,
        roles: ['department_handler'],
        regionCode: '530102',
        departmentId: (
          await createDepartment(t, admin, { name: `五华区教育局${uniq()}`, regionCode: '530102' })
        ).id as string,
      });
      expect((await download(otherHandler.token, `/opinion-issues/${issue.id}/document.pdf`)).status).toBe(
        404,
      );
      expect((await download(memberUser.token, `/opinion-issues/${issue.id}/document.docx`)).status).toBe(
        404,
      );
      expect(
        (await t.db.query(`SELECT user_id FROM opinion_issue_recipients WHERE issue_id = $1`, [issue.id]))
          .map((r: { user_id: string }) => r.user_id)
          .sort(),
      ).toEqual([leader.id, deptHandler.id].sort());

      expect((await call(org.token, 'post', `/opinion-issues/${issue.id}/send`, {})).body.code).toBe(
        'ISSUE_SENT',
      );
      const r2 = await call(org.token, 'post', '/opinion-reports', {
        title: '迟到的信息',
        body: { situation: 'a', analysis: '', suggestions: 'b' },
      });
      await call(org.token, 'post', `/opinion-reports/${r2.body.id}/submit`);
      const late = await call(org.token, 'post', `/opinion-reports/${r2.body.id}/adopt`, {
        issueId: issue.id,
      });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('ISSUE_SENT');
    });

    it('document.docx: red 版头, 期号, issuing committee and date, body, 反映人/联名, 报送/抄送; nothing of the residents', async () => {
      const res = await download(viewer.token, `/opinion-issues/${issue.id}/document.docx`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/wordprocessingml/);
      const zip = await JSZip.loadAsync(res.body as Buffer);
      const xml = await zip.file('word/document.xml')!.async('string');
      expect(xml).toMatch(/<w:color w:val="C00000"\/>[\s\S]*?社情民意/);
      expect(xml).toContain('2026年第1期');
      expect(xml).toContain('政协昆明市五华区委员会办公室编');
      expect(xml).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
      expect(xml).toContain('关于加快改造沙朗社区老年活动室的建议');
      expect(xml).toContain('一、基本情况');
      expect(xml).toContain('全社区60岁以上老人1200余人。');
      expect(xml).toContain('三、意见建议');
      expect(xml).toContain('报送：市委、市政府领导。');
      expect(xml).toMatch(/抄送：五华区民政局.*，区委办公室。/);
      expect(xml).toMatch(/w:eastAsia="方正小标宋简体"/);
      expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      // 反映人: the author and, as 联名, the co-signers (members, as the official layout credits them).
      const text = xml.replace(/<[^>]+>/g, '');
      const signers = [cosigner.name, otherMember.name].sort((a, b) => a.localeCompare(b, 'zh-CN'));
      expect(text).toMatch(
        new RegExp(
          `（反映人：${member.name}；联名：(${signers.join('、')}|${[...signers].reverse().join('、')})）`,
        ),
      );
      expect(xml).toMatch(/<w:jc w:val="right"\/>[\s\S]{0,800}反映人/);
      // Nothing of the residents behind it.
      for (const secret of [PHONE, '139****4321', '沙朗社区老年活动室年久失修'])
        expect(xml).not.toContain(secret);

      // LibreOffice opens and converts it without errors.
      const dir = mkdtempSync(path.join(os.tmpdir(), 'opinion-lo-'));
      try {
        const src = path.join(dir, 'issue.docx');
        writeFileSync(src, res.body as Buffer);
        await promisify(execFile)(
          'soffice',
          [
            `-env:UserInstallation=file://${dir}/profile`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            src,
          ],
          { timeout: 120_000 },
        );
        const pdf = readFileSync(path.join(dir, 'issue.pdf'));
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(pdf.length).toBeGreaterThan(5000);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('document.pdf: the same text with the 反映人 line and the embedded font subset', async () => {
      const res = await download(org.token, `/opinion-issues/${issue.id}/document.pdf`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const pdf = res.body as Buffer;
      expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans/);
      const text = pdfText(pdf);
      for (const s of [
        '社情民意',
        '2026年第1期',
        '政协昆明市五华区委员会办公室编',
        '一、基本情况',
        '报送：市委、市政府领导。',
      ])
        expect(text).toContain(s);
      expect(text).toContain(`反映人：${member.name}`);
      expect(text).not.toContain(PHONE);
      expect((await download(plOrg.token, `/opinion-issues/${issue.id}/document.pdf`)).status).toBe(404);
    });

    it('a sent issue is corrected by a new numbered 更正', async () => {
      const bad = await call(org.token, 'post', '/opinion-issues', { year: 2026, correctsId: issue.id });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('CORRECTION_INCOMPLETE');
      const fix = await call(org.token, 'post', '/opinion-issues', {
        year: 2026,
        correctsId: issue.id,
        correctionNote: '第1期“1200余人”应为“1300余人”。',
      });
      expect(fix.status).toBe(201);
      expect(fix.body.number).toBe(3); // 1 sent, 2 the empty one above
      expect((await call(org.token, 'post', `/opinion-issues/${fix.body.id}/send`, {})).status).toBe(200);
      const res = await download(org.token, `/opinion-issues/${fix.body.id}/document.docx`);
      const xml = await (
        await JSZip.loadAsync(res.body as Buffer)
      )
        .file('word/document.xml')!
        .async('string');
      expect(xml).toContain('2026年第3期（更正）');
      expect(xml).toContain('关于2026年第1期的更正');
      expect(xml).toContain('“1300余人”');
      const audit = await t.db.query(
        `SELECT action FROM audit_log WHERE action LIKE 'opinion.%' ORDER BY at`,
      );
      const actions = new Set(audit.map((a: { action: string }) => a.action));
      // Everything done so far left its trace (批示 and 交办 are checked with their own steps).
      for (const a of [
        'opinion.photo.upload',
        'opinion.entry.create',
        'opinion.entry.answer',
        'opinion.entry.topic',
        'opinion.report.create',
        'opinion.report.edit',
        'opinion.report.submit',
        'opinion.report.return',
        'opinion.report.merge',
        'opinion.report.adopt',
        'opinion.issue.create',
        'opinion.issue.send',
        'opinion.issue.docx',
        'opinion.issue.pdf',
      ])
        expect(actions).toContain(a);
    });

    it('two staff adopting at once: consecutive issue numbers, every report in exactly one issue, none lost', async () => {
      const submitted = async (title: string) => {
        const r = await call(memberUser.token, 'post', '/opinion-reports', {
          title,
          body: { situation: `${title}的情况`, analysis: '', suggestions: `${title}的建议` },
        });
        expect((await call(memberUser.token, 'post', `/opinion-reports/${r.body.id}/submit`)).status).toBe(
          200,
        );
        return r.body.id as string;
      };
      const reports = [];
      for (let i = 0; i < 6; i++) reports.push(await submitted(`并发采用${i}`));
      const year = 2033;
      // Each staff member opens the year's next issue and adopts two reports into it, both at once.
      const compile = async (token: string, ids: string[]) => {
        const issue = await call(token, 'post', '/opinion-issues', { year });
        const adopted = await Promise.all(
          ids.map((id) => call(token, 'post', `/opinion-reports/${id}/adopt`, { issueId: issue.body.id })),
        );
        return {
          issue: issue.body as { id: string; number: number },
          statuses: adopted.map((a) => a.status),
        };
      };
      const [a, b] = await Promise.all([
        compile(org.token, reports.slice(0, 2)),
        compile(org2.token, reports.slice(2, 4)),
      ]);
      expect([a.issue.number, b.issue.number].sort()).toEqual([1, 2]);
      expect([...a.statuses, ...b.statuses]).toEqual([200, 200, 200, 200]);
      const inIssue = async (id: string) =>
        (await call(viewer.token, 'get', `/opinion-issues/${id}`)).body.reports
          .map((r: { id: string }) => r.id)
          .sort();
      expect(await inIssue(a.issue.id)).toEqual(reports.slice(0, 2).sort());
      expect(await inIssue(b.issue.id)).toEqual(reports.slice(2, 4).sort());

      // The same report adopted into both issues at once lands in one of them.
      const [x, y] = await Promise.all([
        call(org.token, 'post', `/opinion-reports/${reports[4]}/adopt`, { issueId: a.issue.id }),
        call(org2.token, 'post', `/opinion-reports/${reports[4]}/adopt`, { issueId: b.issue.id }),
      ]);
      expect([x.status, y.status].sort()).toEqual([200, 409]);
      const home = x.status === 200 ? a.issue.id : b.issue.id;
      const [row] = await t.db.query(`SELECT status, issue_id FROM opinion_reports WHERE id = $1`, [
        reports[4],
      ]);
      expect(row).toEqual({ status: 'adopted', issue_id: home });
      expect((await inIssue(a.issue.id)).length + (await inIssue(b.issue.id)).length).toBe(5);

      // Adopting while another sends the issue: either it is in the sent issue or refused and still submitted.
      const [adopt, send] = await Promise.all([
        call(org.token, 'post', `/opinion-reports/${reports[5]}/adopt`, { issueId: b.issue.id }),
        call(org2.token, 'post', `/opinion-issues/${b.issue.id}/send`, {}),
      ]);
      expect(send.status).toBe(200);
      const after = await call(viewer.token, 'get', `/opinion-reports/${reports[5]}`);
      if (adopt.status === 200) {
        expect(after.body).toMatchObject({ status: 'adopted', issueId: b.issue.id });
        expect(await inIssue(b.issue.id)).toContain(reports[5]);
      } else {
        expect(adopt.status).toBe(409);
        expect(adopt.body.code).toBe('ISSUE_SENT');
        expect(after.body).toMatchObject({ status: 'submitted', issueId: null });
        expect(await inIssue(b.issue.id)).not.toContain(reports[5]);
      }
    });
  });
  describe('批示 and 办理: an adopted report goes through the suggestion flow', () => {
    let lead: { id: string; name: string; handler: { id: string; token: string } };
    let co: { id: string; name: string; handler: { id: string; token: string } };
    let suggestionId: string;
    let assigner: { id: string; token: string };
    const instruction = {
      by: '市委书记',
      text: '请市住建局牵头研究，尽快解决。',
      at: '2026-03-02T02:00:00Z',
    };
    const due = () => new Date(Date.now() + 3 * 86_400_000).toISOString();

    beforeAll(async () => {
      const dept = async (label: string) => {
        const d = await createDepartment(t, admin, { name: `${label}${uniq()}`, regionCode: '530102' });
        const handler = await staff(t, admin, {
          username: `op_h_${uniq()}`,
          roles: ['department_handler'],
          regionCode: '530102',
          departmentId: d.id as string,
        });
        return { id: d.id as string, name: d.name as string, handler };
      };
      [lead, co] = [await dept('五华区住建局'), await dept('五华区民政局')];
    });

    it('批示 only on an adopted report, by reviewers of its region; bad input stores nothing', async () => {
      const draft = await call(org.token, 'post', '/opinion-reports', {
        title: '未采用的信息',
        body: { situation: 'a', analysis: '', suggestions: 'b' },
      });
      await call(org.token, 'post', `/opinion-reports/${draft.body.id}/submit`);
      const early = await call(
        org.token,
        'post',
        `/opinion-reports/${draft.body.id}/instructions`,
        instruction,
      );
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('REPORT_NOT_ADOPTED');

      const future = await call(org.token, 'post', `/opinion-reports/${reportId}/instructions`, {
        ...instruction,
        at: new Date(Date.now() + 86_400_000).toISOString(),
      });
      expect(future.status).toBe(400);
      expect(future.body.code).toBe('INSTRUCTION_IN_FUTURE');
      const empty = await call(org.token, 'post', `/opinion-reports/${reportId}/instructions`, {
        ...instruction,
        by: '',
      });
      expect(empty.status).toBe(400);
      expect(
        (await call(memberUser.token, 'post', `/opinion-reports/${reportId}/instructions`, instruction))
          .status,
      ).toBe(403);
      expect(
        (await call(plOrg.token, 'post', `/opinion-reports/${reportId}/instructions`, instruction)).status,
      ).toBe(404);
      const [{ c }] = await t.db.query(
        `SELECT count(*)::int AS c FROM opinion_report_instructions WHERE report_id = $1`,
        [reportId],
      );
      expect(c).toBe(0);

      const notYet = await call(org.token, 'post', `/opinion-reports/${reportId}/assign`, {
        departmentIds: [lead.id],
        dueAt: due(),
      });
      expect(notYet.status).toBe(409);
      expect(notYet.body.code).toBe('REPORT_NOT_INSTRUCTED');

      const ok = await call(org.token, 'post', `/opinion-reports/${reportId}/instructions`, instruction);
      expect(ok.status).toBe(201);
      expect(ok.body.instructions).toEqual([
        expect.objectContaining({ by: '市委书记', text: instruction.text, at: '2026-03-02T02:00:00.000Z' }),
      ]);
      expect(ok.body.handling).toBeNull();
      // The author sees the 批示 on their report too.
      const mine = await call(memberUser.token, 'get', `/opinion-reports/${reportId}`);
      expect(mine.body.instructions).toHaveLength(1);
    });

    it('two staff assigning at once make one suggestion; its departments are told', async () => {
      const before = (await call(org.token, 'get', '/stats?region=530102')).body;
      const bad = await call(org.token, 'post', `/opinion-reports/${reportId}/assign`, {
        departmentIds: ['00000000-0000-4000-8000-000000000000'],
        dueAt: due(),
      });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('UNKNOWN_DEPARTMENT');
      const past = await call(org.token, 'post', `/opinion-reports/${reportId}/assign`, {
        departmentIds: [lead.id],
        dueAt: '2020-01-01T00:00:00Z',
      });
      expect(past.body.code).toBe('DUE_IN_PAST');

      const body = { departmentIds: [lead.id, co.id], dueAt: due() };
      const [a, b] = await Promise.all([
        call(org.token, 'post', `/opinion-reports/${reportId}/assign`, body),
        call(org2.token, 'post', `/opinion-reports/${reportId}/assign`, body),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const won = a.status === 200 ? a : b;
      assigner = a.status === 200 ? org : org2;
      expect((a.status === 409 ? a : b).body.code).toBe('REPORT_ALREADY_ASSIGNED');
      expect(won.body.handling).toEqual({ suggestionId: expect.any(String), status: 'assigned' });
      suggestionId = won.body.handling.suggestionId;
      const rows = await t.db.query(
        `SELECT id, origin, session_id, status FROM suggestions WHERE report_id = $1`,
        [reportId],
      );
      expect(rows).toEqual([{ id: suggestionId, origin: 'report', session_id: null, status: 'assigned' }]);

      for (const d of [lead, co]) {
        const inbox = await call(d.handler.token, 'get', '/me/notifications');
        const n = inbox.body.items.find((x: { kind: string }) => x.kind === 'suggestion.assigned');
        expect(n.link).toBe(`/suggestions/${suggestionId}`);
      }
      // The handler's queue holds it, with the report's text and 批示.
      const queue = await call(lead.handler.token, 'get', '/suggestions');
      const item = queue.body.items.find((x: { id: string }) => x.id === suggestionId);
      expect(item).toMatchObject({ origin: 'report', reportId, sessionId: null, status: 'assigned' });
      expect(item.content).toContain('批示（市委书记');
      expect(item.content).toContain(instruction.text);
      // Consultation statistics count sessions' suggestions only.
      const after = (await call(org.token, 'get', '/stats?region=530102')).body;
      expect(after.suggestions).toEqual(before.suggestions);
    });

    it('督办 reminds the departments; reply, 会签, completion and ratings carry it through', async () => {
      const ran = await call(org.token, 'post', '/supervision/reminders');
      expect(ran.status).toBe(200);
      const inbox = await call(co.handler.token, 'get', '/me/notifications');
      expect(
        inbox.body.items.some(
          (x: { kind: string; link: string }) =>
            x.kind === 'suggestion.due' && x.link === `/suggestions/${suggestionId}`,
        ),
      ).toBe(true);

      const reply = await t
        .http()
        .post(`/api/v1/suggestions/${suggestionId}/reply`)
        .set(bearer(lead.handler.token))
        .send({ grade: 'A', content: '已完成沙朗社区老年活动室修缮。', adopted: true });
      expect(reply.status).toBe(200);
      expect(reply.body.reply.awaitingCountersign).toBe(true);
      const file = await t
        .http()
        .post(`/api/v1/suggestions/${suggestionId}/attachments`)
        .set(bearer(lead.handler.token))
        .attach('file', Buffer.from('%PDF-1.4 修缮验收单'), 'accept.pdf');
      expect(file.status).toBe(201);
      const files = await call(lead.handler.token, 'get', `/suggestions/${suggestionId}/attachments`);
      expect(files.body.items.map((f: { id: string }) => f.id)).toEqual([file.body.id]);
      // A report's reply files are never public.
      expect((await t.http().get(`/api/v1/outcome-files/${file.body.id}`)).status).toBe(404);

      const sign = await call(co.handler.token, 'post', `/suggestions/${suggestionId}/countersign`, {});
      expect(sign.status).toBe(200);
      expect(sign.body.status).toBe('replied');
      const assignerInbox = await call(assigner.token, 'get', '/me/notifications');
      expect(
        assignerInbox.body.items.some(
          (x: { kind: string; link: string }) =>
            x.kind === 'suggestion.replied' && x.link === `/suggestions/${suggestionId}`,
        ),
      ).toBe(true);
      expect((await call(org.token, 'get', `/opinion-reports/${reportId}`)).body.handling.status).toBe(
        'replied',
      );

      const rated = await call(memberUser.token, 'post', `/suggestions/${suggestionId}/ratings`, {
        rating: 'satisfied',
      });
      expect(rated.status).toBe(201);
      const done = await call(org.token, 'post', `/suggestions/${suggestionId}/complete`);
      expect(done.status).toBe(200);
      expect(done.body.status).toBe('completed');
      const report = await call(viewer.token, 'get', `/opinion-reports/${reportId}`);
      expect(report.body.handling).toEqual({ suggestionId, status: 'completed' });
      const inIssue = await call(viewer.token, 'get', `/opinion-issues/${issue.id}`);
      expect(inIssue.body.reports[0].handling.status).toBe('completed');

      const again = await call(org.token, 'post', `/opinion-reports/${reportId}/assign`, {
        departmentIds: [lead.id],
        dueAt: due(),
      });
      expect(again.body.code).toBe('REPORT_ALREADY_ASSIGNED');
      const audit = await t.db.query(
        `SELECT action FROM audit_log WHERE target_id = $1 OR target_id = $2 ORDER BY at`,
        [reportId, suggestionId],
      );
      const actions = audit.map((x: { action: string }) => x.action);
      expect(actions).toEqual(
        expect.arrayContaining(['opinion.report.instruct', 'opinion.report.assign', 'suggestion.create']),
      );
    });

    it('回头看: six months after completion the organiser is reminded, records 落实情况, members rate again', async () => {
      const followUps = t.app.get(FollowUpsService);
      const early = await call(org.token, 'post', `/suggestions/${suggestionId}/follow-up`, {
        implementation: 'implemented',
        note: '已完成',
      });
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('FOLLOW_UP_NOT_DUE');
      const before = await call(org.token, 'get', `/suggestions/${suggestionId}/follow-up`);
      expect(before.body).toMatchObject({ status: 'not_due', remindedAt: null, implementation: null });
      // The job's clock five months on: nothing yet; seven months on: one reminder, once.
      const month = 30 * 86_400_000;
      expect((await followUps.run(new Date(Date.now() + 5 * month))).reminded).toBe(0);
      // Time travel: the suggestion was completed seven months ago.
      await t.db.query(`UPDATE suggestions SET completed_at = now() - interval '7 months' WHERE id = $1`, [
        suggestionId,
      ]);
      expect((await followUps.run()).reminded).toBe(1);
      expect((await followUps.run()).reminded).toBe(0);
      const inbox = await call(assigner.token, 'get', '/me/notifications');
      expect(
        inbox.body.items.filter(
          (x: { kind: string; link: string }) =>
            x.kind === 'suggestion.follow_up' && x.link === `/suggestions/${suggestionId}`,
        ),
      ).toHaveLength(1);
      // Members cannot rate again before the review; nobody but organisers reviews.
      const tooSoon = await call(memberUser.token, 'post', `/suggestions/${suggestionId}/follow-up/ratings`, {
        rating: 'satisfied',
      });
      expect(tooSoon.body.code).toBe('FOLLOW_UP_NOT_REVIEWED');
      const byViewer = await call(viewer.token, 'post', `/suggestions/${suggestionId}/follow-up`, {
        implementation: 'partly',
        note: 'x',
      });
      expect(byViewer.status).toBe(403);
      const bad = await call(org.token, 'post', `/suggestions/${suggestionId}/follow-up`, {
        implementation: 'maybe',
        note: 'x',
      });
      expect(bad.status).toBe(400);
      const [a, b] = await Promise.all([
        call(org.token, 'post', `/suggestions/${suggestionId}/follow-up`, {
          implementation: 'partly',
          note: '活动室已修缮，冬季供暖尚未落实。',
        }),
        call(org2.token, 'post', `/suggestions/${suggestionId}/follow-up`, {
          implementation: 'implemented',
          note: '已全部落实',
        }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const won = a.status === 200 ? a : b;
      expect(won.body).toMatchObject({ status: 'reviewed', remindedAt: expect.any(String) });
      expect((a.status === 409 ? a : b).body.code).toBe('FOLLOW_UP_DONE');

      const again = await call(memberUser.token, 'post', `/suggestions/${suggestionId}/follow-up/ratings`, {
        rating: 'basically_satisfied',
      });
      expect(again.status).toBe(201);
      const twice = await call(memberUser.token, 'post', `/suggestions/${suggestionId}/follow-up/ratings`, {
        rating: 'satisfied',
      });
      expect(twice.body.code).toBe('ALREADY_RATED');
      const outsider = await t.residentToken('13812340077', '路人');
      const refused = await call(outsider, 'post', `/suggestions/${suggestionId}/follow-up/ratings`, {
        rating: 'unsatisfied',
      });
      expect(refused.status).toBe(403);
      const after = await call(viewer.token, 'get', `/suggestions/${suggestionId}/follow-up`);
      expect(after.body.ratings).toEqual({ satisfied: 0, basicallySatisfied: 1, unsatisfied: 0 });
      const audit = await t.db.query(`SELECT action FROM audit_log WHERE target_id = $1`, [suggestionId]);
      expect(audit.map((x: { action: string }) => x.action)).toEqual(
        expect.arrayContaining(['suggestion.follow_up', 'suggestion.follow_up.rate']),
      );
    });
  });
});
