import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DIRECTORY_PORT, REGISTRATION_PORT } from '@xs/contracts';
import type {
  DirectoryPort,
  RegistrationPort,
  SessionChangedEvent,
  SessionStatus,
  WorkstationSnapshot,
} from '@xs/contracts';
import {
  assertInReach,
  assertInScope,
  AuditService,
  hasRole,
  inReach,
  inScope,
  limitedToWorkstations,
} from '@xs/identity';
import type { Principal } from '@xs/identity';
import {
  APP_CONFIG,
  ConflictError,
  DomainEvents,
  isExclusionViolation,
  normalizeZh,
  Page,
  pageOffset,
  local,
} from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { TopicsRepository } from '../topics/topics.repository';
import { SessionNotices } from '../notifications/session-notices';
import { expandRrule } from './recurrence';
import { Session } from './session.entity';
import {
  checkRegistrationWindow,
  checkStreamUrl,
  checkTimes,
  EDITABLE,
  Transition,
  transitionTarget,
} from './session-rules';
import { toPublicSessionView, toSessionView, SessionView } from './session-view';
import { CreateSessionDto, ListSessionsQuery, PublicSessionsQuery, UpdateSessionDto } from './sessions.dto';
import { SessionPatch, SessionsRepository, TransitionStamp } from './sessions.repository';
import { Errors } from '../errors';

export const SCHEDULER_ROLES = ['admin', 'organiser', 'workstation_manager'] as const;

@Injectable()
export class SessionsService {
  constructor(
    private readonly db: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly topics: TopicsRepository,
    private readonly notices: SessionNotices,
    private readonly events: DomainEvents,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DIRECTORY_PORT) private readonly directory: DirectoryPort,
    @Inject(REGISTRATION_PORT) private readonly registration: RegistrationPort,
  ) {}

  // ---------- reads ----------

  /** Staff see their subtree (drafts included); everyone else sees sessions once published. */
  async get(p: Principal, id: string): Promise<SessionView> {
    const s = await this.visible(p, id);
    const view = toSessionView(s);
    return (await this.mayWatch(p, s)) ? view : { ...view, streamUrl: null };
  }

  /**
   * The stream address goes only to those the live room lets in (room:join): with onlineAccess
   * 'registered' a resident must hold a registration.
   */
  private async mayWatch(p: Principal, s: Session): Promise<boolean> {
    if (s.onlineAccess !== 'registered' || p.kind !== 'resident') return true;
    return (await this.registration?.isRegistered(s.id, p.id)) ?? false;
  }

  async visible(p: Principal, id: string): Promise<Session> {
    const s = await this.sessions.findById(undefined, id);
    if (!s || !this.canSee(p, s)) throw Errors.notFound('SESSION_NOT_FOUND');
    return s;
  }

  canSee(p: Principal, s: Session): boolean {
    if (p.kind === 'staff' && inReach(p, s.regionCode, s.workstationId)) return true;
    if (p.kind === 'staff' && !hasRole(p, 'member')) return false;
    return s.status !== 'draft';
  }

  async list(p: Principal, q: ListSessionsQuery): Promise<Page<SessionView>> {
    const staffScoped = p.kind === 'staff';
    const region = q.region ?? (staffScoped ? p.regionCode : undefined);
    if (staffScoped && region) assertInScope(p, region);
    const { items, total } = await this.sessions.list({
      region,
      workstationId: q.workstation,
      // A workstation manager's calendar is its own workstations'.
      workstationIds: staffScoped && limitedToWorkstations(p) ? p.workstationIds : undefined,
      status: q.status,
      excludeDraft: !staffScoped,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      q: q.q,
      near: parseNear(q.near, q.radiusKm),
      topicId: q.topic,
      seriesId: q.series,
      sort: q.sort,
      offset: pageOffset(q),
      limit: q.pageSize,
    });
    // Lists give a resident no stream address of a registered-only session (GET /sessions/:id does, once registered).
    const hideStream = (s: Session) => p.kind === 'resident' && s.onlineAccess === 'registered';
    return {
      items: items.map((i) => {
        const view = toSessionView(i.session, i.distanceKm);
        return hideStream(i.session) ? { ...view, streamUrl: null } : view;
      }),
      total,
    };
  }

  /** No login: published and live sessions only, without internal fields. */
  async listPublic(q: PublicSessionsQuery) {
    const { items, total } = await this.sessions.list({
      region: q.region,
      workstationId: q.workstation,
      statuses: ['published', 'live'],
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      q: q.q,
      near: parseNear(q.near, q.radiusKm),
      offset: pageOffset(q),
      limit: q.pageSize,
    });
    return { items: items.map((i) => toPublicSessionView(i.session, i.distanceKm)), total };
  }

  async getPublic(id: string) {
    const s = await this.sessions.findById(undefined, id);
    if (!s || !['published', 'live', 'ended', 'concluded', 'cancelled'].includes(s.status))
      throw Errors.notFound('SESSION_NOT_FOUND');
    return toPublicSessionView(s);
  }

  // ---------- writes ----------

  async create(
    p: Principal,
    dto: CreateSessionDto,
  ): Promise<
    SessionView & { series?: { id: string; rrule: string; sessions: { id: string; startsAt: string }[] } }
  > {
    const ws = await this.workstation(dto.workstationId);
    assertInReach(p, ws.regionCode, ws.id);
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    checkTimes(startsAt, endsAt);
    const opens = dto.registrationOpensAt ? new Date(dto.registrationOpensAt) : null;
    const closes = dto.registrationClosesAt ? new Date(dto.registrationClosesAt) : null;
    checkRegistrationWindow(opens, closes, endsAt);
    checkStreamUrl(dto.streamUrl);
    this.checkCapacity(dto.format, dto.capacity, dto.reservedSeats ?? 0, ws);
    if (dto.topicId) await this.checkTopic(p, dto.topicId);
    const now = Date.now();
    if (dto.recorded) {
      if (dto.rrule) throw Errors.badInput('RECORDED_SERIES');
      if (endsAt.getTime() > now) throw Errors.badInput('RECORDED_IN_FUTURE');
    } else if (startsAt.getTime() < now - 5 * 60000) {
      throw Errors.badInput('STARTS_IN_PAST');
    }
    const durationMs = endsAt.getTime() - startsAt.getTime();
    const starts = dto.rrule ? expandRrule(dto.rrule, startsAt, this.config.timezone) : [startsAt];

    const base: Partial<Session> = {
      title: dto.title,
      description: dto.description ?? null,
      searchNorm: normalizeZh(`${dto.title} ${dto.description ?? ''}`),
      topicId: dto.topicId ?? null,
      format: dto.format,
      capacity: dto.capacity,
      reservedSeats: dto.reservedSeats ?? 0,
      streamUrl: dto.streamUrl || null,
      agenda: dto.agenda ?? [],
      onlineAccess: dto.onlineAccess ?? 'signed_in',
      allowAnonymousViewing: dto.allowAnonymousViewing ?? false,
      allowGuestVoting: guestVoting(dto.allowAnonymousViewing ?? false, dto.allowGuestVoting, false),
      moderation: dto.moderation ?? 'post',
      organiserId: p.id,
      recorded: !!dto.recorded,
      ...this.placeFields(ws),
    };
    let created: Session[];
    try {
      created = await this.db.transaction(async (m) => {
        let seriesId: string | null = null;
        if (dto.rrule) {
          const series = await this.sessions.saveSeries(m, {
            rrule: dto.rrule.replace(/^RRULE:/i, ''),
            firstStartsAt: startsAt,
            durationMinutes: Math.round(durationMs / 60000),
            workstationId: ws.id,
            createdBy: p.id,
          });
          seriesId = series.id;
        }
        const out: Session[] = [];
        for (const start of starts) {
          const end = new Date(start.getTime() + durationMs);
          const shift = start.getTime() - startsAt.getTime();
          const row: Partial<Session> = {
            ...base,
            startsAt: start,
            endsAt: end,
            blockedUntil: new Date(end.getTime() + ws.bufferMinutes * 60000),
            registrationOpensAt: opens ? new Date(opens.getTime() + shift) : null,
            registrationClosesAt: closes ? new Date(closes.getTime() + shift) : null,
            seriesId,
            occurrenceStart: seriesId ? start : null,
            status: dto.recorded ? 'ended' : 'draft',
            startedAt: dto.recorded ? start : null,
            endedAt: dto.recorded ? end : null,
          };
          out.push(await this.sessions.insert(m, row));
        }
        if (dto.topicId) await this.topics.markScheduled(m, dto.topicId);
        return out;
      });
    } catch (e) {
      if (isExclusionViolation(e)) throw await this.conflictError(ws, starts, durationMs);
      throw e;
    }
    const first = created[0];
    if (dto.recorded) {
      // Entered after the fact: it arrives ended, so closing reminders and listeners of the end apply.
      await this.notices.afterEnded(first);
      this.emit('session.ended', first.id);
    }
    const view = toSessionView(first);
    if (!first.seriesId || !dto.rrule) return view;
    return {
      ...view,
      series: {
        id: first.seriesId,
        rrule: dto.rrule,
        sessions: created.map((s) => ({ id: s.id, startsAt: s.startsAt.toISOString() })),
      },
    };
  }

  async update(p: Principal, id: string, dto: UpdateSessionDto): Promise<SessionView> {
    const before = await this.forWrite(undefined, p, id);
    if (!EDITABLE.includes(before.status))
      throw Errors.conflict('SESSION_NOT_EDITABLE', { status: before.status });
    const ws =
      dto.workstationId && dto.workstationId !== before.workstationId
        ? await this.workstation(dto.workstationId)
        : null;
    if (ws) assertInReach(p, ws.regionCode, ws.id);
    const startsAt = dto.startsAt ? new Date(dto.startsAt) : before.startsAt;
    const endsAt = dto.endsAt ? new Date(dto.endsAt) : before.endsAt;
    checkTimes(startsAt, endsAt);
    if (
      (dto.startsAt || dto.endsAt) &&
      startsAt.getTime() < Date.now() - 5 * 60000 &&
      startsAt.getTime() !== before.startsAt.getTime()
    )
      throw Errors.badInput('STARTS_IN_PAST');
    const opens =
      dto.registrationOpensAt !== undefined ? new Date(dto.registrationOpensAt) : before.registrationOpensAt;
    const closes =
      dto.registrationClosesAt !== undefined
        ? new Date(dto.registrationClosesAt)
        : before.registrationClosesAt;
    checkRegistrationWindow(opens, closes, endsAt);
    if (dto.streamUrl !== undefined) checkStreamUrl(dto.streamUrl);
    const format = dto.format ?? before.format;
    const capacity = dto.capacity ?? before.capacity;
    const reserved = dto.reservedSeats ?? before.reservedSeats;
    const venue = ws ?? (await this.directory.workstation(before.workstationId));
    this.checkCapacity(format, capacity, reserved, venue);
    if (dto.topicId && dto.topicId !== before.topicId) await this.checkTopic(p, dto.topicId);

    const patch: SessionPatch = {};
    if (dto.title !== undefined) patch.title = dto.title;
    if (dto.description !== undefined) patch.description = dto.description;
    if (dto.title !== undefined || dto.description !== undefined)
      patch.searchNorm = normalizeZh(
        `${dto.title ?? before.title} ${dto.description ?? before.description ?? ''}`,
      );
    if (dto.topicId !== undefined) patch.topicId = dto.topicId;
    if (dto.format !== undefined) patch.format = dto.format;
    if (dto.capacity !== undefined) patch.capacity = dto.capacity;
    if (dto.reservedSeats !== undefined) patch.reservedSeats = dto.reservedSeats;
    if (dto.registrationOpensAt !== undefined) patch.registrationOpensAt = opens;
    if (dto.registrationClosesAt !== undefined) patch.registrationClosesAt = closes;
    if (dto.streamUrl !== undefined) patch.streamUrl = dto.streamUrl || null;
    if (dto.agenda !== undefined) patch.agenda = dto.agenda;
    if (dto.onlineAccess !== undefined) patch.onlineAccess = dto.onlineAccess;
    if (dto.allowAnonymousViewing !== undefined) patch.allowAnonymousViewing = dto.allowAnonymousViewing;
    if (dto.allowGuestVoting !== undefined || dto.allowAnonymousViewing !== undefined)
      patch.allowGuestVoting = guestVoting(
        dto.allowAnonymousViewing ?? before.allowAnonymousViewing,
        dto.allowGuestVoting,
        before.allowGuestVoting,
      );
    if (dto.moderation !== undefined) patch.moderation = dto.moderation;
    if (ws) Object.assign(patch, this.placeFields(ws));
    const buffer = ws ? ws.bufferMinutes : before.bufferMinutes;
    patch.startsAt = startsAt;
    patch.endsAt = endsAt;
    patch.blockedUntil = new Date(endsAt.getTime() + buffer * 60000);
    const capacityChanged = dto.capacity !== undefined && dto.capacity !== before.capacity;
    let after: Session;
    try {
      // Seats (registration) and the session commit together: a failed update promotes nobody.
      after = await this.db.transaction(async (m) => {
        const locked = await this.sessions.lockById(m, id);
        if (!locked || !EDITABLE.includes(locked.status))
          throw Errors.conflict('SESSION_NOT_EDITABLE', { status: locked?.status ?? 'deleted' });
        if (capacityChanged) await this.registration.applyCapacity(m, id, capacity);
        await this.sessions.applyEdit(m, id, patch, locked.sequence + 1);
        return (await this.sessions.findById(m, id))!;
      });
    } catch (e) {
      if (isExclusionViolation(e)) {
        const venueWs = ws ?? venue!;
        throw await this.conflictError(venueWs, [startsAt], endsAt.getTime() - startsAt.getTime(), id);
      }
      throw e;
    }
    this.emit('session.changed', id);
    if (after.status === 'published') await this.notices.afterChanged(before, after);
    return toSessionView(after);
  }

  async transition(p: Principal, id: string, action: Transition, reason?: string): Promise<SessionView> {
    const s = await this.forWrite(undefined, p, id);
    const to = transitionTarget(action, s.status);
    const from = [s.status];
    const now = new Date();
    const stamp: TransitionStamp = {};
    if (action === 'publish') stamp.publishedAt = now;
    if (action === 'start') stamp.startedAt = now;
    if (action === 'end') stamp.endedAt = now;
    if (action === 'conclude') stamp.concludedAt = now;
    if (action === 'cancel') {
      stamp.cancelledAt = now;
      stamp.cancelReason = reason ?? null;
    }
    const ok = await this.db.transaction((m) => this.sessions.transition(m, id, from, to, stamp));
    if (!ok) {
      // Someone else moved it in between: answer as if this request came second.
      const now2 = (await this.sessions.findById(undefined, id))!;
      transitionTarget(action, now2.status);
      throw Errors.conflict('INVALID_TRANSITION', { status: now2.status });
    }
    const after = (await this.sessions.findById(undefined, id))!;
    await this.audit.by(p, `session.${action}`, { type: 'session', id }, 'ok', null, { from: s.status, to });
    const type = (
      {
        publish: 'session.published',
        cancel: 'session.cancelled',
        start: 'session.started',
        end: 'session.ended',
        conclude: 'session.changed',
      } as const
    )[action];
    this.emit(type, id);
    if (action === 'publish') await this.notices.afterPublished(after);
    if (action === 'cancel' && s.status === 'published') await this.notices.afterCancelled(after);
    if (action === 'end') await this.notices.afterEnded(after);
    return toSessionView(after);
  }

  /** Concludes an ended session when its outcome is published (outcomes context's event). */
  async concludeFromOutcome(sessionId: string, publishedAt: Date): Promise<void> {
    const ok = await this.db.transaction((m) =>
      this.sessions.transition(m, sessionId, ['ended'], 'concluded', { concludedAt: new Date() }),
    );
    await this.notices.outcomePublished(sessionId, publishedAt);
    if (ok) this.emit('session.changed', sessionId);
  }

  // ---------- helpers ----------

  private emit(type: SessionChangedEvent['type'], sessionId: string): void {
    const event: SessionChangedEvent = { type, sessionId };
    this.events.publish(event);
  }

  /** Loads a session for a change: 404 when unknown, 403 outside the caller's region. */
  async forWrite(m: EntityManager | undefined, p: Principal, id: string): Promise<Session> {
    const s = await this.sessions.findById(m, id);
    if (!s) throw Errors.notFound('SESSION_NOT_FOUND');
    if (!inScope(p, s.regionCode)) {
      if (p.kind !== 'staff') throw Errors.notFound('SESSION_NOT_FOUND');
      throw Errors.forbidden('OUT_OF_REGION');
    }
    assertInReach(p, s.regionCode, s.workstationId);
    return s;
  }

  private async workstation(id: string): Promise<WorkstationSnapshot> {
    const ws = await this.directory.workstation(id);
    if (!ws || ws.status === 'deleted') throw Errors.badInput('UNKNOWN_WORKSTATION');
    if (ws.status === 'suspended') throw Errors.conflict('WORKSTATION_SUSPENDED');
    return ws;
  }

  private async checkTopic(p: Principal, topicId: string): Promise<void> {
    const t = await this.topics.findById(undefined, topicId);
    if (!t || !inScope(p, t.regionCode)) throw Errors.badInput('UNKNOWN_TOPIC');
    if (!['accepted', 'scheduled'].includes(t.status))
      throw Errors.conflict('TOPIC_NOT_ACCEPTED', { status: t.status });
  }

  private checkCapacity(
    format: string,
    capacity: number,
    reserved: number,
    ws: WorkstationSnapshot | null,
  ): void {
    if (!Number.isInteger(capacity) || capacity <= 0) throw Errors.badInput('INVALID_CAPACITY');
    if (format !== 'online' && ws?.capacity && capacity + reserved > ws.capacity)
      throw Errors.badInput(
        'CAPACITY_EXCEEDS_VENUE',
        { reserved, venueCapacity: ws.capacity },
        { venueCapacity: ws.capacity },
      );
  }

  private placeFields(ws: WorkstationSnapshot): SessionPatch {
    return {
      workstationId: ws.id,
      regionCode: ws.regionCode,
      placeName: ws.name,
      placeAddress: ws.address,
      // WGS-84 so `near` distances need no datum shift (GCJ-02 is off by a few hundred metres).
      lat: (ws.wgs84 ?? ws.location)?.lat ?? null,
      lng: (ws.wgs84 ?? ws.location)?.lng ?? null,
      bufferMinutes: ws.bufferMinutes ?? 0,
    };
  }

  private async conflictError(
    ws: WorkstationSnapshot,
    starts: Date[],
    durationMs: number,
    exceptId?: string,
  ): Promise<ConflictError> {
    for (const start of starts) {
      const blocked = new Date(start.getTime() + durationMs + ws.bufferMinutes * 60000);
      const other = await this.sessions.findOverlap(ws.id, start, blocked, exceptId);
      if (other)
        return Errors.conflict(
          'SCHEDULE_CONFLICT',
          { title: local(`「${other.title}」`, ` “${other.title}”`) },
          {
            conflictsWith: other.id,
            startsAt: other.startsAt.toISOString(),
            endsAt: other.endsAt.toISOString(),
            occurrence: start.toISOString(),
            bufferMinutes: ws.bufferMinutes,
          },
        );
    }
    return Errors.conflict('SCHEDULE_CONFLICT', { title: '' }, { bufferMinutes: ws.bufferMinutes });
  }
}

/**
 * Guests vote only where they may watch: asking for guest voting without anonymous viewing is refused;
 * turning anonymous viewing off turns guest voting off with it.
 */
function guestVoting(viewing: boolean, requested: boolean | undefined, before: boolean): boolean {
  if (requested && !viewing) throw Errors.badInput('GUEST_VOTING_NEEDS_ANONYMOUS_VIEWING');
  return viewing && (requested ?? before);
}

function parseNear(near?: string, radiusKm?: number) {
  if (!near) return undefined;
  const [lat, lng] = near.split(',').map(Number);
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) throw Errors.badInput('INVALID_NEAR');
  return { lat, lng, radiusKm: radiusKm ?? 10 };
}

export type { SessionStatus };
