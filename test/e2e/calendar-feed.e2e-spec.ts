import ical from 'node-ical';
import type { CalendarResponse, VEvent } from 'node-ical';
import { createTestWorkstation, publishSession } from '@test/factories/scheduling';
import { startTestApp, TestApp } from '@test/test-app';

jest.setTimeout(120_000);

const FORGED =
  '\r\nEND:VCALENDAR\r\nBEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:forged@evil\r\nSUMMARY:伪造的会议\r\nDTSTART:20300101T000000Z\r\nEND:VEVENT';

/** Issue 12 finding 11: names and titles in the public calendar feeds cannot add lines, events or calendars. */
describe('calendar feed injection', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ SCHEDULING_JOBS_POLL_MS: '0' });
    admin = await t.login('admin');
  });
  afterAll(() => t?.close());

  const feed = async (path: string) => {
    const res = await t
      .http()
      .get(path)
      .buffer(true)
      .parse((r, cb) => {
        let s = '';
        r.setEncoding('utf8');
        r.on('data', (c: string) => (s += c));
        r.on('end', () => cb(null, s));
      });
    expect(res.status).toBe(200);
    return res.body as string;
  };
  const events = (data: CalendarResponse) =>
    Object.values(data).filter((c): c is VEvent => (c as { type?: string }).type === 'VEVENT');
  const calendarNames = (text: string) => text.match(/^(NAME|X-WR-CALNAME):.*$/gm) ?? [];

  it('a title and a workstation name carrying CRLF + BEGIN:VEVENT stay text: exactly the real events, names intact', async () => {
    const ws = await createTestWorkstation(t, admin, { name: `注入工作室${FORGED}`, regionCode: '530102' });
    const title = `停车难协商${FORGED}; 第二部分, 逗号\\反斜杠`;
    const s = await publishSession(t, admin, { workstationId: ws.id, title });

    for (const path of [
      `/api/v1/sessions/${s.id}/calendar.ics`,
      `/api/v1/workstations/${ws.id}/calendar.ics`,
      '/api/v1/regions/530102/calendar.ics',
    ]) {
      const text = await feed(path);
      // One calendar, its name on one (folded) line each, no line of its own made by the title.
      expect((text.match(/^BEGIN:VCALENDAR\r?$/gm) ?? []).length).toBe(1);
      expect(text).not.toMatch(/^UID:forged@evil/m);
      expect(calendarNames(text)).toHaveLength(2);
      const parsed = events(await ical.async.parseICS(text));
      const ours = parsed.filter((e) => e.uid === `${s.id}@xieshang`);
      expect(parsed.map((e) => e.uid)).not.toContain('forged@evil');
      expect(parsed.every((e) => /@xieshang$/.test(e.uid))).toBe(true);
      expect(ours).toHaveLength(1);
      const summary = ours[0].summary as unknown as string | { val: string };
      expect(typeof summary === 'string' ? summary : summary.val).toBe(title.replace(/\r\n/g, '\n'));
    }
  });
});
