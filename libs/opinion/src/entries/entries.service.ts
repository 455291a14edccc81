import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  AuditService,
  assertInScope,
  canReadPii,
  hasRole,
  inReach,
  limitedToWorkstations,
} from '@xs/identity';
import type { Principal } from '@xs/identity';
import { isMobile, Page, pageOffset, PiiCipher } from '@xs/platform';
import { OpinionCategories } from '../categories';
import { OpinionPorts } from '../opinion-ports';
import type { CreateEntryDto, ListEntriesQuery } from './entries.dto';
import type { OpinionEntryResponse as EntryResponse } from './entries.responses';
import { PhotosRepository, photoView } from '../photos/photos.repository';
import type { PhotoRow } from '../photos/photos.repository';
import { EntriesRepository, EntryRow } from './entries.repository';
import { Errors } from '../errors';

/** Staff who record and read entries of their region; members record where they are assigned. */
const STAFF = ['admin', 'organiser', 'workstation_manager', 'staff_viewer'] as const;

@Injectable()
export class EntriesService {
  constructor(
    private readonly db: DataSource,
    private readonly repo: EntriesRepository,
    private readonly photos: PhotosRepository,
    private readonly ports: OpinionPorts,
    private readonly categories: OpinionCategories,
    private readonly pii: PiiCipher,
    private readonly audit: AuditService,
  ) {}

  categoryList(): { categories: string[] } {
    return { categories: this.categories.list() };
  }

  async create(p: Principal, workstationId: string, dto: CreateEntryDto): Promise<{ id: string }> {
    const ws = await this.ports.workstation(workstationId);
    const category = this.categories.resolve(dto.category);
    if (!category) throw Errors.badInput('UNKNOWN_CATEGORY', { categories: this.categories.list() });
    let phone: { enc: string; bidx: string } | null = null;
    // A JSON null passes @IsOptional and means "no phone", like an absent field.
    if (dto.phone != null) {
      if (!isMobile(dto.phone)) throw Errors.badInput('INVALID_PHONE');
      phone = this.pii.encryptPhone(dto.phone);
    }
    const photoIds = [...new Set(dto.photoIds ?? [])];
    if ((dto.photos?.length ?? 0) + photoIds.length > 9) throw Errors.badInput('TOO_MANY_PHOTOS');
    let memberId: string | null = null;
    let source: 'staff' | 'resident' = 'staff';
    if (p.kind === 'resident') source = 'resident';
    else if (hasRole(p, 'admin', 'organiser', 'workstation_manager') && inReach(p, ws.regionCode, ws.id))
      memberId = (await this.ports.memberForUser(p.id))?.id ?? null;
    else {
      // A member records where they serve (the workstations they are assigned to).
      const member = hasRole(p, 'member') ? await this.ports.memberForUser(p.id) : null;
      if (!member || !(await this.ports.isAssigned(member.id, ws.id))) throw Errors.forbidden('NOT_ON_DUTY');
      memberId = member.id;
    }
    const id = await this.db.transaction(async (m) => {
      const id = await this.repo.insert(m, {
        workstationId: ws.id,
        regionCode: ws.regionCode,
        text: dto.text,
        category,
        community: dto.community ?? null,
        phoneEnc: phone?.enc ?? null,
        phoneBidx: phone?.bidx ?? null,
        photos: dto.photos ?? [],
        source,
        createdBy: p.id,
        memberId,
      });
      // Only the caller's own photos not yet attached to an entry.
      const attached = await this.photos.attach(m, id, photoIds, p.id);
      if (attached.length !== photoIds.length)
        throw Errors.badInput('UNKNOWN_PHOTO', {
          photoIds: photoIds.filter((x) => !attached.includes(x)),
        });
      return id;
    });
    await this.audit.by(p, 'opinion.entry.create', { type: 'opinion_entry', id }, 'ok', null, { source });
    return { id };
  }

  async list(p: Principal, q: ListEntriesQuery): Promise<Page<EntryResponse>> {
    const staff = hasRole(p, ...STAFF);
    const region = q.region ?? p.regionCode;
    assertInScope(p, region);
    const page = await this.repo.list({
      region,
      workstation: q.workstation,
      // A workstation manager's diary is its own places'.
      workstationIds: staff && limitedToWorkstations(p) ? p.workstationIds : undefined,
      category: q.category ? (this.categories.resolve(q.category) ?? q.category) : undefined,
      from: q.from,
      to: q.to,
      createdBy: staff ? undefined : p.id,
      offset: pageOffset(q),
      limit: q.pageSize,
    });
    const reveal = canReadPii(p);
    if (reveal && page.items.some((e) => e.phoneEnc))
      await this.audit.by(p, 'pii.read', { type: 'opinion_entry' }, 'ok', null, {
        ids: page.items.filter((e) => e.phoneEnc).map((e) => e.id),
      });
    const photos = await this.photos.forEntries(page.items.map((e) => e.id));
    return { items: page.items.map((e) => this.view(e, reveal, photos)), total: page.total };
  }

  async answer(p: Principal, id: string, answer: string): Promise<EntryResponse> {
    const e = await this.visible(p, id);
    if (!(await this.repo.answer(id, answer)))
      throw Errors.conflict('ENTRY_NOT_OPEN', { disposition: e.disposition });
    await this.audit.by(p, 'opinion.entry.answer', { type: 'opinion_entry', id });
    return this.viewOne(id);
  }

  /**
   * The entry becomes a topic for consultation (议题, scheduling): 委员荐题 when a member recorded it,
   * otherwise 群众出题 with the resident (or the recording staff) as proposer. The entry row stays locked
   * while the topic is made, so it becomes one topic once.
   */
  async toTopic(p: Principal, id: string, title?: string): Promise<EntryResponse> {
    await this.visible(p, id);
    const topicId = await this.db.transaction(async (m) => {
      const e = (await this.repo.lock(m, id))!;
      if (e.disposition !== 'open') throw Errors.conflict('ENTRY_NOT_OPEN', { disposition: e.disposition });
      const member =
        e.memberId && e.source !== 'resident' ? (await this.ports.members([e.memberId]))[0] : null;
      const { id: topicId } = await this.ports.createTopic(m, {
        title: title?.trim() || `${e.category}：${[...e.text].slice(0, 40).join('')}`,
        description: e.community ? `${e.text}（${e.community}）` : e.text,
        regionCode: e.regionCode,
        workstationId: e.workstationId,
        source: member ? 'member' : 'resident',
        proposerId: e.createdBy,
        proposerName: member?.name ?? '群众',
        actorId: p.id,
      });
      await this.repo.markTopic(m, id, topicId);
      return topicId;
    });
    await this.audit.by(p, 'opinion.entry.topic', { type: 'opinion_entry', id }, 'ok', null, { topicId });
    return this.viewOne(id);
  }

  /**
   * Staff in scope (a workstation manager: at its own places), or the entry's author. Others get 404,
   * as reads by id do elsewhere. Answering and making a topic go through here too.
   */
  async visible(p: Principal, id: string): Promise<EntryRow> {
    const e = await this.repo.get(undefined, id);
    if (!e || !(e.createdBy === p.id || (hasRole(p, ...STAFF) && inReach(p, e.regionCode, e.workstationId))))
      throw Errors.notFound('ENTRY_NOT_FOUND');
    return e;
  }

  private async viewOne(id: string): Promise<EntryResponse> {
    return this.view((await this.repo.get(undefined, id))!, false, await this.photos.forEntries([id]));
  }

  view(e: EntryRow, reveal: boolean, photos: PhotoRow[]): EntryResponse {
    return {
      id: e.id,
      workstationId: e.workstationId,
      regionCode: e.regionCode,
      text: e.text,
      category: e.category,
      community: e.community,
      phone: this.pii.reveal(e.phoneEnc, reveal),
      photos: e.photos,
      photoFiles: photos.filter((f) => f.entryId === e.id).map(photoView),
      source: e.source,
      disposition: e.disposition,
      answer: e.answer,
      memberId: e.memberId,
      topicId: e.topicId,
      createdAt: e.createdAt,
    };
  }
}
