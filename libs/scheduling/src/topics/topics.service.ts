import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DIRECTORY_PORT } from '@xs/contracts';
import type { DirectoryPort, TopicPort } from '@xs/contracts';
import { assertInScope, AuditService, hasRole, inScope } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { DomainEvents, normalizeZh, Page, pageOffset } from '@xs/platform';
import { NotifierService } from '../notifications/notifier.service';
import { Topic, TopicSource } from './topic.entity';
import { CreateTopicDto, ListTopicsQuery, ReviewTopicDto, SimilarTopicsQuery } from './topics.dto';
import { SimilarTopic, TopicsRepository } from './topics.repository';
import { MAX_TOPIC_PHOTOS, TopicPhotosService } from './topic-photos.service';
import type { TopicPhotoResponse } from './topics.responses';
import { Errors } from '../errors';

export interface TopicView {
  id: string;
  title: string;
  description: string;
  regionCode: string;
  workstationId: string | null;
  source: TopicSource;
  status: Topic['status'];
  supportCount: number;
  proposer: { nickname: string; mine: boolean };
  reviewReason: string | null;
  mergedInto: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
  photos: TopicPhotoResponse[];
  supportedByMe?: boolean;
}

const SIMILAR_LIMIT = 5;

@Injectable()
export class TopicsService implements TopicPort {
  constructor(
    private readonly db: DataSource,
    private readonly topics: TopicsRepository,
    private readonly notifier: NotifierService,
    private readonly audit: AuditService,
    @Inject(DIRECTORY_PORT) private readonly directory: DirectoryPort,
    private readonly events: DomainEvents,
    private readonly photos: TopicPhotosService,
  ) {}

  /** 群众出题 by residents, 委员荐题 by members, 党政点题 by organisers (who may record any source). */
  private allowedSources(p: Principal): TopicSource[] {
    if (hasRole(p, 'admin', 'organiser')) return ['resident', 'member', 'party_government'];
    const out: TopicSource[] = [];
    if (hasRole(p, 'resident')) out.push('resident');
    if (hasRole(p, 'member')) out.push('member');
    if (hasRole(p, 'workstation_manager')) out.push('resident', 'member');
    return out;
  }

  async create(p: Principal, dto: CreateTopicDto): Promise<TopicView & { similar: SimilarTopic[] }> {
    if (!this.allowedSources(p).includes(dto.source))
      throw Errors.forbidden('SOURCE_NOT_ALLOWED', { source: dto.source });
    if (p.kind === 'staff' && !hasRole(p, 'member')) assertInScope(p, dto.regionCode);
    if (dto.workstationId) {
      const ws = await this.directory.workstation(dto.workstationId);
      if (!ws || ws.status === 'deleted') throw Errors.badInput('UNKNOWN_WORKSTATION');
    }
    const photoIds = [...new Set(dto.photoIds ?? [])];
    if (photoIds.length > MAX_TOPIC_PHOTOS) throw Errors.badInput('TOO_MANY_TOPIC_PHOTOS');
    const text = `${dto.title} ${dto.description}`;
    const similar = await this.topics.similar(text, countyOf(dto.regionCode), SIMILAR_LIMIT);
    // The topic and its photos together: a photo that is not the caller's, or already used, keeps both out.
    const t = await this.db.transaction(async (m) => {
      const topic = await this.topics.insert(m, {
        title: dto.title,
        description: dto.description,
        textNorm: normalizeZh(text),
        regionCode: dto.regionCode,
        workstationId: dto.workstationId ?? null,
        source: dto.source,
        proposerId: p.id,
        proposerName: p.nickname ?? p.displayName,
      });
      await this.photos.attach(m, topic.id, photoIds, p);
      return topic;
    });
    return { ...(await this.viewOne(t, p)), similar };
  }

  /** TOPIC_PORT: a 民情日记 entry becomes a submitted topic, reviewed like any other. */
  async createFromEntry(
    m: EntityManager,
    input: Parameters<TopicPort['createFromEntry']>[1],
  ): Promise<{ id: string }> {
    const text = `${input.title} ${input.description}`;
    const t = await this.topics.insert(m, {
      title: input.title,
      description: input.description,
      textNorm: normalizeZh(text),
      regionCode: input.regionCode,
      workstationId: input.workstationId,
      source: input.source,
      proposerId: input.proposerId,
      proposerName: input.proposerName.slice(0, 100),
    });
    // The audit chain commits on its own: record only what the caller's transaction kept.
    this.events.afterCommit(m, () =>
      this.audit.record({
        actorId: input.actorId,
        actorName: null,
        action: 'topic.create',
        targetType: 'topic',
        targetId: t.id,
        result: 'ok',
        ip: null,
        detail: { from: 'opinion_entry', source: input.source },
      }),
    );
    return { id: t.id };
  }

  /** Suggestions while typing: open topics like the given text nearby (简/繁 alike). */
  similar(q: SimilarTopicsQuery): Promise<SimilarTopic[]> {
    return this.topics.similar(q.q, countyOf(q.region), SIMILAR_LIMIT);
  }

  async list(p: Principal, q: ListTopicsQuery): Promise<Page<TopicView>> {
    let region = q.region;
    if (p.kind === 'staff' && !hasRole(p, 'member')) {
      region = region ?? p.regionCode;
      assertInScope(p, region);
    }
    const { items, total } = await this.topics.list({
      region,
      status: q.status,
      source: q.source,
      q: q.q,
      proposerId: q.mine === 'true' ? p.id : undefined,
      supporterId: q.supported === 'true' ? p.id : undefined,
      sort: q.sort,
      offset: pageOffset(q),
      limit: q.pageSize,
    });
    const photos = await this.photos.forTopics(items.map((t) => t.id));
    return {
      items: items.map((t) => ({
        ...this.view(t, p, photos.get(t.id)),
        ...(q.supported === 'true' ? { supportedByMe: true } : {}),
      })),
      total,
    };
  }

  async get(p: Principal, id: string): Promise<TopicView> {
    const t = await this.topics.findById(undefined, id);
    if (!t || !this.canSee(p, t)) throw Errors.notFound('TOPIC_NOT_FOUND');
    return { ...(await this.viewOne(t, p)), supportedByMe: await this.topics.hasSupported(id, p.id) };
  }

  async support(p: Principal, id: string): Promise<TopicView> {
    const t = await this.topics.findById(undefined, id);
    if (!t || !this.canSee(p, t)) throw Errors.notFound('TOPIC_NOT_FOUND');
    if (t.proposerId === p.id) throw Errors.conflict('OWN_TOPIC');
    if (!['submitted', 'accepted', 'scheduled'].includes(t.status))
      throw Errors.conflict('TOPIC_CLOSED', { status: t.status });
    const count = await this.topics.support(id, p.id);
    if (count === null) throw Errors.conflict('ALREADY_SUPPORTED');
    return { ...(await this.viewOne({ ...t, supportCount: count }, p)), supportedByMe: true };
  }

  async review(p: Principal, id: string, dto: ReviewTopicDto): Promise<TopicView> {
    const t = await this.topics.findById(undefined, id);
    if (!t) throw Errors.notFound('TOPIC_NOT_FOUND');
    assertInScope(p, t.regionCode);
    const allowedFrom: Topic['status'][] =
      dto.decision === 'accept' ? ['submitted'] : ['submitted', 'accepted'];
    if (!allowedFrom.includes(t.status))
      throw Errors.conflict(
        'INVALID_TOPIC_TRANSITION',
        { status: t.status },
        {
          status: t.status,
        },
      );
    if (dto.decision === 'reject' && !dto.reason?.trim()) throw Errors.badInput('REASON_REQUIRED');
    let target: Topic | null = null;
    if (dto.decision === 'merge') {
      if (!dto.mergeInto) throw Errors.badInput('MERGE_TARGET_REQUIRED');
      if (dto.mergeInto === id) throw Errors.badInput('MERGE_INTO_SELF');
      target = await this.topics.findById(undefined, dto.mergeInto);
      if (!target || !inScope(p, target.regionCode)) throw Errors.badInput('UNKNOWN_TOPIC');
      if (!['submitted', 'accepted', 'scheduled'].includes(target.status))
        throw Errors.conflict('MERGE_TARGET_INVALID', {
          status: target.status,
        });
    }
    const status = { accept: 'accepted', reject: 'rejected', merge: 'merged' }[
      dto.decision
    ] as Topic['status'];
    const changed = await this.db.transaction(async (m) => {
      const reviewed = await this.topics.review(m, id, allowedFrom, {
        status,
        reason: dto.reason ?? null,
        mergedInto: target?.id ?? null,
        reviewedBy: p.id,
      });
      if (!reviewed) return false;
      if (target) await this.topics.mergeSupports(m, id, target.id, t.proposerId);
      return true;
    });
    if (!changed) {
      const now = (await this.topics.findById(undefined, id))!;
      throw Errors.conflict('INVALID_TOPIC_TRANSITION', { status: now.status }, { status: now.status });
    }
    await this.audit.by(p, 'topic.review', { type: 'topic', id }, 'ok', null, {
      decision: dto.decision,
      mergeInto: target?.id,
    });
    const after = (await this.topics.findById(undefined, id))!;
    const words = { accepted: '已采纳', rejected: '未采纳', merged: '已合并' } as Record<string, string>;
    const wordsEn = { accepted: 'accepted', rejected: 'not accepted', merged: 'merged' } as Record<
      string,
      string
    >;
    await this.notifier.notifyUsers([t.proposerId], {
      kind: 'topic.reviewed',
      title: `您提出的议题${words[status]}`,
      body:
        `「${t.title}」${words[status]}` +
        (dto.reason ? `。理由：${dto.reason}` : '') +
        (target ? `。已并入「${target.title}」` : ''),
      en: {
        title: `Your proposed topic was ${wordsEn[status]}`,
        body:
          `“${t.title}” was ${wordsEn[status]}` +
          (dto.reason ? `. Reason: ${dto.reason}` : '') +
          (target ? `. It was merged into “${target.title}”` : ''),
      },
      link: `/topics/${target?.id ?? id}`,
      dedupeKey: `topic.reviewed:${id}`,
    });
    return this.viewOne(after, p);
  }

  /** Whether the caller may see the topic (a photo of it is read under the same rule). */
  async visible(p: Principal, id: string): Promise<boolean> {
    const t = await this.topics.findById(undefined, id);
    return !!t && this.canSee(p, t);
  }

  private canSee(p: Principal, t: Topic): boolean {
    if (p.kind !== 'staff' || hasRole(p, 'member')) return true;
    return inScope(p, t.regionCode);
  }

  private async viewOne(t: Topic, p: Principal): Promise<TopicView> {
    return this.view(t, p, (await this.photos.forTopics([t.id])).get(t.id));
  }

  view(t: Topic, p: Principal, photos: TopicPhotoResponse[] = []): TopicView {
    return {
      id: t.id,
      title: t.title,
      description: t.description,
      regionCode: t.regionCode,
      workstationId: t.workstationId,
      source: t.source,
      status: t.status,
      supportCount: t.supportCount,
      proposer: { nickname: t.proposerName, mine: t.proposerId === p.id },
      reviewReason: t.reviewReason,
      mergedInto: t.mergedInto,
      reviewedAt: t.reviewedAt,
      createdAt: t.createdAt,
      photos,
    };
  }
}

/** Similar topics are looked for in the same county (a community's topics meet its neighbours'). */
function countyOf(code: string): string {
  return code.length > 6 ? code.slice(0, 6) : code;
}
