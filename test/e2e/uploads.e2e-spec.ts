import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { FORBIDDEN_UPLOADS, realFiles } from '@test/factories/files';
import { act, heldSession, inDays, OutcomesWorld, outcomesWorld, suggestion } from '@test/factories/outcomes';
import { createSession } from '@test/factories/scheduling';
import { bearer, startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(120_000);

/**
 * Issue 12 finding 12 and the file mode of 15: session materials, outcome attachments and reply
 * attachments share one upload pipeline (typed by content, allow-listed) and land on disk as 0640.
 */
describe('one upload pipeline', () => {
  let t: TestApp;
  let w: OutcomesWorld;
  let files: Awaited<ReturnType<typeof realFiles>>;
  /** Each way in: where to post, with which token. */
  let targets: { what: string; url: string; token: string }[];

  beforeAll(async () => {
    t = await startTestApp();
    w = await outcomesWorld(t);
    files = await realFiles();
    const held = await heldSession(t, w.organiser.token);
    await t
      .http()
      .put(`/api/v1/sessions/${held.id}/outcome`)
      .set(bearer(w.organiser.token))
      .send({ summary: '纪要', consensus: [] })
      .expect(200);
    const [lead] = w.departments;
    const s = await suggestion(t, w.organiser.token, held.id, [lead.id]);
    await act(t, w.organiser.token, s.id, 'assign', { departmentIds: [lead.id], dueAt: inDays(20) }).expect(
      200,
    );
    const upcoming = await createSession(t, w.organiser.token);
    targets = [
      {
        what: 'session material',
        url: `/api/v1/sessions/${upcoming.id}/materials`,
        token: w.organiser.token,
      },
      {
        what: 'outcome attachment',
        url: `/api/v1/sessions/${held.id}/outcome/attachments`,
        token: w.organiser.token,
      },
      { what: 'reply attachment', url: `/api/v1/suggestions/${s.id}/attachments`, token: lead.handler.token },
    ];
  });
  afterAll(() => t?.close());

  const upload = (url: string, token: string, data: Buffer, filename: string, contentType: string) =>
    t.http().post(url).set(bearer(token)).attach('file', data, { filename, contentType });

  it('refuses HTML, SVG, executables and plain text everywhere, whatever type the client claims', async () => {
    const seen: string[] = [];
    for (const target of targets)
      for (const f of FORBIDDEN_UPLOADS) {
        const res = await upload(target.url, target.token, f.data, f.name, f.contentType);
        seen.push(`${target.what} ${f.name} ${res.status} ${res.body.code}`);
      }
    expect(seen).toEqual(
      targets.flatMap((target) =>
        FORBIDDEN_UPLOADS.map((f) => `${target.what} ${f.name} 400 UNSUPPORTED_FILE_TYPE`),
      ),
    );
  });

  it('takes a real PDF, DOCX and JPEG everywhere, typed by content, stored 0640, served back intact', async () => {
    const real = [
      { name: '纪要.pdf', data: files.pdf, mime: 'application/pdf' },
      {
        name: '答复函.docx',
        data: files.docx,
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
      // The client says PNG: the bytes say JPEG, and the bytes win.
      { name: '现场.jpg', data: files.jpeg, mime: 'image/jpeg', claims: 'image/png' },
    ];
    for (const target of targets) {
      for (const f of real) {
        const res = await upload(target.url, target.token, f.data, f.name, f.claims ?? f.mime);
        expect({ what: target.what, name: f.name, status: res.status }).toEqual({
          what: target.what,
          name: f.name,
          status: 201,
        });
        const mime = (res.body.mime ?? res.body.contentType) as string;
        expect(mime).toBe(f.mime);
        if (target.what === 'session material') continue;
        const back = await t
          .http()
          .get(`/api/v1/outcome-files/${res.body.id}`)
          .set(bearer(w.organiser.token))
          .buffer(true)
          .parse((r, cb) => {
            const chunks: Buffer[] = [];
            r.on('data', (c: Buffer) => chunks.push(c));
            r.on('end', () => cb(null, Buffer.concat(chunks)));
          });
        expect(back.headers['content-type']).toContain(f.mime);
        expect(Buffer.compare(back.body as Buffer, f.data)).toBe(0);
        const mode = statSync(path.join(t.config.filesDir, 'outcomes', res.body.id as string)).mode;
        expect((mode & 0o777).toString(8)).toBe('640');
      }
    }
    // Materials go through the storage of their own (local here): the same mode.
    const dir = path.join(t.config.dataDir, 'files', 'materials', targets[0].url.split('/')[4]);
    const stored = readdirSync(dir);
    expect(stored).toHaveLength(real.length);
    for (const name of stored) expect((statSync(path.join(dir, name)).mode & 0o777).toString(8)).toBe('640');
  });
});
