import { Inject, Injectable } from '@nestjs/common';
import ical, { escape, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DIRECTORY_PORT } from '@xs/contracts';
import type { DirectoryPort } from '@xs/contracts';
import { APP_CONFIG, REGION_CODE_RE } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { zoneOffsetMinutes } from '../sessions/recurrence';
import { Session } from '../sessions/session.entity';
import { SessionsRepository } from '../sessions/sessions.repository';
import { formatPlace } from '../notifications/job-handlers';
import { Errors } from '../errors';

/** Statuses that appear in feeds: announced ones, past ones, and cancelled ones (STATUS:CANCELLED). */
const FEED_STATUSES = ['published', 'live', 'ended', 'concluded', 'cancelled'];
const FEED_PAST_DAYS = 366;
const FEED_FUTURE_DAYS = 3660;

/** VTIMEZONE for a zone without daylight saving (Asia/Shanghai: +08:00 all year). */
export function fixedVtimezone(tz: string): string {
  const off = zoneOffsetMinutes(tz, new Date());
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  const hhmm = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  const name = tz === 'Asia/Shanghai' ? 'CST' : hhmm;
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tz}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${hhmm}`,
    `TZOFFSETTO:${hhmm}`,
    `TZNAME:${name}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}

/**
 * ical-generator prints a Date with a TZID in the process's local time; hand it a Date whose local
 * fields are the wall-clock time in `tz`, whatever zone the server runs in.
 */
export function wallClock(d: Date, tz: string): Date {
  const local = new Date(d.getTime() + zoneOffsetMinutes(tz, d) * 60000);
  return new Date(local.getTime() + local.getTimezoneOffset() * 60000);
}

/** iCalendar (RFC 5545) feeds per session, workstation and region. */
@Injectable()
export class CalendarService {
  constructor(
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DIRECTORY_PORT) private readonly directory: DirectoryPort,
  ) {}

  async forSession(id: string): Promise<string> {
    const s = await this.sessions.findById(undefined, id);
    if (!s || !FEED_STATUSES.includes(s.status)) throw Errors.notFound('SESSION_NOT_FOUND');
    return this.render(`协商会议：${s.title}`, [s]);
  }

  async forWorkstation(id: string): Promise<string> {
    const ws = await this.directory.workstation(id);
    if (!ws || ws.status === 'deleted') throw Errors.notFound('WORKSTATION_NOT_FOUND');
    return this.render(`${ws.name} 协商日程`, await this.window({ workstationId: id }));
  }

  async forRegion(code: string): Promise<string> {
    if (!REGION_CODE_RE.test(code)) throw Errors.badInput('INVALID_REGION_CODE');
    const name = (await this.directory.regionName(code)) ?? code;
    return this.render(`${name} 协商日程`, await this.window({ region: code }));
  }

  private window(place: { workstationId: string } | { region: string }): Promise<Session[]> {
    const now = Date.now();
    return this.sessions.feed(
      place,
      FEED_STATUSES,
      new Date(now - FEED_PAST_DAYS * 86400000),
      new Date(now + FEED_FUTURE_DAYS * 86400000),
    );
  }

  private render(name: string, sessions: Session[]): string {
    const tz = this.config.timezone;
    const cal = ical({
      // ical-generator escapes event text (SUMMARY, DESCRIPTION, LOCATION) but writes the calendar's
      // NAME / X-WR-CALNAME as given: a title or place name with CRLF could forge events. Escape it here.
      name: escape(name, false),
      prodId: { company: 'xieshang', product: 'consultation-calendar', language: 'ZH' },
      method: ICalCalendarMethod.PUBLISH,
      // No calendar-wide zone, so DTSTAMP/CREATED stay in UTC (…Z); events carry TZID and the VTIMEZONE.
      timezone: { name: null, generator: fixedVtimezone },
    });
    for (const s of sessions) {
      cal.createEvent({
        id: `${s.id}@xieshang`,
        start: wallClock(s.startsAt, tz),
        end: wallClock(s.endsAt, tz),
        timezone: tz,
        stamp: s.updatedAt,
        created: s.createdAt,
        lastModified: s.updatedAt,
        sequence: s.sequence,
        summary: s.title,
        description: [
          s.description ?? '',
          s.status === 'cancelled' && s.cancelReason ? `已取消：${s.cancelReason}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
        location: formatPlace(s),
        status: s.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        url: null,
      });
    }
    return cal.toString();
  }
}
