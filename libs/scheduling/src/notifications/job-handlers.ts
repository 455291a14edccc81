import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OUTCOME_STATUS_PORT, REGISTRATION_PORT } from '@xs/contracts';
import type { Notice, OutcomeStatusPort, RegistrationPort } from '@xs/contracts';
import { UsersService } from '@xs/identity';
import { APP_CONFIG } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { Session } from '../sessions/session.entity';
import { SessionsRepository } from '../sessions/sessions.repository';
import { InvitationsRepository } from '../invitations/invitations.repository';
import { NotifierService } from './notifier.service';
import { JOB } from './session-notices';
import { SMS_JOB, SmsJobs } from './sms-jobs';
import type { ClaimedJob } from './jobs.repository';

/** "2026年5月22日 09:30–11:30" in the display time zone. */
export function formatWhen(s: { startsAt: Date; endsAt: Date }, timeZone: string): string {
  const d = new Intl.DateTimeFormat('zh-CN', {
    timeZone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(s.startsAt);
  const end = new Intl.DateTimeFormat('zh-CN', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(s.endsAt);
  return `${d}–${end}`;
}

/** "22 May 2026, 09:30–11:30" in the display time zone. */
export function formatWhenEn(s: { startsAt: Date; endsAt: Date }, timeZone: string): string {
  const time = { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  const d = new Intl.DateTimeFormat('en-GB', { ...time, year: 'numeric', month: 'short', day: 'numeric' });
  return `${d.format(s.startsAt)}–${new Intl.DateTimeFormat('en-GB', time).format(s.endsAt)}`;
}

export function formatPlace(s: Session): string {
  if (s.format === 'online') return '线上（网络直播）';
  return `${s.placeName}（${s.placeAddress}）`;
}

/** The place in an English text: the venue's own (Chinese) name and address. */
export function formatPlaceEn(s: Session): string {
  if (s.format === 'online') return 'online (live stream)';
  return `${s.placeName} (${s.placeAddress})`;
}

/** The invitation to a meeting: to the invitees at its publication, and to members invited after it. */
export function invitationNotice(s: Session, timeZone: string): Notice {
  const when = formatWhen(s, timeZone);
  const place = formatPlace(s);
  return {
    kind: 'session.invited',
    title: `邀请您参加协商会议「${s.title}」`,
    body: `时间：${when}；地点：${place}。请在“我的邀请”中确认是否参加。`,
    en: {
      title: `You are invited to the meeting “${s.title}”`,
      body: `When: ${formatWhenEn(s, timeZone)}; where: ${formatPlaceEn(s)}. Please say whether you will attend under “My invitations and duty”.`,
    },
    link: `/sessions/${s.id}`,
    dedupeKey: `invited:${s.id}`,
    sms: {
      kind: 'sessionNotice',
      params: { title: s.title, detail: `邀请您参加，时间${when}，地点${place}` },
    },
  };
}

/** What each queued job does. Returns 'skipped' when the job no longer applies. */
@Injectable()
export class JobHandlers {
  constructor(
    private readonly notifier: NotifierService,
    private readonly sms: SmsJobs,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REGISTRATION_PORT) private readonly registration: RegistrationPort,
    @Inject(OUTCOME_STATUS_PORT) private readonly outcomes: OutcomeStatusPort,
    private readonly sessions: SessionsRepository,
    private readonly invitations: InvitationsRepository,
  ) {}

  async handle(m: EntityManager, job: ClaimedJob): Promise<'done' | 'skipped'> {
    if (job.kind === SMS_JOB) return this.sms.deliver(job);
    const sessionId = job.payload.sessionId as string;
    const s = await this.sessions.findById(m, sessionId);
    if (!s) return 'skipped';
    const when = formatWhen(s, this.config.timezone);
    const place = formatPlace(s);
    const whenEn = formatWhenEn(s, this.config.timezone);
    const placeEn = formatPlaceEn(s);
    const link = `/sessions/${s.id}`;
    switch (job.kind) {
      case JOB.published: {
        if (!['published', 'live'].includes(s.status)) return 'skipped';
        const invitees = await this.inviteeUserIds(m, s.id);
        await this.notifier.notifyUsers(
          invitees,
          invitationNotice(s, this.config.timezone),
          { sms: true },
          m,
        );
        return 'done';
      }
      case JOB.changed: {
        if (!['published', 'live'].includes(s.status)) return 'skipped';
        const postponed = job.payload.postponed === true;
        const what = postponed ? '延期' : '变更';
        await this.tellEveryone(m, s, {
          kind: 'session.changed',
          title: `协商会议「${s.title}」${what}`,
          body: `新的时间：${when}；地点：${place}。`,
          en: {
            title: `The meeting “${s.title}” was ${postponed ? 'postponed' : 'changed'}`,
            body: `New time: ${whenEn}; place: ${placeEn}.`,
          },
          link,
          dedupeKey: `changed:${s.id}:${String(job.payload.sequence)}`,
          sms: {
            kind: 'sessionNotice',
            params: { title: s.title, detail: `${what}，新时间${when}，地点${place}` },
          },
        });
        return 'done';
      }
      case JOB.cancelled: {
        if (s.status !== 'cancelled') return 'skipped';
        await this.tellEveryone(m, s, {
          kind: 'session.cancelled',
          title: `协商会议「${s.title}」已取消`,
          body: `原定时间：${when}；地点：${place}。${s.cancelReason ? `原因：${s.cancelReason}` : ''}`,
          en: {
            title: `The meeting “${s.title}” was cancelled`,
            body: `It was to be held ${whenEn} at ${placeEn}.${s.cancelReason ? ` Reason: ${s.cancelReason}` : ''}`,
          },
          link,
          dedupeKey: `cancelled:${s.id}`,
          sms: { kind: 'sessionNotice', params: { title: s.title, detail: `已取消，原定时间${when}` } },
        });
        return 'done';
      }
      case JOB.reminder: {
        if (s.status !== 'published') return 'skipped';
        if (s.startsAt.toISOString() !== job.payload.startsAt) return 'skipped';
        const minutes = Number(job.payload.minutes);
        const [n, unit, unitEn] =
          minutes % 1440 === 0
            ? [minutes / 1440, '天', 'day']
            : minutes % 60 === 0
              ? [minutes / 60, '小时', 'hour']
              : [minutes, '分钟', 'minute'];
        const ahead = `${n} ${unit}`;
        const aheadEn = `${n} ${unitEn}${n === 1 ? '' : 's'}`;
        await this.tellEveryone(
          m,
          s,
          {
            kind: 'session.reminder',
            title: `提醒：协商会议「${s.title}」将于 ${ahead}后开始`,
            body: `时间：${when}；地点：${place}。`,
            en: {
              title: `Reminder: the meeting “${s.title}” starts in ${aheadEn}`,
              body: `When: ${whenEn}; where: ${placeEn}.`,
            },
            link,
            dedupeKey: `reminder:${s.id}:${s.startsAt.toISOString()}:${minutes}`,
            sms: { kind: 'reminder', params: { title: s.title, time: `${when}，地点${place}` } },
          },
          true,
        );
        return 'done';
      }
      case JOB.closing: {
        if (s.status !== 'ended' || !s.organiserId) return 'skipped';
        if (await this.outcomes.hasPublishedOutcome(s.id)) return 'skipped';
        const days = Number(job.payload.days);
        await this.notifier.notifyUsers(
          [s.organiserId],
          {
            kind: 'session.closing',
            title: `协商会议「${s.title}」结束已 ${days} 天，成果尚未公开`,
            body: `会议时间：${when}。请整理纪要、共识和建议并公开协商成果。`,
            en: {
              title: `The meeting “${s.title}” ended ${days} days ago and its outcome is not yet public`,
              body: `Held ${whenEn}. Please write up the minutes, consensus and suggestions and publish the outcome.`,
            },
            link: `${link}/outcome`,
            dedupeKey: `closing:${s.id}:${days}`,
          },
          { sms: false },
          m,
        );
        return 'done';
      }
      case JOB.outcome: {
        if (!['ended', 'concluded'].includes(s.status)) return 'skipped';
        // Those who registered or took part: the people who may now rate the departments' replies.
        const participants = await this.registration.participantUserIds(s.id);
        await this.notifier.notifyUsers(
          participants,
          {
            kind: 'session.outcome',
            title: `协商会议「${s.title}」的成果已公开`,
            body: '达成的共识和各条建议的办理情况可在会议页面查看；承办单位答复后，您可以评价。',
            en: {
              title: `The outcome of the meeting “${s.title}” is public`,
              body: "The consensus reached and how each suggestion is being handled are on the meeting's page; once a department replies, you can rate its reply.",
            },
            link,
            dedupeKey: `outcome:${s.id}`,
          },
          { sms: false },
          m,
        );
        return 'done';
      }
      default:
        return 'skipped';
    }
  }

  /** Registrants (inbox and SMS; SMS only for those without an account) and invitees. */
  private async tellEveryone(
    m: EntityManager,
    s: Session,
    notice: Notice & { dedupeKey: string },
    confirmedOnly = false,
  ): Promise<void> {
    const all = await this.registration.registrants(s.id);
    // Reminders go to those with a seat; changes and cancellations to everyone registered.
    const registrants = confirmedOnly ? all.filter((r) => r.status === 'confirmed') : all;
    const userIds = [
      ...registrants.filter((r) => r.userId).map((r) => r.userId!),
      ...(await this.inviteeUserIds(m, s.id)),
    ];
    await this.notifier.notifyUsers(userIds, notice, { sms: true }, m);
    const phoneOnly = registrants.filter((r) => !r.userId && r.phoneEnc).map((r) => r.phoneEnc!);
    if (notice.sms) await this.notifier.smsEncryptedPhones(phoneOnly, notice.sms, notice.dedupeKey, m);
  }

  /** Invited people with an account, and the handlers of every invited department. */
  private async inviteeUserIds(m: EntityManager, sessionId: string): Promise<string[]> {
    const rows = await this.invitations.liveInvitees(m, sessionId);
    const handlers = await this.users.departmentHandlerIds(
      rows.filter((r) => r.departmentId).map((r) => r.departmentId!),
    );
    return [...new Set([...rows.filter((r) => r.userId).map((r) => r.userId!), ...handlers])];
  }
}
