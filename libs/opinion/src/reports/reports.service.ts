import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService, assertInScope, hasRole, inScope } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ConflictError, Page, pageOffset, PiiCipher, regionCovers } from '@xs/platform';
import { EntriesRepository } from '../entries/entries.repository';
import { IssuesRepository } from '../issues/issues.repository';
import { OpinionPorts } from '../opinion-ports';
import type {
  AssignReportDto,
  CreateReportDto,
  InstructionDto,
  ListReportsQuery,
  UpdateReportDto,
} from './reports.dto';
import type {
  OpinionReportCreatedResponse as ReportCreatedResponse,
  OpinionReportResponse as ReportResponse,
} from './reports.responses';
import { ReportRow, ReportsRepository } from './reports.repository';
import { Errors } from '../errors';

/** Staff who review reports (return, merge, edit, adopt) in their region. */
const REVIEWERS = ['admin', 'organiser'] as const;
/** Staff who read every submitted report of their region. */
const READERS = ['admin', 'organiser', 'staff_viewer'] as const;

@Injectable()
export class ReportsService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: ReportsRepository,
    private readonly entries: EntriesRepository,
    private readonly issues: IssuesRepository,
    private readonly ports: OpinionPorts,
    private readonly audit: AuditService,
    private readonly pii: PiiCipher,
  ) {}

  async create(p: Principal, dto: CreateReportDto): Promise<ReportCreatedResponse> {
    const entryIds = [...new Set(dto.entryIds ?? [])];
    const entries = await this.entries.getMany(undefined, entryIds);
    const usable = entries.filter(
      (e) => e.createdBy === p.id || (hasRole(p, ...READERS) && inScope(p, e.regionCode)),
    );
    if (usable.length !== entryIds.length)
      throw Errors.badInput('UNKNOWN_ENTRY', {
        entryIds: entryIds.filter((id) => !usable.some((e) => e.id === id)),
      });
    const member = await this.ports.memberForUser(p.id);
    const cosigners = await this.cosigners(p, member?.id ?? null, dto.cosignerIds ?? []);
    const id = await this.db.transaction(async (m) => {
      const id = await this.repo.insert(m, {
        regionCode:
          member && hasRole(p, 'member') && !hasRole(p, ...REVIEWERS) ? member.regionCode : p.regionCode,
        title: dto.title,
        situation: dto.body.situation,
        analysis: dto.body.analysis,
        suggestions: dto.body.suggestions,
        authorId: p.id,
        authorMemberId: member?.id ?? null,
        authorName: member?.name ?? p.displayName,
      });
      await this.repo.linkEntries(m, id, entryIds);
      await this.repo.addCosigners(
        m,
        id,
        cosigners.map((c) => ({ memberId: c.id, name: c.name })),
      );
      await this.entries.markReported(m, entryIds);
      return id;
    });
    await this.audit.by(p, 'opinion.report.create', { type: 'opinion_report', id }, 'ok', null, {
      entries: entryIds.length,
      cosigners: cosigners.length,
    });
    return { id, status: 'draft' };
  }

  async get(p: Principal, id: string): Promise<ReportResponse> {
    const r = await this.visible(p, id);
    return view(r, await this.ports.handling(r.suggestionId ? [r.id] : []), this.pii);
  }

  async list(p: Principal, q: ListReportsQuery): Promise<Page<ReportResponse>> {
    const staff = hasRole(p, ...READERS);
    const page = await this.repo.list({
      // A member's own reports are listed wherever their committee is.
      region: staff ? p.regionCode : '000000',
      viewer: p.id,
      staff,
      status: q.status,
      issue: q.issue,
      offset: pageOffset(q),
      limit: q.pageSize,
    });
    const handling = await this.ports.handling(page.items.filter((r) => r.suggestionId).map((r) => r.id));
    return { items: page.items.map((r) => view(r, handling, this.pii)), total: page.total };
  }

  /** The author edits a draft or a returned report; reviewers edit a submitted one (编辑). */
  async update(p: Principal, id: string, dto: UpdateReportDto): Promise<ReportResponse> {
    const r = await this.visible(p, id);
    const own = r.authorId === p.id && (r.status === 'draft' || r.status === 'returned');
    const review = hasRole(p, ...REVIEWERS) && inScope(p, r.regionCode) && r.status === 'submitted';
    if (!own && !review) throw this.wrongState(r, 'REPORT_NOT_EDITABLE');
    // Who co-signs is the author's to say, while the report is still theirs to edit.
    if (dto.cosignerIds && !own) throw Errors.forbidden('NOT_REPORT_AUTHOR');
    const cosigners = dto.cosignerIds ? await this.cosigners(p, r.authorMemberId, dto.cosignerIds) : null;
    await this.db.transaction(async (m) => {
      const locked = (await this.repo.get(m, id, true))!;
      if (locked.status !== r.status) throw this.wrongState(locked, 'REPORT_NOT_EDITABLE');
      await this.repo.updateText(m, id, { title: dto.title, ...dto.body });
      if (cosigners)
        await this.repo.replaceCosigners(
          m,
          id,
          cosigners.map((c) => ({ memberId: c.id, name: c.name })),
        );
    });
    await this.audit.by(p, 'opinion.report.edit', { type: 'opinion_report', id }, 'ok', null, {
      status: r.status,
      ...(cosigners ? { cosigners: cosigners.length } : {}),
    });
    return this.get(p, id);
  }

  async submit(p: Principal, id: string): Promise<ReportResponse> {
    const r = await this.visible(p, id);
    if (r.authorId !== p.id) throw Errors.forbidden('NOT_REPORT_AUTHOR');
    if (!(await this.repo.transition(undefined, id, ['draft', 'returned'], 'submitted', {})))
      throw this.wrongState(r, 'REPORT_NOT_DRAFT');
    await this.audit.by(p, 'opinion.report.submit', { type: 'opinion_report', id });
    return this.get(p, id);
  }

  async returnWithComment(p: Principal, id: string, comment: string): Promise<ReportResponse> {
    const r = await this.reviewable(p, id);
    if (!(await this.repo.transition(undefined, id, ['submitted'], 'returned', { returnComment: comment })))
      throw this.wrongState(r, 'REPORT_NOT_SUBMITTED');
    await this.audit.by(p, 'opinion.report.return', { type: 'opinion_report', id });
    return this.get(p, id);
  }

  /** Similar submitted reports are merged into this one: their entries and co-signers come along. */
  async merge(p: Principal, id: string, sourceIds: string[]): Promise<ReportResponse> {
    const unique = [...new Set(sourceIds)].filter((s) => s !== id);
    if (!unique.length) throw Errors.badInput('NOTHING_TO_MERGE');
    await this.reviewable(p, id);
    await this.db.transaction(async (m) => {
      const target = await this.repo.get(m, id, true);
      if (target?.status !== 'submitted')
        throw Errors.conflict('REPORT_NOT_SUBMITTED', {
          status: target?.status,
        });
      for (const sid of unique) {
        const s = await this.repo.get(m, sid, true);
        if (!s || !inScope(p, s.regionCode)) throw Errors.badInput('UNKNOWN_REPORT', { reportId: sid });
        if (!(await this.repo.transition(m, sid, ['submitted'], 'merged', { mergedInto: id })))
          throw Errors.conflict('REPORT_NOT_SUBMITTED', {
            reportId: sid,
            status: s.status,
          });
      }
      await this.repo.absorb(m, id, unique);
    });
    await this.audit.by(p, 'opinion.report.merge', { type: 'opinion_report', id }, 'ok', null, {
      merged: unique,
    });
    return this.get(p, id);
  }

  /** Adopts a submitted report into a compiling issue whose committee covers the report's region. */
  async adopt(p: Principal, id: string, issueId: string): Promise<ReportResponse> {
    const r = await this.reviewable(p, id);
    await this.db.transaction(async (m) => {
      // FOR SHARE: sending the issue (FOR UPDATE) waits for this adoption, and the other way round.
      const issue = await this.issues.get(m, issueId, 'share');
      if (!issue || !inScope(p, issue.regionCode)) throw Errors.notFound('ISSUE_NOT_FOUND');
      if (issue.status !== 'compiling') throw Errors.conflict('ISSUE_SENT');
      if (!regionCovers(issue.regionCode, r.regionCode)) throw Errors.badInput('ISSUE_OUT_OF_REGION');
      if (!(await this.repo.transition(m, id, ['submitted'], 'adopted', { issueId })))
        throw this.wrongState(r, 'REPORT_NOT_SUBMITTED');
    });
    await this.audit.by(p, 'opinion.report.adopt', { type: 'opinion_report', id }, 'ok', null, { issueId });
    return this.get(p, id);
  }

  /** 批示: staff record a leader's instruction on an adopted report. */
  async instruct(p: Principal, id: string, dto: InstructionDto): Promise<ReportResponse> {
    await this.reviewable(p, id);
    // A minute's grace for clocks; an instruction is recorded after it was given.
    if (dto.at.getTime() > Date.now() + 60_000) throw Errors.badInput('INSTRUCTION_IN_FUTURE');
    const instructionId = await this.db.transaction(async (m) => {
      const r = (await this.repo.get(m, id, true))!;
      if (r.status !== 'adopted') throw this.wrongState(r, 'REPORT_NOT_ADOPTED');
      return this.repo.addInstruction(m, {
        reportId: id,
        by: dto.by.trim(),
        text: dto.text.trim(),
        at: dto.at,
        recordedBy: p.id,
      });
    });
    await this.audit.by(p, 'opinion.report.instruct', { type: 'opinion_report', id }, 'ok', null, {
      instructionId,
    });
    return this.get(p, id);
  }

  /**
   * 交办: a report with 批示 goes to departments as a suggestion (outcomes context), answered and rated
   * like any other. The report row stays locked while the suggestion is made, so two staff assigning at
   * once make one suggestion; the port is idempotent per report, so a retry after a failure links the
   * suggestion already made.
   */
  async assign(p: Principal, id: string, dto: AssignReportDto): Promise<ReportResponse> {
    await this.reviewable(p, id);
    const suggestionId = await this.db.transaction(async (m) => {
      const r = (await this.repo.get(m, id, true))!;
      if (r.status !== 'adopted') throw this.wrongState(r, 'REPORT_NOT_ADOPTED');
      if (!r.instructions.length) throw this.wrongState(r, 'REPORT_NOT_INSTRUCTED');
      if (r.suggestionId) throw Errors.conflict('REPORT_ALREADY_ASSIGNED', { suggestionId: r.suggestionId });
      const made = await this.ports.assignReport(m, {
        reportId: r.id,
        regionCode: r.regionCode,
        title: r.title,
        adoptedAt: new Date(r.adoptedAt!),
        organiserId: p.id,
        content: handlingText(r),
        departmentIds: dto.departmentIds,
        dueAt: dto.dueAt,
        actorId: p.id,
        actorName: p.username ?? p.nickname ?? p.displayName,
      });
      await this.repo.setAssigned(m, id, made.id);
      return made.id;
    });
    await this.audit.by(p, 'opinion.report.assign', { type: 'opinion_report', id }, 'ok', null, {
      suggestionId,
      departmentIds: dto.departmentIds,
    });
    return this.get(p, id);
  }

  /**
   * Co-signers are members of the caller's region (what GET /members/lookup offers); anyone else is
   * refused as unknown, without saying they exist. The author is never their own co-signer.
   */
  private async cosigners(p: Principal, authorMemberId: string | null, ids: string[]) {
    const found = await this.ports.memberSnapshots(ids);
    const unknown = [...new Set(ids)].filter(
      (id) => !found.some((c) => c.id === id && inScope(p, c.regionCode)),
    );
    if (unknown.length) throw Errors.badInput('UNKNOWN_MEMBER', { memberIds: unknown });
    return found.filter((c) => c.id !== authorMemberId);
  }

  /** The author sees their own; staff readers see non-drafts in their region. Otherwise 404. */
  private async visible(p: Principal, id: string): Promise<ReportRow> {
    const r = await this.repo.get(undefined, id);
    const ok =
      r &&
      (r.authorId === p.id || (hasRole(p, ...READERS) && inScope(p, r.regionCode) && r.status !== 'draft'));
    if (!ok) throw Errors.notFound('REPORT_NOT_FOUND');
    return r;
  }

  private async reviewable(p: Principal, id: string): Promise<ReportRow> {
    const r = await this.visible(p, id);
    assertInScope(p, r.regionCode);
    return r;
  }

  private wrongState(
    r: ReportRow,
    code:
      | 'REPORT_NOT_EDITABLE'
      | 'REPORT_NOT_DRAFT'
      | 'REPORT_NOT_SUBMITTED'
      | 'REPORT_NOT_ADOPTED'
      | 'REPORT_NOT_INSTRUCTED',
  ): ConflictError {
    return Errors.conflict(code, { status: r.status });
  }
}

const day = (d: string | Date) =>
  new Date(d).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long' });

/** What the departments read: the report's title, situation, suggestions and every 批示. */
function handlingText(r: ReportRow): string {
  return [
    `社情民意信息：${r.title}`,
    `基本情况：${r.situation}`,
    ...(r.analysis ? [`原因分析：${r.analysis}`] : []),
    `意见建议：${r.suggestions}`,
    ...r.instructions.map((i) => `批示（${i.by}，${day(i.at)}）：${i.text}`),
  ].join('\n\n');
}

export function view(
  r: ReportRow,
  handling: Map<string, { suggestionId: string; status: string }>,
  pii: PiiCipher,
): ReportResponse {
  return {
    id: r.id,
    regionCode: r.regionCode,
    title: r.title,
    body: { situation: r.situation, analysis: r.analysis, suggestions: r.suggestions },
    status: r.status,
    authorId: r.authorId,
    authorName: r.authorName,
    returnComment: r.returnComment,
    issueId: r.issueId,
    mergedInto: r.mergedInto,
    entryIds: r.entryIds,
    // The raiser stays masked here whatever the reader's permissions: the full phone is on the entry.
    entries: r.entries.map((e) => ({
      id: e.id,
      text: e.text,
      category: e.category,
      community: e.community,
      phone: pii.reveal(e.phoneEnc, false),
      source: e.source,
      createdAt: new Date(e.createdAt).toISOString(),
    })),
    cosigners: r.cosigners,
    submittedAt: r.submittedAt,
    adoptedAt: r.adoptedAt,
    instructions: r.instructions.map((i) => ({
      id: i.id,
      by: i.by,
      text: i.text,
      at: new Date(i.at).toISOString(),
      recordedAt: new Date(i.recordedAt).toISOString(),
    })),
    handling: handling.get(r.id) ?? null,
    assignedAt: r.assignedAt,
    createdAt: r.createdAt,
  };
}
