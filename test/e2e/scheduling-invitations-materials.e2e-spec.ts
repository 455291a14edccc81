import { createHash } from 'node:crypto';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { bearer, staff, startTestApp, TestApp } from '@test/test-app';
import { createSession, createTestWorkstation, publishSession } from '@test/factories/scheduling';
import { assignMembers, createDepartment, createMember } from '@test/factories/directory';

async function pdf(): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((r) => doc.on('end', () => r(Buffer.concat(chunks))));
  doc.text('Research briefing');
  doc.end();
  return done;
}

async function docx(): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('商前调研报告')] }] }));
}

async function xlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('数据').addRow(['小区', '车位']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

// Booting an app on a cloned database takes a few seconds on a busy machine.
jest.setTimeout(120_000);

describe('scheduling: invitations and materials', () => {
  let t: TestApp;
  let admin: string;
  let organiser: string;
  let otherOrganiser: string;
  let memberA: { id: string; token: string };
  let memberB: { id: string; token: string };
  let handler: { id: string; token: string };
  let deptId: string;
  let memberAId: string;
  let memberBId: string;
  let memberCId: string;

  beforeAll(async () => {
    t = await startTestApp({ SCHEDULING_JOBS_POLL_MS: '0' });
    admin = await t.login('admin');
    organiser = (await staff(t, admin, { username: 'im_org', roles: ['organiser'], regionCode: '530102' }))
      .token;
    otherOrganiser = (
      await staff(t, admin, { username: 'im_org2', roles: ['organiser'], regionCode: '530103' })
    ).token;
    deptId = (await createDepartment(t, organiser, { name: '五华区住建局' })).id;
    memberA = await staff(t, admin, { username: 'im_ma', roles: ['member'], regionCode: '530102' });
    memberB = await staff(t, admin, { username: 'im_mb', roles: ['member'], regionCode: '530102' });
    handler = await staff(t, admin, {
      username: 'im_h',
      roles: ['department_handler'],
      regionCode: '530102',
      departmentId: deptId,
    });
    memberAId = (await createMember(t, organiser, { name: '甲委员', sector: '教育界', userId: memberA.id }))
      .id;
    memberBId = (
      await createMember(t, organiser, { name: '乙委员', sector: '医药卫生界', userId: memberB.id })
    ).id;
    memberCId = (await createMember(t, organiser, { name: '丙委员', sector: '医药卫生界' })).id;
  });
  afterAll(() => t.close());

  it('invites assigned members, by sector and by hand, departments and experts; repeats are ignored', async () => {
    const ws = await createTestWorkstation(t, organiser, { capacity: 60 });
    await assignMembers(t, organiser, ws.id, [{ memberId: memberAId }]);
    const s = await createSession(t, organiser, { workstationId: ws.id, capacity: 40 });
    const post = (body: object) =>
      t.http().post(`/api/v1/sessions/${s.id}/invitations`).set(bearer(organiser)).send(body);
    const first = await post({
      assignedMembers: true,
      sector: '医药卫生界',
      departmentIds: [deptId],
      experts: [{ name: '赵教授', org: '云南大学' }],
    });
    expect(first.status).toBe(201);
    expect(first.body.created).toBe(5);
    const via = Object.fromEntries(
      first.body.items
        .filter((i: { memberId: string }) => i.memberId)
        .map((i: { memberId: string; via: string }) => [i.memberId, i.via]),
    );
    expect(via).toEqual({ [memberAId]: 'assigned', [memberBId]: 'sector', [memberCId]: 'sector' });
    expect(first.body.items.map((i: { kind: string }) => i.kind).sort()).toEqual([
      'department',
      'expert',
      'member',
      'member',
      'member',
    ]);
    // Reserved seats cover the invitees, separately from the 40 public seats.
    expect(first.body.reservedSeats).toBe(5);
    const again = await post({ memberIds: [memberAId, memberBId] });
    expect(again.body.created).toBe(0);
    const unknown = await post({ memberIds: ['00000000-0000-4000-8000-000000000001'] });
    expect(unknown.body.code).toBe('UNKNOWN_MEMBER');
    expect((await post({})).body.code).toBe('NOBODY_TO_INVITE');
    expect(
      (
        await t
          .http()
          .post(`/api/v1/sessions/${s.id}/invitations`)
          .set(bearer(otherOrganiser))
          .send({ memberIds: [memberAId] })
      ).status,
    ).toBe(403);
    const session = await t.http().get(`/api/v1/sessions/${s.id}`).set(bearer(organiser)).expect(200);
    expect(session.body).toMatchObject({ capacity: 40, reservedSeats: 5 });
  });

  it('reserved seats may not push a venue over its capacity', async () => {
    const ws = await createTestWorkstation(t, organiser, { capacity: 42 });
    const s = await createSession(t, organiser, { workstationId: ws.id, capacity: 40, format: 'onsite' });
    const experts = Array.from({ length: 3 }, (_, i) => ({ name: `专家${i}`, org: '研究院' }));
    const res = await t
      .http()
      .post(`/api/v1/sessions/${s.id}/invitations`)
      .set(bearer(organiser))
      .send({ experts });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('RESERVED_SEATS_EXCEED_VENUE');
    const list = await t
      .http()
      .get(`/api/v1/sessions/${s.id}/invitations`)
      .set(bearer(organiser))
      .expect(200);
    expect(list.body.total).toBe(0);
  });

  it('invitees accept or decline; departments answer through their handler; others may not', async () => {
    const s = await publishSession(t, organiser);
    const inv = await t
      .http()
      .post(`/api/v1/sessions/${s.id}/invitations`)
      .set(bearer(organiser))
      .send({ memberIds: [memberAId, memberBId], departmentIds: [deptId] });
    const byMember = Object.fromEntries(
      inv.body.items.map((i: { memberId: string | null; departmentId: string | null; id: string }) => [
        i.memberId ?? i.departmentId,
        i.id,
      ]),
    );
    const mineA = await t.http().get('/api/v1/me/invitations').set(bearer(memberA.token)).expect(200);
    expect(mineA.body.items.map((i: { sessionId: string }) => i.sessionId)).toContain(s.id);
    const respond = (id: string, token: string, response: string) =>
      t.http().post(`/api/v1/invitations/${id}/respond`).set(bearer(token)).send({ response });
    expect((await respond(byMember[memberAId], memberA.token, 'accept')).body.status).toBe('accepted');
    expect((await respond(byMember[memberBId], memberB.token, 'decline')).body.status).toBe('declined');
    expect((await respond(byMember[memberAId], memberB.token, 'decline')).status).toBe(403);
    expect((await respond(byMember[deptId], handler.token, 'accept')).body.status).toBe('accepted');
    expect((await respond(byMember[memberAId], memberA.token, 'maybe')).status).toBe(400);
    const list = await t
      .http()
      .get(`/api/v1/sessions/${s.id}/invitations`)
      .set(bearer(organiser))
      .expect(200);
    expect(list.body.counts).toEqual({ invited: 0, accepted: 2, declined: 1 });
    await t.http().post(`/api/v1/sessions/${s.id}/start`).set(bearer(organiser)).expect(200);
    const late = await respond(byMember[memberBId], memberB.token, 'accept');
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('SESSION_NOT_OPEN');
  });

  it('materials: PDF, DOCX, XLSX and images by content; the name does not matter; 20 MB at most', async () => {
    const s = await createSession(t, organiser);
    const upload = (buf: Buffer, name: string, extra: Record<string, string> = {}) => {
      let req = t.http().post(`/api/v1/sessions/${s.id}/materials`).set(bearer(organiser));
      for (const [k, v] of Object.entries(extra)) req = req.field(k, v);
      return req.attach('file', buf, name);
    };
    const files: [Buffer, string, string][] = [
      [await pdf(), '调研报告.pdf', 'application/pdf'],
      [
        await docx(),
        '情况通报.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      [await xlsx(), '车位统计.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [await QRCode.toBuffer('现场照片'), 'photo.png', 'image/png'],
      // A PDF whose name claims otherwise is still a PDF.
      [await pdf(), 'renamed.txt', 'application/pdf'],
    ];
    for (const [buf, name, type] of files) {
      const res = await upload(buf, name);
      expect({ name, status: res.status }).toEqual({ name, status: 201 });
      expect(res.body.contentType).toBe(type);
      expect(res.body.sha256).toBe(sha(buf));
    }
    const refused: [Buffer, string][] = [
      [Buffer.from('MZ\x90\x00 this is a windows program'), 'report.pdf'],
      [Buffer.from('just some text pretending'), 'sheet.xlsx'],
      [Buffer.from('<html><script>alert(1)</script></html>'), 'image.png'],
    ];
    for (const [buf, name] of refused) {
      const res = await upload(buf, name);
      expect({ name, status: res.status, code: res.body.code }).toEqual({
        name,
        status: 400,
        code: 'UNSUPPORTED_FILE_TYPE',
      });
    }
    const big = Buffer.alloc(20 * 1024 * 1024 + 10, 0x20);
    big.write('%PDF-1.4', 0);
    const tooBig = await upload(big, 'big.pdf');
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.code).toBe('FILE_TOO_LARGE');
    const none = await t
      .http()
      .post(`/api/v1/sessions/${s.id}/materials`)
      .set(bearer(organiser))
      .field('public', 'true');
    expect(none.body.code).toBe('FILE_REQUIRED');
    const list = await t.http().get(`/api/v1/sessions/${s.id}/materials`).set(bearer(organiser)).expect(200);
    expect(list.body.total).toBe(5);
    const named = list.body.items.find((m: { filename: string }) => m.filename.startsWith('renamed'));
    expect(named.filename).toBe('renamed.pdf');
  });

  it('materials are visible to invitees before the session and public once marked public', async () => {
    const s = await createSession(t, organiser);
    await t
      .http()
      .post(`/api/v1/sessions/${s.id}/invitations`)
      .set(bearer(organiser))
      .send({ memberIds: [memberAId] })
      .expect(201);
    const body = await pdf();
    const up = await t
      .http()
      .post(`/api/v1/sessions/${s.id}/materials`)
      .set(bearer(organiser))
      .attach('file', body, '内部调研.pdf');
    expect(up.status).toBe(201);
    const mid = up.body.id as string;
    const resident = await t.residentToken('13500000301', '居民');
    const download = (token?: string) => {
      const req = t
        .http()
        .get(`/api/v1/sessions/${s.id}/materials/${mid}/download`)
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      return token ? req.set(bearer(token)) : req;
    };
    // Draft: nobody outside staff sees anything yet.
    expect((await download(memberA.token)).status).toBe(404);
    await t.http().post(`/api/v1/sessions/${s.id}/publish`).set(bearer(organiser)).expect(200);
    const asInvitee = await download(memberA.token);
    expect(asInvitee.status).toBe(200);
    expect(asInvitee.headers['content-type']).toBe('application/pdf');
    expect(sha(asInvitee.body as Buffer)).toBe(sha(body));
    expect(asInvitee.headers['content-disposition']).toContain(encodeURIComponent('内部调研.pdf'));
    expect((await download(memberB.token)).status).toBe(404);
    expect((await download(resident)).status).toBe(404);
    expect((await download()).status).toBe(404);
    const anonList = await t.http().get(`/api/v1/sessions/${s.id}/materials`).expect(200);
    expect(anonList.body.total).toBe(0);
    await t
      .http()
      .patch(`/api/v1/sessions/${s.id}/materials/${mid}`)
      .set(bearer(organiser))
      .send({ public: true })
      .expect(200);
    const anon = await download();
    expect(anon.status).toBe(200);
    expect(sha(anon.body as Buffer)).toBe(sha(body));
    expect((await t.http().get(`/api/v1/sessions/${s.id}/materials`)).body.total).toBe(1);
    expect(
      (await t.http().delete(`/api/v1/sessions/${s.id}/materials/${mid}`).set(bearer(otherOrganiser))).status,
    ).toBe(403);
    await t.http().delete(`/api/v1/sessions/${s.id}/materials/${mid}`).set(bearer(organiser)).expect(204);
    expect((await download(memberA.token)).status).toBe(404);
  });
});
