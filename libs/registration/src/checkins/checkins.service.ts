import { Inject, Injectable } from '@nestjs/common';
import { LIVE_STATS_PORT } from '@xs/contracts';
import type { LiveStatsPort } from '@xs/contracts';
import type { Principal } from '@xs/identity';
import { APP_CONFIG, isMobile, momentText, PiiCipher, type AppConfig } from '@xs/platform';
import { isCheckInCode, normalizeCode, TicketSigner } from '../tickets/tickets';
import type { CheckInDto, WalkInDto } from '../registrations/registrations.dto';
import { RegistrationsRepository } from '../registrations/registrations.repository';
import { RegistrationsService } from '../registrations/registrations.service';
import { SessionAccess } from '../registrations/session-access';
import { Errors } from '../errors';

export interface CheckInResult {
  registrationId: string;
  name: string;
  checkedInAt: string;
}

const notFound = () => Errors.notFound('TICKET_NOT_FOUND');

@Injectable()
export class CheckinsService {
  constructor(
    private readonly repo: RegistrationsRepository,
    private readonly registrations: RegistrationsService,
    private readonly access: SessionAccess,
    private readonly pii: PiiCipher,
    @Inject(LIVE_STATS_PORT) private readonly live: LiveStatsPort,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** By the 8-character code or the signed QR payload; a repeat → 409, another session's code → 404. */
  async checkIn(p: Principal, sessionId: string, dto: CheckInDto): Promise<CheckInResult> {
    const raw = dto.qr ?? dto.code;
    if (!raw || (dto.qr && dto.code)) throw Errors.badInput('CODE_REQUIRED');
    const session = await this.access.forStaffWrite(p, sessionId);
    SessionAccess.assertAcceptsPeople(session);
    let code: string;
    let registrationId: string | undefined;
    if (dto.qr || TicketSigner.looksLikePayload(raw)) {
      const claims = this.registrations.signer.verify(raw);
      if (!claims) throw Errors.badInput('INVALID_TICKET');
      if (claims.sessionId !== sessionId) throw notFound();
      code = claims.code;
      registrationId = claims.registrationId;
    } else {
      code = normalizeCode(raw);
      if (!isCheckInCode(code)) throw notFound();
    }
    const done = await this.repo.checkIn(sessionId, code, p.id);
    if (done && (!registrationId || done.id === registrationId)) {
      return {
        registrationId: done.id,
        name: done.name,
        checkedInAt: new Date(done.checkedInAt).toISOString(),
      };
    }
    const reg = await this.repo.findByCode(sessionId, code);
    if (!reg || (registrationId && reg.id !== registrationId)) throw notFound();
    if (reg.status === 'cancelled') throw Errors.conflict('REGISTRATION_CANCELLED');
    if (reg.status === 'waitlisted') throw Errors.conflict('REGISTRATION_WAITLISTED');
    throw Errors.conflict(
      'ALREADY_CHECKED_IN',
      { name: reg.name, at: momentText(new Date(reg.checkedInAt!), this.config.timezone) },
      {
        registrationId: reg.id,
        checkedInAt: new Date(reg.checkedInAt!).toISOString(),
      },
    );
  }

  /** Someone who turns up unregistered: registered and checked in on the spot (not counted against capacity). */
  async walkIn(p: Principal, sessionId: string, dto: WalkInDto) {
    if (!isMobile(dto.phone)) {
      throw Errors.badInput('INVALID_PHONE');
    }
    const session = await this.access.forStaffWrite(p, sessionId);
    SessionAccess.assertAcceptsPeople(session);
    const phone = this.pii.encryptPhone(dto.phone);
    const row = await this.registrations.insertWalkIn(p, session, {
      name: dto.name.trim(),
      phoneEnc: phone.enc,
      phoneBidx: phone.bidx,
      community: dto.community?.trim() || null,
      role: dto.role ?? 'resident',
      speakIntent: null,
    });
    return {
      id: row.id,
      registrationId: row.id,
      name: row.name,
      status: row.status,
      walkIn: true,
      checkedInAt: new Date(row.checkedInAt!).toISOString(),
      ticket: { code: row.checkInCode },
    };
  }

  /** Live figures for the organiser's check-in desk: checked in vs registered, plus the live room. */
  async attendance(p: Principal, sessionId: string) {
    const session = await this.access.forStaffRead(p, sessionId);
    const c = await this.repo.counts(sessionId);
    const seats = await this.repo.seats(sessionId);
    const online = await this.live.onlineStats(sessionId);
    return {
      sessionId,
      status: session.status,
      capacity: seats?.capacity ?? session.capacity,
      registered: c.confirmed + c.walkIns,
      confirmed: c.confirmed,
      waitlisted: c.waitlisted,
      walkIns: c.walkIns,
      cancelled: c.cancelled,
      checkedIn: c.checkedIn,
      notCheckedIn: c.confirmed + c.walkIns - c.checkedIn,
      online,
      at: new Date().toISOString(),
    };
  }
}
