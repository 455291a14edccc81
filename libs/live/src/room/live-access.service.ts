import { Inject, Injectable } from '@nestjs/common';
import { REGISTRATION_PORT, SESSION_LOOKUP } from '@xs/contracts';
import type { RegistrationPort, SessionLookup, SessionSnapshot } from '@xs/contracts';
import { hasRole, inReach, inScope } from '@xs/identity';
import type { Principal } from '@xs/identity';
import type { LiveRoom } from '../entities/live.entities';
import type { RoomState, StreamStatus } from '../live.types';
import { Errors } from '../errors';

const CACHE_MS = 2000;
const VIEWABLE = new Set(['published', 'live', 'ended', 'concluded']);

/** Who may enter which room and who moderates it; session snapshots cached briefly (every event asks). */
@Injectable()
export class LiveAccessService {
  private readonly cache = new Map<string, { at: number; s: Promise<SessionSnapshot | null> }>();

  constructor(
    // Optional so the app still boots while the scheduling context is absent; rooms then answer 503.
    @Inject(SESSION_LOOKUP) private readonly sessions: SessionLookup,
    @Inject(REGISTRATION_PORT) private readonly registrations: RegistrationPort,
  ) {}

  /** Joiners asking at once share one read (a storm would otherwise send each miss to the database). */
  async session(id: string): Promise<SessionSnapshot> {
    let hit = this.cache.get(id);
    if (!hit || Date.now() - hit.at >= CACHE_MS) {
      if (this.cache.size > 5000) this.cache.clear();
      const entry = { at: Date.now(), s: this.sessions.get(id) };
      this.cache.set(id, entry);
      entry.s.catch(() => {
        if (this.cache.get(id) === entry) this.cache.delete(id);
      });
      hit = entry;
    }
    const s = await hit.s;
    if (!s) throw Errors.notFound('SESSION_NOT_FOUND');
    return s;
  }

  forget(id: string): void {
    this.cache.delete(id);
  }

  /** Organisers whose region covers the session (admins too: their region is the root), managers of its workstation. */
  isModerator(p: Principal | undefined, s: SessionSnapshot): boolean {
    return (
      !!p &&
      hasRole(p, 'admin', 'organiser', 'workstation_manager') &&
      inReach(p, s.regionCode, s.workstationId)
    );
  }

  /** Moderators, and department representatives (handlers) of the session's region. */
  canAnswer(p: Principal, s: SessionSnapshot): boolean {
    return this.isModerator(p, s) || (hasRole(p, 'department_handler') && inScope(p, s.regionCode));
  }

  assertModerator(p: Principal | undefined, s: SessionSnapshot): asserts p is Principal {
    if (!p) throw Errors.unauthorized('LOGIN_REQUIRED');
    if (!this.isModerator(p, s)) throw Errors.forbidden('NOT_MODERATOR');
  }

  /** May this caller watch the room (and read its history)? */
  async assertCanView(p: Principal | undefined, s: SessionSnapshot): Promise<void> {
    if (!VIEWABLE.has(s.status) && !this.isModerator(p, s)) {
      throw Errors.notFound('SESSION_NOT_FOUND');
    }
    if (!p) {
      if (!s.allowAnonymousViewing) throw Errors.unauthorized('LOGIN_REQUIRED');
      return;
    }
    if (s.onlineAccess === 'registered' && p.kind === 'resident') {
      const ok = await this.registrations.isRegistered(s.id, p.id);
      if (!ok) throw Errors.forbidden('REGISTRATION_REQUIRED');
    }
  }

  roomState(s: SessionSnapshot, room: LiveRoom | null): RoomState {
    return {
      sessionId: s.id,
      title: s.title,
      status: streamStatus(s, room),
      streamUrl: s.streamUrl,
      pinned: room?.pinnedText ?? null,
      slowModeSeconds: room?.slowModeSeconds ?? 0,
      agenda: s.agenda ?? [],
      currentSegment: room?.agendaIndex ?? null,
      access: {
        onlineAccess: s.onlineAccess,
        allowAnonymousViewing: s.allowAnonymousViewing,
        allowGuestVoting: s.allowAnonymousViewing && s.allowGuestVoting,
        moderation: s.moderation,
      },
      startedAt: startOf(s, room)?.toISOString() ?? null,
      likes: Number(room?.likes ?? 0),
    };
  }
}

export function streamStatus(s: SessionSnapshot, room: LiveRoom | null): StreamStatus {
  if (s.status === 'ended' || s.status === 'concluded' || s.status === 'cancelled') return 'ended';
  if (room?.streamStatus) return room.streamStatus as StreamStatus;
  return s.status === 'live' ? 'live' : 'waiting';
}

/** Replay offsets count from the session's start, or from when the room first went live. */
export function startOf(s: SessionSnapshot, room: LiveRoom | null): Date | null {
  return s.startedAt ?? room?.startedAt ?? null;
}
