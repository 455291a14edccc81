import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService, assertInScope, hasRole, inScope } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { Page, pageOffset, PiiCipher, regionLevel } from '@xs/platform';
import { OpinionPorts } from '../opinion-ports';
import { ReportsRepository } from '../reports/reports.repository';
import { view as reportView } from '../reports/reports.service';
import { issueDocx } from './issue-docx';
import type { IssueDocument } from './issue-document';
import { issuePdf } from './issue-pdf';
import type { CreateIssueDto, SendIssueDto } from './issues.dto';
import type {
  OpinionIssueDetailResponse as IssueDetailResponse,
  OpinionIssueResponse as IssueResponse,
  OpinionIssueSentResponse as IssueSentResponse,
} from './issues.responses';
import { IssueRow, IssuesRepository } from './issues.repository';
import { Errors } from '../errors';

/** Staff who read every issue of their region. */
const READERS = ['admin', 'organiser', 'staff_viewer'] as const;

@Injectable()
export class IssuesService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: IssuesRepository,
    private readonly reports: ReportsRepository,
    private readonly ports: OpinionPorts,
    private readonly audit: AuditService,
    private readonly pii: PiiCipher,
  ) {}

  /** A new issue of a committee's year, numbered next; a correction points at a sent issue. */
  async create(p: Principal, dto: CreateIssueDto): Promise<IssueResponse> {
    const region = dto.region ?? p.regionCode;
    assertInScope(p, region);
    const level = regionLevel(region);
    if (level === 'township' || level === 'community') throw Errors.badInput('NOT_A_COMMITTEE_REGION');
    if (!(await this.ports.issuingCommittee(region)))
      throw Errors.conflict('NO_ISSUING_COMMITTEE', { regionCode: region });
    if (!!dto.correctsId !== !!dto.correctionNote) throw Errors.badInput('CORRECTION_INCOMPLETE');
    if (dto.correctsId) {
      const orig = await this.repo.get(undefined, dto.correctsId);
      if (!orig || !inScope(p, orig.regionCode)) throw Errors.notFound('ISSUE_NOT_FOUND');
      if (orig.status !== 'sent' || orig.regionCode !== region) throw Errors.conflict('NOT_CORRECTABLE');
    }
    const issue = await this.db.transaction(async (m) => {
      const number = await this.repo.nextNumber(m, region, dto.year);
      return this.repo.insert(m, {
        regionCode: region,
        year: dto.year,
        number,
        correctsId: dto.correctsId ?? null,
        correctionNote: dto.correctionNote ?? null,
        createdBy: p.id,
      });
    });
    await this.audit.by(p, 'opinion.issue.create', { type: 'opinion_issue', id: issue.id }, 'ok', null, {
      year: issue.year,
      number: issue.number,
    });
    return issueView(issue);
  }

  async list(
    p: Principal,
    q: { year?: number; page: number; pageSize: number },
  ): Promise<Page<IssueResponse>> {
    const page = await this.repo.list({
      region: p.regionCode,
      year: q.year,
      offset: pageOffset(q),
      limit: q.pageSize,
    });
    return { items: page.items.map(issueView), total: page.total };
  }

  async get(p: Principal, id: string): Promise<IssueDetailResponse> {
    const issue = await this.visible(p, id);
    const reports = await this.reports.byIssue(undefined, id);
    const handling = await this.ports.handling(reports.filter((r) => r.suggestionId).map((r) => r.id));
    return { ...issueView(issue), reports: reports.map((r) => reportView(r, handling, this.pii)) };
  }

  /** Sends a compiling issue: read-only from then on; recipients get a notice with the files. */
  async send(p: Principal, id: string, dto: SendIssueDto): Promise<IssueSentResponse> {
    await this.visible(p, id);
    const departments = await this.ports.departmentNames(dto.departmentIds ?? []);
    // The departments it is copied to are told too, through their handlers' accounts.
    const handlers = await this.ports.departmentHandlerIds(dto.departmentIds ?? []);
    const recipients = [...new Set([...(dto.userIds ?? []), ...handlers])];
    const sent = await this.db.transaction(async (m) => {
      const issue = await this.repo.get(m, id, 'update');
      if (issue!.status !== 'compiling') throw Errors.conflict('ISSUE_SENT');
      if (!issue!.correctsId && !(await this.reports.byIssue(m, id)).length)
        throw Errors.conflict('ISSUE_EMPTY');
      // Recorded with the sending, so the files open for whoever the notice reaches.
      await this.repo.addRecipients(m, id, recipients);
      return (await this.repo.markSent(m, id, dto.sendTo ?? [], [...departments, ...(dto.copyTo ?? [])]))!;
    });
    const label = `《社情民意》${sent.year}年第${sent.number}期`;
    const notified = await this.ports.notify(recipients, {
      kind: 'opinion.issue.sent',
      title: `${label}${sent.correctsId ? '（更正）' : ''}`,
      body: `${label}已印发，请查阅附件（Word、PDF）。`,
      en: {
        title: `Public Opinion, ${sent.year} No. ${sent.number}${sent.correctsId ? ' (correction)' : ''}`,
        body: `Public Opinion, ${sent.year} No. ${sent.number} has been issued: see the attached document (Word, PDF).`,
      },
      link: `/api/v1/opinion-issues/${id}/document.pdf`,
      dedupeKey: `opinion-issue:${id}`,
    });
    await this.audit.by(p, 'opinion.issue.send', { type: 'opinion_issue', id }, 'ok', null, {
      notified,
      departments: dto.departmentIds?.length ?? 0,
    });
    return { ...issueView(sent), notified };
  }

  /** Staff readers of the region, and whoever a sent issue was delivered to (a department's handler, a leader). */
  async document(p: Principal, id: string, format: 'docx' | 'pdf'): Promise<{ file: Buffer; name: string }> {
    const issue = await this.repo.get(undefined, id);
    const reader = issue && hasRole(p, ...READERS) && inScope(p, issue.regionCode);
    if (!issue || !(reader || (issue.status === 'sent' && (await this.repo.isRecipient(id, p.id)))))
      throw Errors.notFound('ISSUE_NOT_FOUND');
    const committee = await this.ports.issuingCommittee(issue.regionCode);
    if (!committee)
      throw Errors.conflict('NO_ISSUING_COMMITTEE', {
        regionCode: issue.regionCode,
      });
    const orig = issue.correctsId ? await this.repo.get(undefined, issue.correctsId) : null;
    const doc: IssueDocument = {
      committee,
      year: issue.year,
      number: issue.number,
      date: issue.sentAt ?? new Date(),
      correction: orig ? { ofNumber: orig.number, note: issue.correctionNote ?? '' } : null,
      reports: (await this.reports.byIssue(undefined, id)).map((r) => ({
        title: r.title,
        situation: r.situation,
        analysis: r.analysis,
        suggestions: r.suggestions,
        // 反映人: the member who wrote it (not staff writing on the committee's behalf) and co-signers.
        signers: [...(r.authorMemberId ? [r.authorName] : []), ...r.cosigners.map((c) => c.name)],
      })),
      sendTo: issue.sendTo,
      copyTo: issue.copyTo,
    };
    await this.audit.by(p, `opinion.issue.${format}`, { type: 'opinion_issue', id });
    const file = format === 'docx' ? await issueDocx(doc) : await issuePdf(doc);
    return { file, name: `社情民意-${issue.year}年第${issue.number}期.${format}` };
  }

  private async visible(p: Principal, id: string): Promise<IssueRow> {
    const issue = await this.repo.get(undefined, id);
    if (!issue || !inScope(p, issue.regionCode)) throw Errors.notFound('ISSUE_NOT_FOUND');
    return issue;
  }
}

function issueView(i: IssueRow): IssueResponse {
  return {
    id: i.id,
    regionCode: i.regionCode,
    year: i.year,
    number: i.number,
    status: i.status,
    correctsId: i.correctsId,
    correctionNote: i.correctionNote,
    sendTo: i.sendTo,
    copyTo: i.copyTo,
    sentAt: i.sentAt,
    createdAt: i.createdAt,
  };
}
