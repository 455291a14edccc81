import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { regionLikePattern, returningRows } from '@xs/platform';
import { OutcomeFile, SessionOutcome } from './outcome.entity';

export interface SessionFacts {
  sessionId: string;
  regionCode: string;
  workstationId: string;
  organiserId: string | null;
  title: string;
  startsAt: Date;
  endedAt: Date | null;
}

export interface Attendance {
  registered: number;
  onsite: number;
  onlineUnique: number;
  onlinePeak: number;
}

/** An ended session whose outcome is still to be published. */
export interface OutcomeTodoRow {
  sessionId: string;
  sessionTitle: string;
  regionCode: string;
  sessionStartsAt: Date;
  sessionEndedAt: Date | null;
  status: string;
  organiserId: string | null;
  suggestions: number;
}

@Injectable()
export class OutcomesRepository {
  constructor(private readonly db: DataSource) {}

  private m(m?: EntityManager): EntityManager {
    return m ?? this.db.manager;
  }

  find(m: EntityManager | undefined, sessionId: string): Promise<SessionOutcome | null> {
    return this.m(m).getRepository(SessionOutcome).findOneBy({ sessionId });
  }

  async findForUpdate(m: EntityManager, sessionId: string): Promise<SessionOutcome | null> {
    return m
      .getRepository(SessionOutcome)
      .createQueryBuilder('o')
      .setLock('pessimistic_write')
      .where('o.session_id = :sessionId', { sessionId })
      .getOne();
  }

  /** Creates the row (status pending) or refreshes the copied session facts and attendance. */
  async upsertFacts(m: EntityManager | undefined, f: SessionFacts, a: Attendance | null): Promise<void> {
    await this.m(m).query(
      `INSERT INTO session_outcomes (session_id, region_code, workstation_id, organiser_id, session_title,
           session_starts_at, session_ended_at, registered_count, onsite_count, online_unique, online_peak, attendance_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, coalesce($8, 0), coalesce($9, 0), coalesce($10, 0), coalesce($11, 0),
               CASE WHEN $8::int IS NULL THEN NULL ELSE now() END)
       ON CONFLICT (session_id) DO UPDATE SET
         region_code = EXCLUDED.region_code, workstation_id = EXCLUDED.workstation_id,
         organiser_id = EXCLUDED.organiser_id, session_title = EXCLUDED.session_title,
         session_starts_at = EXCLUDED.session_starts_at, session_ended_at = EXCLUDED.session_ended_at,
         registered_count = coalesce($8, session_outcomes.registered_count),
         onsite_count = coalesce($9, session_outcomes.onsite_count),
         online_unique = coalesce($10, session_outcomes.online_unique),
         online_peak = coalesce($11, session_outcomes.online_peak),
         attendance_at = CASE WHEN $8::int IS NULL THEN session_outcomes.attendance_at ELSE now() END,
         updated_at = now()`,
      [
        f.sessionId,
        f.regionCode,
        f.workstationId,
        f.organiserId,
        f.title.slice(0, 300),
        f.startsAt,
        f.endedAt,
        a?.registered ?? null,
        a?.onsite ?? null,
        a?.onlineUnique ?? null,
        a?.onlinePeak ?? null,
      ],
    );
  }

  async saveContent(
    m: EntityManager,
    sessionId: string,
    summary: string,
    consensus: string[],
    by: string,
  ): Promise<void> {
    await m.query(
      `UPDATE session_outcomes
          SET summary = $2, consensus = $3::jsonb, updated_by = $4, updated_at = now(),
              status = CASE WHEN status = 'published' THEN 'published' ELSE 'draft' END
        WHERE session_id = $1`,
      [sessionId, summary, JSON.stringify(consensus), by],
    );
  }

  async markPublished(m: EntityManager, sessionId: string, by: string): Promise<boolean> {
    const rows = returningRows<{ sessionId: string }>(
      await m.query(
        `UPDATE session_outcomes SET status = 'published', published_at = now(), published_by = $2, updated_at = now()
          WHERE session_id = $1 AND status <> 'published' RETURNING session_id AS "sessionId"`,
        [sessionId, by],
      ),
    );
    return rows.length === 1;
  }

  existingIds(ids: string[]): Promise<{ sessionId: string }[]> {
    return this.db.query(
      `SELECT session_id AS "sessionId" FROM session_outcomes WHERE session_id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Ended sessions in a region subtree whose outcome is not published yet. */
  todo(regionCode: string, limit: number): Promise<OutcomeTodoRow[]> {
    return this.db.query(
      `SELECT o.session_id AS "sessionId", o.session_title AS "sessionTitle", o.region_code AS "regionCode",
              o.session_starts_at AS "sessionStartsAt", o.session_ended_at AS "sessionEndedAt", o.status,
              o.organiser_id AS "organiserId",
              (SELECT count(*)::int FROM suggestions s WHERE s.session_id = o.session_id) AS suggestions
         FROM session_outcomes o
        WHERE o.status <> 'published' AND o.region_code LIKE $1
        ORDER BY o.session_starts_at ASC, o.session_id
        LIMIT $2`,
      [regionLikePattern(regionCode), limit],
    );
  }

  addFile(f: Partial<OutcomeFile>): Promise<OutcomeFile> {
    const repo = this.db.getRepository(OutcomeFile);
    return repo.save(repo.create(f));
  }

  file(id: string): Promise<OutcomeFile | null> {
    return this.db.getRepository(OutcomeFile).findOneBy({ id });
  }

  /** An outcome's files (no suggestion), or a suggestion's (whose session is null when it carries a report). */
  files(sessionId: string | null, suggestionId: string | null): Promise<OutcomeFile[]> {
    const qb = this.db.getRepository(OutcomeFile).createQueryBuilder('f').orderBy('f.created_at', 'ASC');
    if (sessionId) qb.where('f.session_id = :sessionId', { sessionId });
    else qb.where('f.session_id IS NULL');
    if (suggestionId) qb.andWhere('f.suggestion_id = :suggestionId', { suggestionId });
    else qb.andWhere('f.suggestion_id IS NULL');
    return qb.getMany();
  }
}
