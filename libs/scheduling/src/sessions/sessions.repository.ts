import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { SessionStatus } from '@xs/contracts';
import { likeEscape, normalizeZh, regionLikePattern, returningRows } from '@xs/platform';
import { Session, SessionSeries } from './session.entity';

export interface SessionFilter {
  region?: string;
  workstationId?: string;
  /** Only sessions at these workstations (a workstation manager's). */
  workstationIds?: string[];
  status?: SessionStatus;
  statuses?: SessionStatus[];
  excludeDraft?: boolean;
  from?: Date;
  to?: Date;
  q?: string;
  near?: { lat: number; lng: number; radiusKm: number };
  topicId?: string;
  seriesId?: string;
  /** A column and direction from SESSION_SORTS; the default is the start time, earliest first. */
  sort?: SessionSort;
  offset: number;
  limit: number;
}

/** Orders a staff list may ask for (`-` descending); each ends with the id so pages never overlap. */
export const SESSION_SORTS = [
  'startsAt',
  '-startsAt',
  'title',
  '-title',
  'status',
  '-status',
  'capacity',
  '-capacity',
  'createdAt',
  '-createdAt',
] as const;
export type SessionSort = (typeof SESSION_SORTS)[number];
const SORT_COLUMNS: Record<string, string> = {
  startsAt: 's.starts_at',
  title: 's.title',
  status: 's.status',
  capacity: 's.capacity',
  createdAt: 's.created_at',
};
function orderBy(sort: SessionSort | undefined): string {
  if (!sort) return 's.starts_at ASC, s.id';
  const desc = sort.startsWith('-');
  const column = SORT_COLUMNS[desc ? sort.slice(1) : sort];
  return `${column} ${desc ? 'DESC' : 'ASC'}, s.id`;
}

/** Great-circle distance in km between the session's place and ($lat, $lng). */
const distanceSql = (latP: string, lngP: string) =>
  `(6371 * 2 * asin(sqrt(power(sin(radians(s.lat - ${latP}) / 2), 2) + cos(radians(${latP})) * cos(radians(s.lat)) * power(sin(radians(s.lng - ${lngP}) / 2), 2))))`;

/** What an edit may change: the session's own fields, never its id, status or bookkeeping. */
export type SessionPatch = Partial<
  Omit<Session, 'id' | 'status' | 'sequence' | 'createdAt' | 'updatedAt' | 'series'>
>;

/** The timestamps (and cancel reason) a status change records. */
export interface TransitionStamp {
  publishedAt?: Date;
  startedAt?: Date;
  endedAt?: Date;
  concludedAt?: Date;
  cancelledAt?: Date;
  cancelReason?: string | null;
}
const STAMP_COLUMNS: Record<keyof TransitionStamp, string> = {
  publishedAt: 'published_at',
  startedAt: 'started_at',
  endedAt: 'ended_at',
  concludedAt: 'concluded_at',
  cancelledAt: 'cancelled_at',
  cancelReason: 'cancel_reason',
};

@Injectable()
export class SessionsRepository {
  constructor(private readonly db: DataSource) {}

  repo(m?: EntityManager) {
    return (m ?? this.db.manager).getRepository(Session);
  }

  findById(m: EntityManager | undefined, id: string): Promise<Session | null> {
    return this.repo(m).findOneBy({ id });
  }

  async lockById(m: EntityManager, id: string): Promise<Session | null> {
    return this.repo(m)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.id = :id', { id })
      .getOne();
  }

  insert(m: EntityManager, s: Partial<Session>): Promise<Session> {
    return this.repo(m).save(this.repo(m).create(s));
  }

  /** Seats held back for invitees. */
  async setReservedSeats(m: EntityManager, id: string, reserved: number): Promise<void> {
    await m.query(`UPDATE sessions SET reserved_seats = $2, updated_at = now() WHERE id = $1`, [
      id,
      reserved,
    ]);
  }

  /** Writes an edit and moves the calendar sequence on (calendars replace the event). */
  async applyEdit(m: EntityManager, id: string, patch: SessionPatch, sequence: number): Promise<void> {
    await this.repo(m).update({ id }, { ...patch, sequence });
  }

  async saveSeries(m: EntityManager, s: Partial<SessionSeries>): Promise<SessionSeries> {
    const r = m.getRepository(SessionSeries);
    return r.save(r.create(s));
  }

  /** Moves the status only if it is still one of `from`; null when another request got there first. */
  async transition(
    m: EntityManager,
    id: string,
    from: SessionStatus[],
    to: SessionStatus,
    stamp: TransitionStamp = {},
  ): Promise<boolean> {
    const sets = ['status = $3', 'updated_at = now()', 'sequence = sequence + 1'];
    const params: unknown[] = [id, from, to];
    for (const key of Object.keys(STAMP_COLUMNS) as (keyof TransitionStamp)[]) {
      if (stamp[key] === undefined) continue;
      params.push(stamp[key]);
      sets.push(`${STAMP_COLUMNS[key]} = $${params.length}`);
    }
    const rows = returningRows<{ id: string }>(
      await m.query(
        `UPDATE sessions SET ${sets.join(', ')} WHERE id = $1 AND status = ANY($2) RETURNING id`,
        params,
      ),
    );
    return rows.length === 1;
  }

  /** The non-cancelled session that blocks [startsAt, blockedUntil) at a workstation, if any. */
  async findOverlap(
    workstationId: string,
    startsAt: Date,
    blockedUntil: Date,
    exceptId?: string,
  ): Promise<{ id: string; title: string; startsAt: Date; endsAt: Date } | null> {
    const rows: { id: string; title: string; startsAt: Date; endsAt: Date }[] = await this.db.query(
      `SELECT id, title, starts_at AS "startsAt", ends_at AS "endsAt" FROM sessions
        WHERE workstation_id = $1 AND status <> 'cancelled'
          AND tstzrange(starts_at, blocked_until) && tstzrange($2, $3)
          AND ($4::uuid IS NULL OR id <> $4)
        ORDER BY starts_at LIMIT 1`,
      [workstationId, startsAt, blockedUntil, exceptId ?? null],
    );
    const r = rows[0];
    return r ? { id: r.id, title: r.title, startsAt: r.startsAt, endsAt: r.endsAt } : null;
  }

  async list(
    f: SessionFilter,
  ): Promise<{ items: { session: Session; distanceKm: number | null }[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (f.region) where.push(`s.region_code LIKE ${p(regionLikePattern(f.region))}`);
    if (f.workstationId) where.push(`s.workstation_id = ${p(f.workstationId)}`);
    if (f.workstationIds) where.push(`s.workstation_id = ANY(${p(f.workstationIds)}::uuid[])`);
    if (f.status) where.push(`s.status = ${p(f.status)}`);
    if (f.statuses) where.push(`s.status = ANY(${p(f.statuses)})`);
    if (f.excludeDraft) where.push(`s.status <> 'draft'`);
    if (f.from) where.push(`s.ends_at >= ${p(f.from)}`);
    if (f.to) where.push(`s.starts_at <= ${p(f.to)}`);
    if (f.topicId) where.push(`s.topic_id = ${p(f.topicId)}`);
    if (f.seriesId) where.push(`s.series_id = ${p(f.seriesId)}`);
    if (f.q) where.push(`s.search_norm LIKE ${p(`%${likeEscape(normalizeZh(f.q))}%`)}`);
    let distance = 'NULL::double precision';
    let order = orderBy(f.sort);
    if (f.near) {
      const lat = p(f.near.lat);
      const lng = p(f.near.lng);
      distance = distanceSql(lat, lng);
      // A bounding box first (cheap comparisons), the great-circle distance only inside it.
      const dLat = f.near.radiusKm / 111.2;
      const dLng = f.near.radiusKm / (111.2 * Math.max(0.01, Math.cos((f.near.lat * Math.PI) / 180)));
      where.push(
        `s.lat BETWEEN ${p(f.near.lat - dLat)} AND ${p(f.near.lat + dLat)}`,
        `s.lng BETWEEN ${p(f.near.lng - dLng)} AND ${p(f.near.lng + dLng)}`,
        `${distance} <= ${p(f.near.radiusKm)}`,
      );
      order = `"distanceKm" ASC, s.starts_at ASC, s.id`;
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const countRows: { n: string }[] = await this.db.query(
      `SELECT count(*) AS n FROM sessions s ${clause}`,
      params,
    );
    const idRows: { id: string; distanceKm: number | null }[] = await this.db.query(
      `SELECT s.id, ${distance} AS "distanceKm" FROM sessions s ${clause}
        ORDER BY ${order} OFFSET ${p(f.offset)} LIMIT ${p(f.limit)}`,
      params,
    );
    const byId = new Map(
      (idRows.length ? await this.repo().findBy(idRows.map((r) => ({ id: r.id }))) : []).map((s) => [
        s.id,
        s,
      ]),
    );
    return {
      items: idRows.map((r) => ({ session: byId.get(r.id)!, distanceKm: r.distanceKm })),
      total: Number(countRows[0].n),
    };
  }

  /** A calendar feed's sessions: at a workstation or in a region's subtree, by start, at most 2,000. */
  feed(
    place: { workstationId: string } | { region: string },
    statuses: string[],
    from: Date,
    to: Date,
  ): Promise<Session[]> {
    const q = this.repo().createQueryBuilder('s');
    if ('workstationId' in place) q.where('s.workstation_id = :p1', { p1: place.workstationId });
    else q.where('s.region_code LIKE :p1', { p1: regionLikePattern(place.region) });
    return q
      .andWhere('s.status IN (:...st)', { st: statuses })
      .andWhere('s.starts_at BETWEEN :from AND :to', { from, to })
      .orderBy('s.starts_at', 'ASC')
      .limit(2000)
      .getMany();
  }

  /** Ended or concluded sessions, latest first. */
  async endedIds(before: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM sessions WHERE status IN ('ended', 'concluded') AND ends_at < $1
        ORDER BY ends_at DESC, id LIMIT $2`,
      [before, limit],
    );
    return rows.map((r) => r.id);
  }

  async openForRegistrationIds(at: Date, limit: number): Promise<string[]> {
    // Open for registration: published, window started, and not closed (by default it closes at the start).
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM sessions
        WHERE status = 'published'
          AND (registration_opens_at IS NULL OR registration_opens_at <= $1)
          AND COALESCE(registration_closes_at, starts_at) > $1
        ORDER BY starts_at, id LIMIT $2`,
      [at, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Sessions a member accepted an invitation to, in a period (for the duty record). */
  async acceptedInvitationIds(memberId: string, from: Date, to: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT s.id FROM session_invitations i JOIN sessions s ON s.id = i.session_id
        WHERE i.member_id = $1 AND i.status = 'accepted' AND s.status <> 'cancelled'
          AND s.starts_at >= $2 AND s.starts_at < $3
        ORDER BY s.starts_at`,
      [memberId, from, to],
    );
    return rows.map((r) => r.id);
  }
}
