import { Inject, Injectable } from '@nestjs/common';
import { SESSION_LOOKUP } from '@xs/contracts';
import type { SessionLookup, SessionSnapshot } from '@xs/contracts';
import { assertInReach, hasRole, inReach } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ConflictError, NotFoundError } from '@xs/platform';

/** Reads sessions through scheduling's port and applies the region rules of every registration route. */
@Injectable()
export class SessionAccess {
  constructor(@Inject(SESSION_LOOKUP) private readonly sessions: SessionLookup) {}

  get lookup(): SessionLookup {
    return this.sessions;
  }

  async load(id: string): Promise<SessionSnapshot> {
    const s = await this.sessions.get(id);
    if (!s) throw new NotFoundError('SESSION_NOT_FOUND', '活动不存在');
    return s;
  }

  /** Staff reads: a session outside the caller's region (or workstations, for a manager) does not exist for them (404). */
  async forStaffRead(p: Principal, id: string): Promise<SessionSnapshot> {
    const s = await this.load(id);
    if (!inReach(p, s.regionCode, s.workstationId))
      throw new NotFoundError('SESSION_NOT_FOUND', '活动不存在');
    return s;
  }

  /** Staff writes: outside the caller's region → 403. */
  async forStaffWrite(p: Principal, id: string): Promise<SessionSnapshot> {
    const s = await this.load(id);
    assertInReach(p, s.regionCode, s.workstationId);
    return s;
  }

  static isStaff(p: Principal): boolean {
    return p.kind === 'staff' && !hasRole(p, 'resident');
  }

  /** Registration is open: published (or live) and inside the window, which closes at the start by default. */
  static assertRegistrationOpen(s: SessionSnapshot, now = new Date()): void {
    SessionAccess.assertAcceptsPeople(s);
    if (s.registrationOpensAt && now < new Date(s.registrationOpensAt)) {
      throw new ConflictError('REGISTRATION_NOT_OPEN', '报名尚未开始', {
        opensAt: new Date(s.registrationOpensAt).toISOString(),
      });
    }
    const closes = new Date(s.registrationClosesAt ?? s.startsAt);
    if (now >= closes) {
      throw new ConflictError('REGISTRATION_CLOSED', '报名已截止', { closedAt: closes.toISOString() });
    }
  }

  /** Registrations, walk-ins, check-ins and draws need a published or running session. */
  static assertAcceptsPeople(s: SessionSnapshot): void {
    switch (s.status) {
      case 'published':
      case 'live':
        return;
      case 'draft':
        throw new ConflictError('SESSION_NOT_PUBLISHED', '活动尚未发布');
      case 'cancelled':
        throw new ConflictError('SESSION_CANCELLED', '活动已取消');
      default:
        throw new ConflictError('SESSION_ENDED', '活动已结束');
    }
  }
}
