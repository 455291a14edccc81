import { Inject, Injectable } from '@nestjs/common';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  DIRECTORY_PORT,
  LIVE_STATS_PORT,
  OPINION_STATS_PORT,
  SESSION_LOOKUP,
  SUGGESTION_PORT,
} from '@xs/contracts';
import type {
  DirectoryPort,
  LiveStatsPort,
  MemberSnapshot,
  OpinionCounts,
  OpinionStatsPort,
  SessionLookup,
  SuggestionPort,
} from '@xs/contracts';
import { AuditService, hasRole, inScope } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { APP_CONFIG, local } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { RegistrationsRepository } from '../registrations/registrations.repository';
import type { DutyRecordQuery } from '../registrations/registrations.dto';
import { parseDutyWeights } from './duty-weights';
import type { DutyWeights } from './duty-weights';
import { Errors } from '../errors';

type Via = 'onsite' | 'online' | 'invited';

export interface DutyRecord {
  member: { id: string; name: string; sector: string | null; level: string; regionCode: string };
  from: string;
  to: string;
  sessions: { sessionId: string; title: string; startsAt: string; via: Via[] }[];
  attendance: number;
  speeches: number;
  questions: number;
  messages: number;
  suggestions: { total: number; adopted: number };
  /** 社情民意: entries recorded, reports submitted, of those adopted and with 批示. */
  opinion: Omit<OpinionCounts, 'completed'>;
  points: {
    total: number;
    attendance: number;
    speeches: number;
    questions: number;
    suggestions: number;
    adopted: number;
    opinion: number;
  };
  weights: DutyWeights;
  /** Which contexts answered; a missing one contributes nothing rather than failing the record. */
  sources: { live: boolean; suggestions: boolean; invitations: boolean; account: boolean; opinion: boolean };
}

const MAX_RANGE_MS = 5 * 366 * 86_400_000;

/** 履职档案: what a member did in a period, with points weighted as configured (DUTY_POINT_WEIGHTS). */
@Injectable()
export class DutyRecordsService {
  private readonly weights: DutyWeights;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly repo: RegistrationsRepository,
    @Inject(SESSION_LOOKUP) private readonly sessions: SessionLookup,
    @Inject(DIRECTORY_PORT) private readonly directory: DirectoryPort,
    @Inject(LIVE_STATS_PORT) private readonly live: LiveStatsPort,
    @Inject(SUGGESTION_PORT) private readonly suggestions: SuggestionPort,
    private readonly audit: AuditService,
    @Inject(OPINION_STATS_PORT) private readonly opinionStats: OpinionStatsPort,
  ) {
    this.weights = parseDutyWeights(config.dutyPointWeights);
  }

  private async memberFor(p: Principal, id: string): Promise<MemberSnapshot> {
    const m = await this.directory.member(id);
    if (!m) throw Errors.notFound('MEMBER_NOT_FOUND');
    const ownRecord = !!m.userId && m.userId === p.id;
    const staffReader =
      hasRole(p, 'admin', 'organiser', 'workstation_manager', 'staff_viewer') && inScope(p, m.regionCode);
    if (!ownRecord && !staffReader) throw Errors.notFound('MEMBER_NOT_FOUND');
    return m;
  }

  async record(p: Principal, memberId: string, q: DutyRecordQuery): Promise<DutyRecord> {
    const now = new Date();
    const from = q.from ? new Date(q.from) : new Date(now.getFullYear(), 0, 1);
    const to = q.to ? new Date(q.to) : now;
    if (!(from < to)) throw Errors.badInput('BAD_RANGE');
    if (to.getTime() - from.getTime() > MAX_RANGE_MS)
      throw Errors.badInput('RANGE_TOO_LONG', { limit: local('5 年', '5 years') });
    const member = await this.memberFor(p, memberId);

    const via = new Map<string, Set<Via>>();
    const add = (sessionId: string, how: Via) =>
      via.set(sessionId, (via.get(sessionId) ?? new Set()).add(how));
    if (member.userId) {
      for (const a of await this.repo.attendedByUser(member.userId)) add(a.sessionId, a.via);
    }
    for (const id of await this.sessions.acceptedInvitationSessionIds(member.id, from, to))
      add(id, 'invited');
    const sessions: DutyRecord['sessions'] = [];
    for (const [sessionId, how] of via) {
      const s = await this.sessions.get(sessionId);
      if (!s || s.status === 'cancelled') continue;
      const startsAt = new Date(s.startsAt);
      if (startsAt < from || startsAt >= to) continue;
      sessions.push({ sessionId, title: s.title, startsAt: startsAt.toISOString(), via: [...how].sort() });
    }
    sessions.sort((a, b) => a.startsAt.localeCompare(b.startsAt));

    const contributions = member.userId
      ? await this.live.contributionsByUser(member.userId, from, to)
      : { speeches: 0, questions: 0, messages: 0, sessionIds: [] };
    const sugg = member.userId
      ? await this.suggestions.countFromUser(member.userId, from, to)
      : { total: 0, adopted: 0 };
    const oc = await this.opinionStats.memberCounts(member.id, from, to);
    const opinion = {
      entries: oc.entries,
      submitted: oc.submitted,
      adopted: oc.adopted,
      instructed: oc.instructed,
    };
    const w = this.weights;
    const points = {
      attendance: sessions.length * w.attendance,
      speeches: contributions.speeches * w.speech,
      questions: contributions.questions * w.question,
      suggestions: sugg.total * w.suggestion,
      adopted: sugg.adopted * w.adopted,
      opinion:
        opinion.entries * w.opinionEntry +
        opinion.submitted * w.opinionReport +
        opinion.adopted * w.opinionAdopted +
        opinion.instructed * w.opinionInstructed,
      total: 0,
    };
    points.total =
      points.attendance +
      points.speeches +
      points.questions +
      points.suggestions +
      points.adopted +
      points.opinion;
    return {
      member: {
        id: member.id,
        name: member.name,
        sector: member.sector,
        level: member.level,
        regionCode: member.regionCode,
      },
      from: from.toISOString(),
      to: to.toISOString(),
      sessions,
      attendance: sessions.length,
      speeches: contributions.speeches,
      questions: contributions.questions,
      messages: contributions.messages,
      suggestions: sugg,
      opinion,
      points,
      weights: w,
      sources: {
        live: !!member.userId,
        suggestions: !!member.userId,
        invitations: true,
        account: !!member.userId,
        opinion: true,
      },
    };
  }

  /** The record as a two-sheet workbook (summary, sessions), streamed. */
  async exportXlsx(p: Principal, memberId: string, q: DutyRecordQuery, out: Writable): Promise<void> {
    const r = await this.record(p, memberId, q);
    // A member's record leaves the system as a file: who took it is audited, like other exports.
    await this.audit.by(p, 'export.duty_record', { type: 'member', id: memberId }, 'ok', null, {
      from: q.from ?? null,
      to: q.to ?? null,
    });
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useSharedStrings: false,
      useStyles: true,
    });
    const summary = wb.addWorksheet('履职汇总');
    summary.columns = [
      { header: '项目', key: 'k', width: 24 },
      { header: '次数', key: 'n', width: 12 },
      { header: '每次积分', key: 'w', width: 12 },
      { header: '积分', key: 'p', width: 12 },
    ];
    summary.addRow({ k: `委员：${r.member.name}（${r.member.sector ?? '—'}）` }).commit();
    summary.addRow({ k: `期间：${r.from.slice(0, 10)} 至 ${r.to.slice(0, 10)}` }).commit();
    const lines: [string, number, number, number][] = [
      ['参加活动', r.attendance, r.weights.attendance, r.points.attendance],
      ['发言', r.speeches, r.weights.speech, r.points.speeches],
      ['提问', r.questions, r.weights.question, r.points.questions],
      ['形成建议', r.suggestions.total, r.weights.suggestion, r.points.suggestions],
      ['建议被采纳', r.suggestions.adopted, r.weights.adopted, r.points.adopted],
      ['记录民情日记', r.opinion.entries, r.weights.opinionEntry, r.opinion.entries * r.weights.opinionEntry],
      [
        '报送社情民意',
        r.opinion.submitted,
        r.weights.opinionReport,
        r.opinion.submitted * r.weights.opinionReport,
      ],
      [
        '社情民意被采用',
        r.opinion.adopted,
        r.weights.opinionAdopted,
        r.opinion.adopted * r.weights.opinionAdopted,
      ],
      [
        '社情民意获批示',
        r.opinion.instructed,
        r.weights.opinionInstructed,
        r.opinion.instructed * r.weights.opinionInstructed,
      ],
    ];
    for (const [k, n, w, pts] of lines) summary.addRow({ k, n, w, p: pts }).commit();
    summary.addRow({ k: '合计', p: r.points.total }).commit();
    summary.commit();
    const list = wb.addWorksheet('参加的活动');
    list.columns = [
      { header: '活动', key: 'title', width: 40 },
      { header: '开始时间', key: 'startsAt', width: 22 },
      { header: '参加方式', key: 'via', width: 20 },
    ];
    const label: Record<Via, string> = { onsite: '现场签到', online: '线上参加', invited: '受邀出席' };
    for (const s of r.sessions) {
      list
        .addRow({ title: s.title, startsAt: s.startsAt, via: s.via.map((v) => label[v]).join('、') })
        .commit();
    }
    list.commit();
    await wb.commit();
  }
}
