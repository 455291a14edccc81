import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { NOTIFIER } from '@xs/contracts';
import type { Notifier, RegistrationEvent, SessionSnapshot } from '@xs/contracts';
import { assertInReach, AuditService, canReadPii, hasRole, inReach, UsersService } from '@xs/identity';
import type { Principal } from '@xs/identity';
import {
  APP_CONFIG,
  ConflictError,
  deriveKey,
  DomainEvents,
  isMobile,
  isUniqueViolation,
  Metrics,
  momentText,
  Page,
  pageOffset,
  PiiCipher,
  sm3,
} from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { PRIVACY_NOTICE_VERSION } from '../privacy/privacy-notice';
import { newCheckInCode, renderTicketPng, TicketSigner } from '../tickets/tickets';
import { toView } from './registration-view';
import type { RegistrationView } from './registration-view';
import type { ListRegistrationsQuery, RegisterDto } from './registrations.dto';
import { RegistrationsRepository } from './registrations.repository';
import type { NewRegistration, RegistrationRow, SeatCounter } from './registrations.repository';
import { SessionAccess } from './session-access';
import { SeatQueue } from './seat-queue';
import { Errors } from '../errors';

export interface RegistrationResult {
  id: string;
  status: 'confirmed' | 'waitlisted';
  position?: number;
  ticket: { code: string };
}

/** The most registrations one batch takes (one statement's arrays). */
const MAX_BATCH = 500;

type Registered = { result: RegistrationResult; replayed: boolean };

/** A registration request waiting in its session's queue. */
interface Queued {
  p: Principal;
  dto: RegisterDto;
  idempotencyKey: string | undefined;
  staff: boolean;
}

/** …and once its own checks passed: its place in the batch, phone, notice version and fingerprint. */
interface Prepared extends Queued {
  i: number;
  phone: { enc: string; bidx: string };
  version: string;
  fingerprint: string;
}

/** Staff roles that register, cancel and check people in. */
export const DESK_ROLES = ['admin', 'organiser', 'workstation_manager'] as const;

@Injectable()
export class RegistrationsService implements OnModuleInit {
  private readonly logger = new Logger('registration');
  readonly signer: TicketSigner;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly repo: RegistrationsRepository,
    private readonly access: SessionAccess,
    private readonly pii: PiiCipher,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly users: UsersService,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
    metrics: Metrics,
  ) {
    this.signer = new TicketSigner(deriveKey(config.tokenSecret, 'registration-ticket'));
    metrics.counterFrom(
      'xs_registration_batches_total',
      'Registration batches (one transaction each)',
      () => this.batchStats.batches,
    );
    metrics.counterFrom(
      'xs_registration_batched_total',
      'Registration requests that went through a batch',
      () => this.batchStats.requests,
    );
    metrics.counterFrom(
      'xs_registration_batch_fallbacks_total',
      'Registration batches that failed as a whole and ran their requests one by one',
      () => this.batchStats.fallbacks,
    );
  }

  /** Running totals of the registration queue (also in /metrics). */
  readonly batchStats = { batches: 0, requests: 0, fallbacks: 0 };

  // ---------- registering ----------

  /**
   * Registrations of one session go through a queue taken in batches (SeatQueue): each batch is one
   * transaction that takes the seat lock once, so a rush of residents costs one lock, one insert and one
   * commit per batch instead of per person. Arrival order in the queue is the order of seats and waitlist.
   */
  private readonly seatQueue = new SeatQueue<Queued, Registered>(
    (sessionId, items) => this.registerBatch(sessionId, items),
    MAX_BATCH,
  );

  async register(
    p: Principal,
    sessionId: string,
    dto: RegisterDto,
    idempotencyKey?: string,
  ): Promise<Registered> {
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,200}$/.test(idempotencyKey)) {
      throw Errors.badInput('BAD_IDEMPOTENCY_KEY');
    }
    if (dto.consent !== true) {
      throw Errors.badInput('CONSENT_REQUIRED');
    }
    const staff = SessionAccess.isStaff(p) && hasRole(p, ...DESK_ROLES);
    // The phone's shape is checked before queueing, as a bad request should not wait for seats.
    // A JSON null passes @IsOptional: it means "no phone", like an absent field.
    if (dto.phone != null && !isMobile(dto.phone)) {
      throw Errors.badInput('INVALID_PHONE');
    }
    if (staff && dto.phone == null) throw Errors.badInput('PHONE_REQUIRED');
    const out = await this.seatQueue.run(sessionId, { p, dto, idempotencyKey, staff });
    if (!out.replayed && out.result.status === 'confirmed') {
      this.publish(undefined, 'registration.confirmed', sessionId, out.result.id, staff ? null : p.id);
    }
    return out;
  }

  /**
   * One batch of a session's queue. The checks each request had alone (phone, notice version, session
   * open, region) are made per request with one read of the session and one of the residents' phones;
   * then one transaction: idempotency claims, the seat lock, duplicates, the rows, the counter. When
   * that transaction fails as a whole (a check-in code drawn twice, a deadlock across replicas), every
   * request of the batch is run again alone, in order, so each gets its own answer.
   */
  private async registerBatch(
    sessionId: string,
    items: Queued[],
  ): Promise<PromiseSettledResult<Registered>[]> {
    const settled: (PromiseSettledResult<Registered> | undefined)[] = items.map(() => undefined);
    const [session, phones] = await Promise.all([
      this.access.lookup.get(sessionId),
      this.users.accountPhones(items.filter((q) => !q.staff).map((q) => q.p.id)),
    ]);
    const ready: Prepared[] = [];
    items.forEach((q, i) => {
      try {
        const phone = this.phoneOf(q.staff, q.dto.phone, phones.get(q.p.id));
        const version = q.dto.privacyNoticeVersion ?? PRIVACY_NOTICE_VERSION;
        if (version !== PRIVACY_NOTICE_VERSION) {
          throw Errors.conflict('PRIVACY_NOTICE_OUTDATED', { current: PRIVACY_NOTICE_VERSION });
        }
        if (!session) throw Errors.notFound('SESSION_NOT_FOUND');
        if (q.staff) assertInReach(q.p, session.regionCode, session.workstationId);
        SessionAccess.assertRegistrationOpen(session);
        ready.push({ ...q, i, phone, version, fingerprint: this.fingerprint(sessionId, q.dto, phone.bidx) });
      } catch (e) {
        settled[i] = { status: 'rejected', reason: e };
      }
    });
    let alone: Prepared[] = [];
    if (ready.length) {
      this.batchStats.batches++;
      this.batchStats.requests += ready.length;
      try {
        const outcome = await this.db.transaction((m) => this.seatBatch(m, session!, ready));
        for (const [i, s] of outcome.settled) settled[i] = s;
        alone = outcome.alone;
      } catch (e) {
        this.logger.error({
          msg: 'registration batch failed, its requests run one by one',
          sessionId,
          size: ready.length,
          error: (e as Error).message,
        });
        this.batchStats.fallbacks++;
        alone = ready;
      }
    }
    for (const q of alone) {
      try {
        settled[q.i] = {
          status: 'fulfilled',
          value: await this.registerAlone(q.p, sessionId, q.dto, q.idempotencyKey, q.staff),
        };
      } catch (e) {
        settled[q.i] = { status: 'rejected', reason: e };
      }
    }
    return settled.map((s) => s!);
  }

  /** The batch's transaction; requests it cannot answer itself come back in `alone`. */
  private async seatBatch(
    m: EntityManager,
    session: SessionSnapshot,
    items: Prepared[],
  ): Promise<{ settled: Map<number, PromiseSettledResult<Registered>>; alone: Prepared[] }> {
    const settled = new Map<number, PromiseSettledResult<Registered>>();
    const refuse = (q: Prepared, e: unknown) => settled.set(q.i, { status: 'rejected', reason: e });
    const idem = (q: Prepared) => `user:${q.p.id}\n${q.idempotencyKey}`;

    // Idempotency: the first request with a key claims it; a repeat of it in this batch waits for its answer.
    const leaders = new Map<string, Prepared>();
    const repeats: Prepared[] = [];
    for (const q of items) {
      if (q.idempotencyKey === undefined) continue;
      if (leaders.has(idem(q))) repeats.push(q);
      else leaders.set(idem(q), q);
    }
    const earlier = await this.repo.claimIdempotencyMany(
      m,
      [...leaders.values()].map((q) => ({
        actorKey: `user:${q.p.id}`,
        idemKey: q.idempotencyKey!,
        fingerprint: q.fingerprint,
      })),
    );
    const fresh: Prepared[] = [];
    for (const q of items) {
      if (q.idempotencyKey !== undefined && leaders.get(idem(q)) !== q) continue;
      const prior = q.idempotencyKey !== undefined ? earlier.get(idem(q)) : undefined;
      if (prior && prior.fingerprint !== q.fingerprint) refuse(q, Errors.conflict('IDEMPOTENCY_KEY_REUSED'));
      else if (prior?.response) {
        settled.set(q.i, {
          status: 'fulfilled',
          value: { result: prior.response as unknown as RegistrationResult, replayed: true },
        });
      } else fresh.push(q);
    }

    // Held from here to the commit: seats, duplicates and rows change together.
    const seats = await this.repo.lockSeats(m, session.id, session.capacity, new Date(session.endsAt));
    const live = await this.repo.liveStatusByPhones(m, session.id, [
      ...new Set(fresh.map((q) => q.phone.bidx)),
    ]);
    let { confirmed, waitlisted } = seats;
    const taken: { q: Prepared; status: 'confirmed' | 'waitlisted'; position?: number; code: string }[] = [];
    for (const q of fresh) {
      const existing = live.get(q.phone.bidx);
      if (existing) {
        refuse(q, Errors.conflict('ALREADY_REGISTERED', { status: existing }));
        continue;
      }
      const status = confirmed < seats.capacity ? 'confirmed' : 'waitlisted';
      if (status === 'confirmed') confirmed++;
      else waitlisted++;
      live.set(q.phone.bidx, status);
      taken.push({
        q,
        status,
        position: status === 'waitlisted' ? waitlisted : undefined,
        code: newCheckInCode(),
      });
    }
    const rows = await this.repo.insertMany(
      m,
      session.id,
      session.regionCode,
      taken.map(({ q, status, code }) => ({
        userId: q.staff ? null : q.p.id,
        name: q.dto.name.trim(),
        phoneEnc: q.phone.enc,
        phoneBidx: q.phone.bidx,
        community: q.dto.community?.trim() || null,
        role: q.dto.role ?? (!q.staff && hasRole(q.p, 'member') ? 'member' : 'resident'),
        speakIntent: q.dto.speakIntent?.trim() || null,
        status,
        privacyNoticeVersion: q.version,
        checkInCode: code,
        actorId: q.p.id,
      })),
    );
    const byPhone = new Map(rows.map((r) => [r.phoneBidx, r]));
    const stored: { actorKey: string; idemKey: string; response: object }[] = [];
    for (const { q, status, position } of taken) {
      const row = byPhone.get(q.phone.bidx)!;
      const result: RegistrationResult = {
        id: row.id,
        status,
        ...(position !== undefined ? { position } : {}),
        ticket: { code: row.checkInCode },
      };
      settled.set(q.i, { status: 'fulfilled', value: { result, replayed: false } });
      if (q.idempotencyKey !== undefined)
        stored.push({ actorKey: `user:${q.p.id}`, idemKey: q.idempotencyKey, response: result });
    }
    // A refused request's claim goes, as its own rolled-back transaction would have taken it away.
    await this.repo.closeBatch(
      m,
      session.id,
      { capacity: seats.capacity, confirmed, waitlisted },
      stored,
      [...leaders.values()]
        .filter((q) => settled.get(q.i)?.status === 'rejected' && !earlier.has(idem(q)))
        .map((q) => ({ actorKey: `user:${q.p.id}`, idemKey: q.idempotencyKey! })),
    );

    // Repeats of a key: the answer of the first, replayed; if the first was refused, they go alone.
    const alone: Prepared[] = [];
    for (const q of repeats) {
      const first = settled.get(leaders.get(idem(q))!.i)!;
      if (first.status === 'rejected') alone.push(q);
      else if (leaders.get(idem(q))!.fingerprint !== q.fingerprint)
        refuse(q, Errors.conflict('IDEMPOTENCY_KEY_REUSED'));
      else settled.set(q.i, { status: 'fulfilled', value: { result: first.value.result, replayed: true } });
    }
    return { settled, alone };
  }

  /** One registration in its own transaction: the path a batch falls back to, request by request. */
  private async registerAlone(
    p: Principal,
    sessionId: string,
    dto: RegisterDto,
    idempotencyKey: string | undefined,
    staff: boolean,
  ): Promise<Registered> {
    const phone = this.phoneOf(staff, dto.phone, staff ? null : await this.users.accountPhone(p.id));
    const version = dto.privacyNoticeVersion ?? PRIVACY_NOTICE_VERSION;
    if (version !== PRIVACY_NOTICE_VERSION) {
      throw Errors.conflict('PRIVACY_NOTICE_OUTDATED', {
        current: PRIVACY_NOTICE_VERSION,
      });
    }
    const session = staff ? await this.access.forStaffWrite(p, sessionId) : await this.access.load(sessionId);
    SessionAccess.assertRegistrationOpen(session);

    const fingerprint = this.fingerprint(sessionId, dto, phone.bidx);
    const actorKey = `user:${p.id}`;
    const alreadyRegistered = (status?: string) =>
      Errors.conflict('ALREADY_REGISTERED', status ? { status } : undefined);
    try {
      return await this.db.transaction(async (m) => {
        if (idempotencyKey !== undefined) {
          const claim = await this.repo.claimIdempotency(m, actorKey, idempotencyKey, fingerprint);
          if (!claim.claimed) {
            if (claim.fingerprint !== fingerprint) {
              throw Errors.conflict('IDEMPOTENCY_KEY_REUSED');
            }
            if (claim.response)
              return { result: claim.response as unknown as RegistrationResult, replayed: true };
          }
        }
        // Before the seat lock, so the lock is held only for the seat, the insert and the commit; a
        // duplicate racing past this check is stopped by the unique index (caught below).
        const existing = await this.repo.findLiveByPhone(m, sessionId, phone.bidx);
        if (existing) throw alreadyRegistered(existing.status);
        let seat = await this.repo.takeSeat(m, sessionId);
        if (!seat) {
          await this.repo.ensureSeats(m, sessionId, session.capacity, new Date(session.endsAt));
          seat = (await this.repo.takeSeat(m, sessionId))!;
        }
        const status = seat.granted ? 'confirmed' : 'waitlisted';
        const row = await this.repo.insert(
          m,
          {
            sessionId,
            regionCode: session.regionCode,
            userId: staff ? null : p.id,
            name: dto.name.trim(),
            phoneEnc: phone.enc,
            phoneBidx: phone.bidx,
            community: dto.community?.trim() || null,
            role: dto.role ?? (!staff && hasRole(p, 'member') ? 'member' : 'resident'),
            speakIntent: dto.speakIntent?.trim() || null,
            status,
            walkIn: false,
            privacyNoticeVersion: version,
            checkedIn: false,
            actorId: p.id,
          },
          newCheckInCode,
        );
        const result: RegistrationResult = {
          id: row.id,
          status,
          ...(status === 'waitlisted' ? { position: seat.waitlisted } : {}),
          ticket: { code: row.checkInCode },
        };
        if (idempotencyKey !== undefined)
          await this.repo.storeIdempotentResponse(m, actorKey, idempotencyKey, result);
        return { result, replayed: false };
      });
    } catch (e) {
      if (isUniqueViolation(e, 'UQ_registrations_session_phone')) throw alreadyRegistered();
      throw e;
    }
  }

  private fingerprint(sessionId: string, dto: RegisterDto, bidx: string): string {
    return sm3(
      JSON.stringify([
        sessionId,
        dto.name,
        bidx,
        dto.community ?? null,
        dto.role ?? null,
        dto.speakIntent ?? null,
      ]),
    );
  }

  /**
   * A resident registers with its verified login phone (`own`, read beforehand); staff give the
   * registrant's phone. `given` is already a mainland mobile: `register` checks it before queueing.
   */
  private phoneOf(
    staff: boolean,
    given: string | null | undefined,
    own: { phoneEnc: string; phoneBidx: string | null } | null | undefined,
  ): { enc: string; bidx: string } {
    if (staff) {
      if (given == null) throw Errors.badInput('PHONE_REQUIRED');
      return this.pii.encryptPhone(given);
    }
    if (!own) {
      throw Errors.forbidden('PHONE_NOT_VERIFIED');
    }
    const bidx = own.phoneBidx ?? this.pii.blindIndex(this.pii.decrypt(own.phoneEnc));
    if (given != null && this.pii.blindIndex(given) !== bidx) {
      throw Errors.forbidden('REGISTER_OTHERS_FORBIDDEN');
    }
    return { enc: own.phoneEnc, bidx };
  }

  // ---------- cancelling and capacity ----------

  async cancel(p: Principal, id: string): Promise<{ id: string; status: 'cancelled'; promoted: string[] }> {
    const reg = await this.repo.findById(undefined, id);
    if (!reg) throw Errors.notFound('REGISTRATION_NOT_FOUND');
    const session = await this.access.load(reg.sessionId);
    await this.assertMayManage(p, reg, session, 'write');
    if (session.status === 'ended' || session.status === 'concluded') {
      throw Errors.conflict('SESSION_ENDED');
    }
    return this.cancelFreeing(reg, session);
  }

  /**
   * Erasure (`user.erased`): the person's seats at sessions still to come are given up (the waitlist
   * moves up as on any cancellation), then every registration of theirs is anonymised. Rows stay, so
   * registered, checked-in and attendance counts are unchanged. Idempotent.
   */
  async eraseRegistrant(
    userId: string,
    phoneBidx: string | null,
  ): Promise<{ cancelled: number; anonymised: number }> {
    let cancelled = 0;
    for (const reg of await this.repo.activeOf(userId, phoneBidx)) {
      const session = await this.access.lookup.get(reg.sessionId);
      if (!session || ['ended', 'concluded', 'cancelled'].includes(session.status)) continue;
      try {
        await this.cancelFreeing(reg, session);
        cancelled++;
      } catch (e) {
        // Checked in, or cancelled meanwhile: the row is only anonymised.
        if (!(e instanceof ConflictError)) throw e;
      }
    }
    const anonymised = await this.repo.anonymise(userId, phoneBidx);
    return { cancelled, anonymised };
  }

  private async cancelFreeing(
    reg: RegistrationRow,
    session: SessionSnapshot,
  ): Promise<{ id: string; status: 'cancelled'; promoted: string[] }> {
    const id = reg.id;
    const promoted = await this.db.transaction(async (m) => {
      const seats = await this.repo.lockSeats(m, reg.sessionId, session.capacity, new Date(session.endsAt));
      const current = (await this.repo.findById(m, id, true))!;
      if (current.status === 'cancelled') throw Errors.conflict('ALREADY_CANCELLED');
      if (current.checkedInAt)
        throw Errors.conflict('ALREADY_CHECKED_IN', {
          name: current.name,
          at: momentText(current.checkedInAt, this.config.timezone),
        });
      await this.repo.cancel(m, id);
      if (current.status === 'waitlisted') {
        await this.repo.setSeats(m, reg.sessionId, { ...seats, waitlisted: seats.waitlisted - 1 });
        return [];
      }
      if (current.walkIn) return [];
      return this.fillSeats(m, reg.sessionId, { ...seats, confirmed: seats.confirmed - 1 });
    });
    this.publish(undefined, 'registration.cancelled', reg.sessionId, id, reg.userId);
    this.afterPromotion(session, promoted);
    return { id, status: 'cancelled', promoted: promoted.map((r) => r.id) };
  }

  /**
   * REGISTRATION_PORT.applyCapacity, in the caller's transaction (scheduling's session update): raising
   * promotes the waitlist; below the confirmed count → 409. Promotion notices go out only if it commits.
   */
  async applyCapacity(m: EntityManager, sessionId: string, capacity: number): Promise<void> {
    if (!Number.isInteger(capacity) || capacity < 0) {
      throw Errors.badInput('BAD_CAPACITY');
    }
    const session = await this.access.lookup.get(sessionId);
    const seats = await this.repo.lockSeats(
      m,
      sessionId,
      capacity,
      session ? new Date(session.endsAt) : null,
    );
    if (capacity < seats.confirmed) {
      throw Errors.conflict(
        'CAPACITY_BELOW_CONFIRMED',
        { confirmed: seats.confirmed },
        { confirmed: seats.confirmed },
      );
    }
    const promoted = await this.fillSeats(m, sessionId, { ...seats, capacity });
    for (const r of promoted) this.publish(m, 'registration.promoted', sessionId, r.id, r.userId);
  }

  /** Gives free seats to the first waitlisted people and stores the counter; the caller holds the lock. */
  private async fillSeats(
    m: EntityManager,
    sessionId: string,
    seats: SeatCounter,
  ): Promise<RegistrationRow[]> {
    const promoted = await this.repo.promoteFirst(m, sessionId, seats.capacity - seats.confirmed);
    await this.repo.setSeats(m, sessionId, {
      capacity: seats.capacity,
      confirmed: seats.confirmed + promoted.length,
      waitlisted: seats.waitlisted - promoted.length,
    });
    return promoted;
  }

  private afterPromotion(session: SessionSnapshot, promoted: RegistrationRow[]): void {
    for (const r of promoted) this.publish(undefined, 'registration.promoted', session.id, r.id, r.userId);
  }

  /** Tells a promoted person (in-app and SMS, or SMS to the phone given at the desk); runs after commit. */
  onModuleInit(): void {
    this.events.on('registration.promoted', async (e) => {
      const r = await this.repo.findById(undefined, e.registrationId);
      const session = await this.access.lookup.get(e.sessionId);
      if (r && session && r.status === 'confirmed') await this.notifyPromoted(session, r);
    });
  }

  private async notifyPromoted(session: SessionSnapshot, r: RegistrationRow): Promise<void> {
    const body = `您报名的「${session.title}」已由候补转为正式报名，签到码 ${r.checkInCode}。`;
    const sms = {
      kind: 'registrationConfirmed' as const,
      params: { title: session.title, code: r.checkInCode },
    };
    try {
      if (r.userId) {
        await this.notifier.notifyUsers(
          [r.userId],
          {
            kind: 'registration.promoted',
            title: '候补转正通知',
            body,
            en: {
              title: 'Off the waiting list',
              body: `Your place at “${session.title}” is confirmed: you moved up from the waiting list. Check-in code ${r.checkInCode}.`,
            },
            link: `/sessions/${session.id}`,
            dedupeKey: `registration.promoted:${r.id}`,
            sms,
          },
          { sms: true },
        );
      } else if (r.phoneEnc) {
        await this.notifier.smsEncryptedPhones([r.phoneEnc], sms, `registration.promoted:${r.id}`);
      }
    } catch (e) {
      this.logger.error({
        msg: 'promotion notice failed',
        registrationId: r.id,
        error: (e as Error).message,
      });
    }
  }

  /** With `m`: held until that transaction commits (dropped on rollback). */
  private publish(
    m: EntityManager | undefined,
    type: RegistrationEvent['type'],
    sessionId: string,
    registrationId: string,
    userId: string | null,
  ) {
    const e: RegistrationEvent = { type, sessionId, registrationId, userId };
    if (m) this.events.publish(m, e);
    else this.events.publish(e);
  }

  // ---------- reading ----------

  /** Owner (the registering resident) or desk staff of the session's region; others see nothing. */
  async assertMayManage(
    p: Principal,
    reg: RegistrationRow,
    session: SessionSnapshot,
    mode: 'read' | 'write',
  ): Promise<void> {
    if (await this.isHolder(p, reg)) return;
    const roles = mode === 'read' ? [...DESK_ROLES, 'staff_viewer' as const] : [...DESK_ROLES];
    if (!SessionAccess.isStaff(p) || !hasRole(p, ...roles)) {
      throw Errors.notFound('REGISTRATION_NOT_FOUND');
    }
    if (!inReach(p, session.regionCode, session.workstationId)) {
      if (mode === 'write') assertInReach(p, session.regionCode, session.workstationId);
      throw Errors.notFound('REGISTRATION_NOT_FOUND');
    }
  }

  /** The account that registered, or the account signed in with the phone staff registered it under. */
  private async isHolder(p: Principal, reg: RegistrationRow): Promise<boolean> {
    if (reg.userId) return reg.userId === p.id;
    return (
      !!reg.phoneBidx &&
      SessionAccess.isStaff(p) === false &&
      reg.phoneBidx === (await this.users.phoneIndexOf(p.id))
    );
  }

  async list(p: Principal, sessionId: string, q: ListRegistrationsQuery): Promise<Page<RegistrationView>> {
    await this.access.forStaffRead(p, sessionId);
    const { items, total } = await this.repo.list(sessionId, q.status, pageOffset(q), q.pageSize);
    const positions = items.some((r) => r.status === 'waitlisted')
      ? await this.repo.positions(sessionId)
      : new Map();
    const unmasked = canReadPii(p);
    const views = items.map((r) => toView(r, this.pii.reveal(r.phoneEnc, unmasked), positions.get(r.id)));
    if (unmasked && items.some((r) => r.phoneEnc)) {
      await this.audit.by(p, 'pii.read', { type: 'session.registrations', id: sessionId }, 'ok', null, {
        registrationIds: items.filter((r) => r.phoneEnc).map((r) => r.id),
      });
    }
    return { items: views, total };
  }

  async mine(p: Principal) {
    const rows = await this.repo.byUser(p.id, await this.users.phoneIndexOf(p.id));
    const out = [];
    for (const r of rows) {
      const s = await this.access.lookup.get(r.sessionId);
      out.push({
        ...toView(
          r,
          this.pii.reveal(r.phoneEnc, false),
          r.status === 'waitlisted'
            ? await this.repo.waitlistPosition(undefined, r.sessionId, r.seq)
            : undefined,
        ),
        session: s
          ? { id: s.id, title: s.title, startsAt: new Date(s.startsAt).toISOString(), status: s.status }
          : null,
        ticket: r.status === 'cancelled' ? null : this.ticketOf(r),
      });
    }
    return { items: out, total: out.length };
  }

  async get(p: Principal, id: string) {
    const { reg } = await this.readable(p, id);
    const unmasked = canReadPii(p) && reg.userId !== p.id;
    if (unmasked && reg.phoneEnc) await this.audit.by(p, 'pii.read', { type: 'registration', id });
    return {
      ...toView(
        reg,
        this.pii.reveal(reg.phoneEnc, unmasked),
        reg.status === 'waitlisted'
          ? await this.repo.waitlistPosition(undefined, reg.sessionId, reg.seq)
          : undefined,
      ),
      ticket: reg.status === 'cancelled' ? null : this.ticketOf(reg),
    };
  }

  async ticketPng(p: Principal, id: string): Promise<Buffer> {
    const { reg } = await this.readable(p, id);
    if (reg.status === 'cancelled') throw Errors.conflict('REGISTRATION_CANCELLED');
    return renderTicketPng(this.ticketOf(reg).qr);
  }

  private async readable(p: Principal, id: string) {
    const reg = await this.repo.findById(undefined, id);
    if (!reg) throw Errors.notFound('REGISTRATION_NOT_FOUND');
    const session = await this.access.load(reg.sessionId);
    await this.assertMayManage(p, reg, session, 'read');
    return { reg, session };
  }

  ticketOf(r: RegistrationRow): { code: string; qr: string } {
    return {
      code: r.checkInCode,
      qr: this.signer.sign({ registrationId: r.id, sessionId: r.sessionId, code: r.checkInCode }),
    };
  }

  // ---------- walk-ins (used by the check-in desk) ----------

  async insertWalkIn(
    p: Principal,
    session: SessionSnapshot,
    input: Omit<
      NewRegistration,
      | 'checkInCode'
      | 'sessionId'
      | 'regionCode'
      | 'status'
      | 'walkIn'
      | 'checkedIn'
      | 'actorId'
      | 'userId'
      | 'privacyNoticeVersion'
    >,
  ): Promise<RegistrationRow> {
    return this.db.transaction(async (m) => {
      await this.repo.lockSeats(m, session.id, session.capacity, new Date(session.endsAt));
      const existing = await this.repo.findLiveByPhone(m, session.id, input.phoneBidx);
      if (existing) {
        throw Errors.conflict('ALREADY_REGISTERED', {
          registrationId: existing.id,
          status: existing.status,
        });
      }
      return this.repo.insert(
        m,
        {
          ...input,
          sessionId: session.id,
          regionCode: session.regionCode,
          userId: null,
          status: 'confirmed',
          walkIn: true,
          checkedIn: true,
          actorId: p.id,
          privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
        },
        newCheckInCode,
      );
    });
  }
}
