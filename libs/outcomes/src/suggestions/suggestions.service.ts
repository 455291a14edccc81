import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { SessionSnapshot } from '@xs/contracts';
import { AuditService, canReadPii, hasRole, inScope, assertInScope, UsersService } from '@xs/identity';
import type { Principal } from '@xs/identity';
import {
  APP_CONFIG,
  dayIn,
  DomainEvents,
  isUniqueViolation,
  Page,
  pageOffset,
  PiiCipher,
  ROOT_REGION,
} from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { ContextPorts } from '../outcomes/context-ports';
import {
  AssignSuggestionDto,
  CountersignDto,
  CreateSuggestionDto,
  ListSuggestionsQuery,
  RateSuggestionDto,
  RejectSuggestionDto,
  ReplySuggestionDto,
} from '../outcomes/outcomes.dto';
import type { SuggestionStatus } from './suggestion.entity';
import { allowedFrom, gist, mayTransition, SuggestionAction, TARGET } from './suggestion-rules';
import { SuggestionPatch, SuggestionRow, SuggestionsRepository } from './suggestions.repository';
import { SuggestionView, toSuggestionView } from './suggestion-view';
import { Errors } from '../errors';

/** Sessions suggestions can come from: the meeting is running or over. */
const HELD: SessionSnapshot['status'][] = ['live', 'ended', 'concluded'];

export interface Actor {
  id: string;
  name: string | null;
  principal?: Principal;
}

@Injectable()
export class SuggestionsService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: SuggestionsRepository,
    private readonly ports: ContextPorts,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly pii: PiiCipher,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private actor(p: Principal): Actor {
    return { id: p.id, name: p.username ?? p.nickname ?? p.displayName, principal: p };
  }

  async create(p: Principal, dto: CreateSuggestionDto): Promise<SuggestionView> {
    const s = await this.ports.session(dto.sessionId);
    assertInScope(p, s.regionCode);
    const id = await this.createFor(s, { ...dto, createdBy: p.id }, this.actor(p));
    return this.view(p, (await this.repo.get(undefined, id))!);
  }

  /** Shared by POST /suggestions and the live room's promotion (SUGGESTION_PORT.createDraft). */
  async createFor(
    s: SessionSnapshot,
    input: {
      content: string;
      departmentIds: string[];
      dueAt?: Date;
      sourceMessageId?: string;
      sourceQuestionId?: string;
      sourceUserId?: string;
      createdBy: string;
    },
    actor: Actor,
  ): Promise<string> {
    if (!HELD.includes(s.status)) throw Errors.conflict('SESSION_NOT_HELD', { status: s.status });
    const departments = await this.ports.departments(input.departmentIds);
    const id = await this.db.transaction(async (m) => {
      const id = await this.repo.insert(m, {
        sessionId: s.id,
        regionCode: s.regionCode,
        sessionTitle: s.title,
        sessionStartsAt: s.startsAt,
        organiserId: s.organiserId,
        content: input.content.trim(),
        dueAt: input.dueAt ?? null,
        sourceMessageId: input.sourceMessageId ?? null,
        sourceQuestionId: input.sourceQuestionId ?? null,
        sourceUserId: input.sourceUserId ?? null,
        createdBy: input.createdBy,
      });
      await this.repo.setDepartments(m, id, departments);
      await this.repo.transition(m, {
        suggestionId: id,
        from: null,
        to: 'draft',
        actorId: actor.id,
        actorName: actor.name,
      });
      return id;
    });
    await this.audit.by(actor.principal, 'suggestion.create', { type: 'suggestion', id }, 'ok', null, {
      sessionId: s.id,
      from: null,
      to: 'draft',
      actorId: actor.id,
      sourceMessageId: input.sourceMessageId ?? null,
      sourceQuestionId: input.sourceQuestionId ?? null,
    });
    return id;
  }

  /**
   * A 社情民意 report with 批示 handed to departments (SUGGESTION_PORT.assignReport): created `assigned`
   * straight away, so the reply, 会签, 督办 and rating flow carries it. Idempotent per report (unique
   * index): a second call answers the suggestion already made.
   */
  async assignReport(
    m: EntityManager,
    input: {
      reportId: string;
      regionCode: string;
      title: string;
      adoptedAt: Date;
      organiserId: string | null;
      content: string;
      departmentIds: string[];
      dueAt: Date;
      actorId: string;
      actorName: string | null;
    },
  ): Promise<{ id: string; created: boolean }> {
    if (!input.departmentIds.length) throw Errors.badInput('DEPARTMENT_REQUIRED');
    if (input.dueAt.getTime() <= Date.now()) throw Errors.badInput('DUE_IN_PAST');
    const departments = await this.ports.departments(input.departmentIds);
    // The caller holds its report row locked in `m`, so two calls for one report run one after the other.
    const existing = await this.repo.byReport(m, input.reportId);
    if (existing) return { id: existing.id, created: false };
    const actor = { actorId: input.actorId, actorName: input.actorName };
    const id = await this.repo.insert(m, {
      sessionId: null,
      reportId: input.reportId,
      regionCode: input.regionCode,
      sessionTitle: input.title,
      sessionStartsAt: input.adoptedAt,
      organiserId: input.organiserId,
      content: input.content,
      dueAt: input.dueAt,
      sourceMessageId: null,
      sourceQuestionId: null,
      sourceUserId: null,
      createdBy: input.actorId,
    });
    await this.repo.setDepartments(m, id, departments);
    await this.repo.transition(m, { suggestionId: id, from: null, to: 'draft', ...actor });
    await this.repo.setStatus(m, id, 'assigned', { assignedAt: new Date() });
    await this.repo.transition(m, { suggestionId: id, from: 'draft', to: 'assigned', ...actor });
    // Audit and notices only for what the caller's transaction keeps.
    this.events.afterCommit(m, async () => {
      await this.audit.record({
        actorId: input.actorId,
        actorName: input.actorName,
        action: 'suggestion.create',
        targetType: 'suggestion',
        targetId: id,
        result: 'ok',
        ip: null,
        detail: { reportId: input.reportId, from: null, to: 'assigned', departmentIds: input.departmentIds },
      });
      await this.ports.notify(await this.users.departmentHandlerIds(input.departmentIds), {
        kind: 'suggestion.assigned',
        title: '新交办建议',
        body: `社情民意信息「${input.title}」已交办贵单位，请于 ${dayIn(input.dueAt, this.config.timezone)} 前答复。`,
        en: {
          title: 'New suggestion assigned',
          body: `The public opinion report “${input.title}” has been assigned to your department: please reply by ${dayIn(input.dueAt, this.config.timezone)}.`,
        },
        link: `/suggestions/${id}`,
        dedupeKey: `suggestion.assigned:${id}:${input.dueAt.toISOString()}`,
      });
    });
    return { id, created: true };
  }

  async list(p: Principal, q: ListSuggestionsQuery): Promise<Page<SuggestionView>> {
    let department = q.department;
    let region = q.region;
    if (hasRole(p, 'department_handler') && !hasRole(p, 'admin', 'organiser', 'staff_viewer')) {
      // A handler's queue is its department's, wherever the session was held.
      if (!p.departmentId) throw Errors.forbidden('NO_DEPARTMENT');
      if (department && department !== p.departmentId) throw Errors.forbidden('NOT_YOUR_DEPARTMENT');
      department = p.departmentId;
      region = region ?? ROOT_REGION;
    } else {
      region = region ?? p.regionCode;
      assertInScope(p, region);
    }
    const { items, total } = await this.repo.list({
      regionCode: region,
      departmentId: department,
      status: q.status,
      sessionId: q.session,
      overdue: q.overdue,
      dueWithinDays: q.dueWithinDays,
      from: q.from,
      to: q.to,
      offset: pageOffset(q),
      limit: q.pageSize,
    });
    return { items: await this.views(p, items), total };
  }

  async get(p: Principal, id: string) {
    const row = await this.readable(p, id);
    const transitions = await this.repo.transitions(id);
    return {
      ...(await this.view(p, row)),
      transitions: transitions.map((t) => ({
        from: t.fromStatus,
        to: t.toStatus,
        actorId: t.actorId,
        actorName: t.actorName,
        at: new Date(t.at).toISOString(),
        note: t.note,
      })),
    };
  }

  /** Reads by id: outside the caller's region (or department, for a handler) is 404. */
  async readable(p: Principal, id: string): Promise<SuggestionRow> {
    const row = await this.repo.get(undefined, id);
    if (!row || !this.mayRead(p, row)) throw Errors.notFound('SUGGESTION_NOT_FOUND');
    return row;
  }

  private mayRead(p: Principal, row: SuggestionRow): boolean {
    if (hasRole(p, 'admin', 'organiser', 'staff_viewer') && inScope(p, row.regionCode)) return true;
    return hasRole(p, 'department_handler') && row.departments.some((d) => d.id === p.departmentId);
  }

  /** Writes by organisers: missing is 404, outside the region 403. */
  private async writable(p: Principal, id: string): Promise<SuggestionRow> {
    const row = await this.repo.get(undefined, id);
    if (!row) throw Errors.notFound('SUGGESTION_NOT_FOUND');
    assertInScope(p, row.regionCode);
    return row;
  }

  async assign(p: Principal, id: string, dto: AssignSuggestionDto): Promise<SuggestionView> {
    await this.writable(p, id);
    if (!dto.departmentIds.length) throw Errors.badInput('DEPARTMENT_REQUIRED');
    if (dto.dueAt.getTime() <= Date.now()) throw Errors.badInput('DUE_IN_PAST');
    const departments = await this.ports.departments(dto.departmentIds);
    const row = await this.step(p, id, 'assign', async (m) => {
      await this.repo.setDepartments(m, id, departments);
      return { dueAt: dto.dueAt, assignedAt: new Date() };
    });
    await this.ports.notify(await this.users.departmentHandlerIds(dto.departmentIds), {
      kind: 'suggestion.assigned',
      title: '新交办建议',
      body: `建议“${gist(row.content)}”（来自「${row.sessionTitle}」）已交办贵单位，请于 ${dayIn(dto.dueAt, this.config.timezone)} 前答复。`,
      en: {
        title: 'New suggestion assigned',
        body: `The suggestion “${gist(row.content)}” (from “${row.sessionTitle}”) has been assigned to your department: please reply by ${dayIn(dto.dueAt, this.config.timezone)}.`,
      },
      link: `/suggestions/${id}`,
      dedupeKey: `suggestion.assigned:${id}:${dto.dueAt.toISOString()}`,
    });
    return this.view(p, row);
  }

  async complete(p: Principal, id: string): Promise<SuggestionView> {
    await this.writable(p, id);
    return this.view(p, await this.step(p, id, 'complete', async () => ({ completedAt: new Date() })));
  }

  async reject(p: Principal, id: string, dto: RejectSuggestionDto): Promise<SuggestionView> {
    await this.writable(p, id);
    return this.view(
      p,
      await this.step(
        p,
        id,
        'reject',
        async () => ({ rejectedAt: new Date(), rejectReason: dto.reason }),
        dto.reason,
      ),
    );
  }

  /** The lead department's handler replies; with co-departments the reply counts once all countersigned. */
  async reply(p: Principal, id: string, dto: ReplySuggestionDto): Promise<SuggestionView> {
    const dept = this.handlerDepartment(p);
    const current = await this.repo.get(undefined, id);
    const mine = current?.departments.find((d) => d.id === dept);
    // Not assigned to the caller's department answers as if it did not exist: no existence oracle.
    if (!mine) throw Errors.notFound('SUGGESTION_NOT_FOUND');
    if (mine.role !== 'lead') throw Errors.forbidden('LEAD_DEPARTMENT_REPLIES');
    const phone = dto.contactPhone ? this.pii.encryptPhone(dto.contactPhone).enc : null;
    let becameReplied = false;
    const row = await this.db.transaction(async (m) => {
      const s = await this.repo.lock(m, id);
      if (!s) throw Errors.notFound('SUGGESTION_NOT_FOUND');
      this.assertStep(s, 'reply');
      await this.repo.resetCountersigns(m, id);
      const coPending = s.departments.filter((d) => d.role === 'co').length;
      const reply = {
        replyGrade: dto.grade,
        replyContent: dto.content,
        replyAdopted: dto.adopted,
        replyBy: p.id,
        replySubmittedAt: new Date(),
        replyContactPhoneEnc: phone,
      };
      if (coPending === 0) {
        await this.repo.setStatus(m, id, 'replied', { ...reply, repliedAt: new Date() });
        await this.repo.transition(m, {
          suggestionId: id,
          from: 'assigned',
          to: 'replied',
          actorId: p.id,
          actorName: this.actor(p).name,
        });
        becameReplied = true;
      } else {
        await this.repo.update(m, id, reply);
      }
      return (await this.repo.get(m, id))!;
    });
    await this.audit.by(
      p,
      becameReplied ? 'suggestion.transition' : 'suggestion.reply_submitted',
      { type: 'suggestion', id },
      'ok',
      null,
      {
        from: 'assigned',
        to: becameReplied ? 'replied' : 'assigned',
        grade: dto.grade,
        adopted: dto.adopted,
        departmentId: dept,
      },
    );
    if (becameReplied) await this.announceReplied(row);
    else
      await this.ports.notify(
        await this.users.departmentHandlerIds(
          row.departments.filter((d) => d.role === 'co').map((d) => d.id),
        ),
        {
          kind: 'suggestion.countersign',
          title: '待会签的答复',
          body: `建议“${gist(row.content)}”（来自「${row.sessionTitle}」）已由主办单位答复，请会签。`,
          en: {
            title: 'A reply to countersign',
            body: `The lead department has replied to the suggestion “${gist(row.content)}” (from “${row.sessionTitle}”): please countersign.`,
          },
          link: `/suggestions/${id}`,
          dedupeKey: `suggestion.countersign:${id}:${row.replySubmittedAt ? new Date(row.replySubmittedAt).toISOString() : ''}`,
        },
      );
    return this.view(p, row);
  }

  async countersign(p: Principal, id: string, dto: CountersignDto): Promise<SuggestionView> {
    const dept = this.handlerDepartment(p);
    const current = await this.repo.get(undefined, id);
    const mine = current?.departments.find((d) => d.id === dept);
    // As for reply: another department's suggestion and a missing one answer alike.
    if (!mine) throw Errors.notFound('SUGGESTION_NOT_FOUND');
    if (mine.role !== 'co') throw Errors.forbidden('NOT_CO_DEPARTMENT');
    let becameReplied = false;
    const row = await this.db.transaction(async (m) => {
      const s = await this.repo.lock(m, id);
      if (!s) throw Errors.notFound('SUGGESTION_NOT_FOUND');
      if (s.status !== 'assigned' || !s.replySubmittedAt)
        throw Errors.conflict('REPLY_NOT_SUBMITTED', {
          status: s.status,
        });
      const r = await this.repo.countersign(m, id, dept, p.id, dto.opinion ?? null);
      if (!r.signed) throw Errors.conflict('ALREADY_COUNTERSIGNED');
      if (r.remaining === 0) {
        await this.repo.setStatus(m, id, 'replied', { repliedAt: new Date() });
        await this.repo.transition(m, {
          suggestionId: id,
          from: 'assigned',
          to: 'replied',
          actorId: p.id,
          actorName: this.actor(p).name,
          note: 'countersigned by all co-handling departments',
        });
        becameReplied = true;
      }
      return (await this.repo.get(m, id))!;
    });
    await this.audit.by(p, 'suggestion.countersign', { type: 'suggestion', id }, 'ok', null, {
      departmentId: dept,
      from: 'assigned',
      to: becameReplied ? 'replied' : 'assigned',
    });
    if (becameReplied) await this.announceReplied(row);
    return this.view(p, row);
  }

  async rate(p: Principal, id: string, dto: RateSuggestionDto): Promise<{ id: string; rating: string }> {
    const row = await this.repo.get(undefined, id);
    if (!row) throw Errors.notFound('SUGGESTION_NOT_FOUND');
    if (row.status !== 'replied' && row.status !== 'completed')
      throw Errors.conflict('NOT_RATEABLE', { status: row.status });
    if (!(await this.mayRate(p, row))) throw Errors.forbidden('NOT_ELIGIBLE');
    let ratingId: string;
    try {
      ratingId = await this.repo.rate(id, p.id, dto.rating, dto.comment ?? null);
    } catch (e) {
      if (isUniqueViolation(e)) throw Errors.conflict('ALREADY_RATED');
      throw e;
    }
    await this.audit.by(p, 'suggestion.rate', { type: 'suggestion', id }, 'ok', null, { rating: dto.rating });
    return { id: ratingId, rating: dto.rating };
  }

  async mayRate(p: Principal, row: SuggestionRow): Promise<boolean> {
    if (hasRole(p, 'member') && inScope(p, row.regionCode)) return true;
    // A report's suggestion has no session participants: members rate it.
    if (!hasRole(p, 'resident') || !row.sessionId) return false;
    const session = await this.ports.sessionOrNull(row.sessionId);
    if (!session) return false;
    return (await this.ports.raters(session)).has(p.id);
  }

  private handlerDepartment(p: Principal): string {
    if (!hasRole(p, 'department_handler') || !p.departmentId) throw Errors.forbidden('NO_DEPARTMENT');
    return p.departmentId;
  }

  private assertStep(s: SuggestionRow, action: SuggestionAction): void {
    if (!mayTransition(action, s.status))
      throw Errors.conflict(
        'INVALID_TRANSITION',
        { status: s.status },
        {
          status: s.status,
          action,
          allowedFrom: allowedFrom(action),
        },
      );
  }

  /** One status change in a transaction: lock, check, write, record the transition; audit after commit. */
  private async step(
    p: Principal,
    id: string,
    action: SuggestionAction,
    patch: (m: EntityManager) => Promise<SuggestionPatch>,
    note?: string,
  ): Promise<SuggestionRow> {
    const to: SuggestionStatus = TARGET[action];
    let from: SuggestionStatus = 'draft';
    const row = await this.db.transaction(async (m) => {
      const s = await this.repo.lock(m, id);
      if (!s) throw Errors.notFound('SUGGESTION_NOT_FOUND');
      this.assertStep(s, action);
      from = s.status;
      await this.repo.setStatus(m, id, to, await patch(m));
      await this.repo.transition(m, {
        suggestionId: id,
        from,
        to,
        actorId: p.id,
        actorName: this.actor(p).name,
        note,
      });
      return (await this.repo.get(m, id))!;
    });
    await this.audit.by(p, 'suggestion.transition', { type: 'suggestion', id }, 'ok', null, {
      from,
      to,
      action,
    });
    return row;
  }

  private async announceReplied(row: SuggestionRow): Promise<void> {
    if (!row.organiserId) return;
    await this.ports.notify([row.organiserId], {
      kind: 'suggestion.replied',
      title: '建议已答复',
      body: `建议“${gist(row.content)}”（来自「${row.sessionTitle}」）已答复（${row.replyGrade}类）。`,
      en: {
        title: 'Suggestion replied',
        body: `The suggestion “${gist(row.content)}” (from “${row.sessionTitle}”) has been replied to (grade ${row.replyGrade}).`,
      },
      link: `/suggestions/${row.id}`,
      dedupeKey: `suggestion.replied:${row.id}`,
      sms: { kind: 'suggestionReplied', params: { title: row.sessionTitle } },
    });
  }

  private async view(p: Principal, row: SuggestionRow): Promise<SuggestionView> {
    return (await this.views(p, [row]))[0];
  }

  private async views(p: Principal, rows: SuggestionRow[]): Promise<SuggestionView[]> {
    const reveal = canReadPii(p);
    if (reveal && rows.some((r) => r.replyContactPhoneEnc))
      await this.audit.by(
        p,
        'pii.read',
        { type: 'suggestion', id: rows.length === 1 ? rows[0].id : 'list' },
        'ok',
        null,
        {
          count: rows.filter((r) => r.replyContactPhoneEnc).length,
        },
      );
    return rows.map((r) => toSuggestionView(r, this.pii, reveal));
  }
}
