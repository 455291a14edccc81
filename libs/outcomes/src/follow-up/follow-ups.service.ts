import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { AuditService, assertInScope, hasRole, inReach, inScope, limitedToWorkstations } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { APP_CONFIG, ClusterJobs, isUniqueViolation } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { ContextPorts } from '../outcomes/context-ports';
import { SuggestionRow, SuggestionsRepository } from '../suggestions/suggestions.repository';
import { SuggestionsService } from '../suggestions/suggestions.service';
import type { FollowUpRateDto, FollowUpReviewDto } from './follow-up.dto';
import { FollowUpRow, FollowUpsRepository } from './follow-up.repository';
import type { FollowUpRatingResponse, FollowUpResponse } from './follow-up.responses';
import { Errors } from '../errors';
import { gist } from '../suggestions/suggestion-rules';

/** `months` calendar months after `d`, as PostgreSQL's make_interval adds them (end of month clamps). */
function addMonths(d: Date, months: number): Date {
  const out = new Date(d);
  const day = out.getUTCDate();
  out.setUTCDate(1);
  out.setUTCMonth(out.getUTCMonth() + months);
  const last = new Date(Date.UTC(out.getUTCFullYear(), out.getUTCMonth() + 1, 0)).getUTCDate();
  out.setUTCDate(Math.min(day, last));
  return out;
}

/**
 * 回头看: FOLLOW_UP_MONTHS after a suggestion (or a 社情民意 report's) was completed, the organiser is reminded
 * (CRON_FOLLOW_UPS, once per cluster and suggestion), records 落实情况 once, and the participants rate again.
 */
@Injectable()
export class FollowUpsService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: FollowUpsRepository,
    private readonly suggestionsRepo: SuggestionsRepository,
    private readonly suggestions: SuggestionsService,
    private readonly ports: ContextPorts,
    private readonly audit: AuditService,
    private readonly jobs: ClusterJobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: 'suggestion-follow-ups',
      cron: this.config.cron.followUps,
      variable: 'CRON_FOLLOW_UPS',
      run: async () => ({ ...(await this.run()) }),
    });
  }

  /** Reminds organisers of the follow-ups due at `now` (the job's clock, a parameter for tests). */
  async run(now = new Date()): Promise<{ reminded: number }> {
    const due = await this.repo.claimDue(this.config.followUpMonths, now);
    for (const s of due) {
      if (!s.organiserId) continue;
      await this.ports.notify([s.organiserId], {
        kind: 'suggestion.follow_up',
        title: '建议办理回头看',
        body: `建议“${gist(s.content)}”（来自「${s.title}」）已办结${this.config.followUpMonths}个月，请开展回头看，填写落实情况。`,
        en: {
          title: 'Follow-up on a suggestion',
          body: `The suggestion “${gist(s.content)}” (from “${s.title}”) was concluded ${this.config.followUpMonths} months ago: please follow up and record how it was carried out.`,
        },
        link: `/suggestions/${s.id}`,
        dedupeKey: `suggestion.follow_up:${s.id}`,
      });
    }
    return { reminded: due.length };
  }

  async get(p: Principal, id: string): Promise<FollowUpResponse> {
    const s = await this.readable(p, id);
    return this.view(s, await this.repo.get(id));
  }

  async review(p: Principal, id: string, dto: FollowUpReviewDto): Promise<FollowUpResponse> {
    const s = await this.readable(p, id);
    if (!hasRole(p, 'admin', 'organiser')) throw Errors.forbidden('NOT_ORGANISER');
    const dueAt = this.dueAt(s);
    if (dueAt > new Date()) throw Errors.conflict('FOLLOW_UP_NOT_DUE', { dueAt: dueAt.toISOString() });
    if (!(await this.repo.review(id, dueAt, { ...dto, by: p.id }))) throw Errors.conflict('FOLLOW_UP_DONE');
    await this.audit.by(p, 'suggestion.follow_up', { type: 'suggestion', id }, 'ok', null, {
      implementation: dto.implementation,
    });
    return this.view(s, await this.repo.get(id));
  }

  /** The second rating: those who could rate the reply rate again once the review is recorded. */
  async rate(p: Principal, id: string, dto: FollowUpRateDto): Promise<FollowUpRatingResponse> {
    const s = await this.suggestionsRepo.get(undefined, id);
    if (!s) throw Errors.notFound('SUGGESTION_NOT_FOUND');
    const f = await this.repo.get(id);
    if (!f?.reviewedAt) throw Errors.conflict('FOLLOW_UP_NOT_REVIEWED');
    if (!(await this.suggestions.mayRate(p, s))) throw Errors.forbidden('NOT_ELIGIBLE');
    let ratingId: string;
    try {
      ratingId = await this.repo.rate(id, p.id, dto.rating, dto.comment ?? null);
    } catch (e) {
      if (isUniqueViolation(e)) throw Errors.conflict('ALREADY_RATED');
      throw e;
    }
    await this.audit.by(p, 'suggestion.follow_up.rate', { type: 'suggestion', id }, 'ok', null, {
      rating: dto.rating,
    });
    return { id: ratingId, rating: dto.rating };
  }

  private dueAt(s: SuggestionRow): Date {
    if (s.status !== 'completed' || !s.completedAt)
      throw Errors.conflict('NOT_COMPLETED', { status: s.status });
    return addMonths(new Date(s.completedAt), this.config.followUpMonths);
  }

  /** Staff of the suggestion's region (not departments' handlers, who answer it). */
  private async readable(p: Principal, id: string): Promise<SuggestionRow> {
    const s = await this.suggestionsRepo.get(undefined, id);
    const staff = hasRole(p, 'admin', 'organiser', 'staff_viewer', 'workstation_manager');
    if (!s || !staff || !inScope(p, s.regionCode)) throw Errors.notFound('SUGGESTION_NOT_FOUND');
    assertInScope(p, s.regionCode);
    // A workstation manager reaches only what was held at its workstations (issue 12, finding 14).
    if (limitedToWorkstations(p)) {
      const held = s.sessionId ? await this.ports.sessionOrNull(s.sessionId) : null;
      if (!inReach(p, s.regionCode, held?.workstationId ?? null))
        throw Errors.notFound('SUGGESTION_NOT_FOUND');
    }
    return s;
  }

  private view(s: SuggestionRow, f: FollowUpRow | null): FollowUpResponse {
    const dueAt = f?.dueAt ? new Date(f.dueAt) : s.completedAt ? this.dueAt(s) : null;
    if (!dueAt) throw Errors.conflict('NOT_COMPLETED', { status: s.status });
    return {
      suggestionId: s.id,
      status: f?.reviewedAt ? 'reviewed' : dueAt <= new Date() ? 'due' : 'not_due',
      dueAt: dueAt.toISOString(),
      remindedAt: f?.remindedAt ? new Date(f.remindedAt).toISOString() : null,
      implementation: f?.implementation ?? null,
      note: f?.note ?? null,
      reviewedAt: f?.reviewedAt ? new Date(f.reviewedAt).toISOString() : null,
      ratings: {
        satisfied: f?.satisfied ?? 0,
        basicallySatisfied: f?.basicallySatisfied ?? 0,
        unsatisfied: f?.unsatisfied ?? 0,
      },
    };
  }
}
