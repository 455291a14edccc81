import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { SessionStatus } from '@xs/contracts';
import { Invitation, InvitationStatus, InviteeKind } from './invitation.entity';

export interface NewInvitation {
  kind: InviteeKind;
  memberId?: string | null;
  departmentId?: string | null;
  userId?: string | null;
  name: string;
  org?: string | null;
  via?: string;
}

/** An invitation addressed to me, with the session it is for. */
export type MyInvitationRow = Invitation & {
  session: { title: string; startsAt: Date; endsAt: Date; status: SessionStatus; place: string };
};

@Injectable()
export class InvitationsRepository {
  constructor(private readonly db: DataSource) {}

  private repo() {
    return this.db.getRepository(Invitation);
  }

  /** Inserts the invitations, skipping people already invited; answers how many are new. */
  async insertNew(
    m: EntityManager,
    sessionId: string,
    invitedBy: string,
    rows: NewInvitation[],
  ): Promise<number> {
    let created = 0;
    for (const r of rows) {
      const ins: unknown[] = await m.query(
        `INSERT INTO session_invitations (session_id, kind, member_id, department_id, user_id, name, org, via, invited_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id`,
        [
          sessionId,
          r.kind,
          r.memberId ?? null,
          r.departmentId ?? null,
          r.userId ?? null,
          r.name,
          r.org ?? null,
          r.via ?? 'manual',
          invitedBy,
        ],
      );
      created += ins.length;
    }
    return created;
  }

  /** Invitations not declined (the seats they hold). */
  async countLive(m: EntityManager, sessionId: string): Promise<number> {
    const [{ n }]: { n: string }[] = await m.query(
      `SELECT count(*) AS n FROM session_invitations WHERE session_id = $1 AND status <> 'declined'`,
      [sessionId],
    );
    return Number(n);
  }

  /** Who is to hear about the session: invitees not declined, by account and by department. */
  async liveInvitees(
    m: EntityManager,
    sessionId: string,
  ): Promise<{ userId: string | null; departmentId: string | null }[]> {
    return m.query(
      `SELECT user_id AS "userId", department_id AS "departmentId" FROM session_invitations
        WHERE session_id = $1 AND status <> 'declined'`,
      [sessionId],
    );
  }

  /** Whether this account (or its department) holds an invitation to the session not declined. */
  async isInvited(sessionId: string, userId: string, departmentId: string | null): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM session_invitations WHERE session_id = $1 AND status <> 'declined'
          AND (user_id = $2 OR ($3::uuid IS NOT NULL AND department_id = $3)) LIMIT 1`,
      [sessionId, userId, departmentId],
    );
    return rows.length > 0;
  }

  forSession(sessionId: string): Promise<Invitation[]> {
    return this.repo().find({ where: { sessionId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findById(id: string): Promise<Invitation | null> {
    return this.repo().findOneBy({ id });
  }

  async answer(id: string, status: InvitationStatus): Promise<void> {
    await this.repo().update({ id }, { status, respondedAt: new Date() });
  }

  /** Invitations to me as a member (my account) or to my department, on announced sessions, latest first. */
  async mine(userId: string, departmentId: string | null): Promise<MyInvitationRow[]> {
    const rows: (Invitation & {
      title: string;
      startsAt: Date;
      endsAt: Date;
      sessionStatus: SessionStatus;
      place: string;
    })[] = await this.db.query(
      `SELECT i.id, i.session_id AS "sessionId", i.kind, i.member_id AS "memberId", i.department_id AS "departmentId",
                i.name, i.org, i.via, i.status, i.responded_at AS "respondedAt", i.created_at AS "createdAt",
                s.title, s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.status AS "sessionStatus",
                s.place_name AS place
           FROM session_invitations i JOIN sessions s ON s.id = i.session_id
          WHERE s.status <> 'draft' AND (i.user_id = $1 OR ($2::uuid IS NOT NULL AND i.department_id = $2))
          ORDER BY s.starts_at DESC LIMIT 200`,
      [userId, departmentId],
    );
    return rows.map(({ title, startsAt, endsAt, sessionStatus, place, ...i }) => ({
      ...i,
      session: { title, startsAt, endsAt, status: sessionStatus, place },
    }));
  }
}
