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
  isUniqueViolation,
  MOBILE_RE,
  normalizePhone,
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
import { Errors } from '../errors';

export interface RegistrationResult {
  id: string;
  status: 'confirmed' | 'waitlisted';
  position?: number;
  ticket: { code: string };
}

/** Staff roles that register, cancel and check people in. */
export const DESK_ROLES = ['admin', 'organiser', 'workstation_manager'] as const;

@Injectable()
export class RegistrationsService implements OnModuleInit {
  private readonly logger = new Logger('registration');
  readonly signer: TicketSigner;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly db: DataSource,
    private readonly repo: RegistrationsRepository,
    private readonly access: SessionAccess,
    private readonly pii: PiiCipher,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly users: UsersService,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
  ) {
    this.signer = new TicketSigner(deriveKey(config.tokenSecret, 'registration-ticket'));
  }

  // ---------- registering ----------

  async register(
    p: Principal,
    sessionId: string,
    dto: RegisterDto,
    idempotencyKey?: string,
  ): Promise<{ result: RegistrationResult; replayed: boolean }> {
    if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,200}$/.test(idempotencyKey)) {
      throw Errors.badInput('BAD_IDEMPOTENCY_KEY');
    }
    if (dto.consent !== true) {
      throw Errors.badInput('CONSENT_REQUIRED');
    }
    // Desk staff register others; residents and members register themselves with their own phone.
    const staff = SessionAccess.isStaff(p) && hasRole(p, ...DESK_ROLES);
    const phone = await this.phoneFor(p, staff, dto.phone);
    const version = dto.privacyNoticeVersion ?? PRIVACY_NOTICE_VERSION;
    if (version !== PRIVACY_NOTICE_VERSION) {
      throw Errors.conflict('PRIVACY_NOTICE_OUTDATED', {
        current: PRIVACY_NOTICE_VERSION,
      });
    }
    const session = staff ? await this.access.forStaffWrite(p, sessionId) : await this.access.load(sessionId);
    SessionAccess.assertRegistrationOpen(session);

    const fingerprint = sm3(
      JSON.stringify([
        sessionId,
        dto.name,
        phone.bidx,
        dto.community ?? null,
        dto.role ?? null,
        dto.speakIntent ?? null,
      ]),
    );
    const actorKey = `user:${p.id}`;
    const alreadyRegistered = (status?: string) =>
      Errors.conflict('ALREADY_REGISTERED', status ? { status } : undefined);
    let out: { result: RegistrationResult; replayed: boolean };
    try {
      out = await this.db.transaction(async (m) => {
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
    if (!out.replayed && out.result.status === 'confirmed') {
      this.publish(undefined, 'registration.confirmed', sessionId, out.result.id, staff ? null : p.id);
    }
    return { result: out.result, replayed: out.replayed };
  }

  /** A resident registers with its verified login phone; staff give the registrant's phone. */
  private async phoneFor(p: Principal, staff: boolean, given: string | undefined) {
    if (given !== undefined && !MOBILE_RE.test(normalizePhone(given))) {
      throw Errors.badInput('INVALID_PHONE');
    }
    if (staff) {
      if (given === undefined) throw Errors.badInput('PHONE_REQUIRED');
      return this.pii.encryptPhone(given);
    }
    const own = await this.users.accountPhone(p.id);
    if (!own) {
      throw Errors.forbidden('PHONE_NOT_VERIFIED');
    }
    const bidx = own.phoneBidx ?? this.pii.blindIndex(this.pii.decrypt(own.phoneEnc));
    if (given !== undefined && this.pii.blindIndex(given) !== bidx) {
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
          at: current.checkedInAt.toISOString(),
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
