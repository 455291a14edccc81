import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { affectedRows, returningRows } from '@xs/platform';
import type { RegistrantRole, RegistrationStatus } from './registration.entity';

/** How an erased person's registration is named (the row stays for the counts). */
const ERASED_NAME = '已注销用户';

/** A registration as the services use it (camelCase, numbers as numbers). */
export interface RegistrationRow {
  id: string;
  seq: number;
  sessionId: string;
  regionCode: string;
  userId: string | null;
  name: string;
  phoneEnc: string | null;
  phoneBidx: string | null;
  phoneErasedAt: Date | null;
  community: string | null;
  role: RegistrantRole;
  speakIntent: string | null;
  status: RegistrationStatus;
  walkIn: boolean;
  privacyNoticeVersion: string;
  consentedAt: Date;
  checkInCode: string;
  checkedInAt: Date | null;
  checkedInBy: string | null;
  createdBy: string | null;
  promotedAt: Date | null;
  cancelledAt: Date | null;
  createdAt: Date;
}

const COLS = `r.id, r.seq::int AS seq, r.session_id AS "sessionId", r.region_code AS "regionCode",
  r.user_id AS "userId", r.name, r.phone_enc AS "phoneEnc", r.phone_bidx AS "phoneBidx",
  r.phone_erased_at AS "phoneErasedAt", r.community, r.role, r.speak_intent AS "speakIntent", r.status,
  r.walk_in AS "walkIn", r.privacy_notice_version AS "privacyNoticeVersion", r.consented_at AS "consentedAt",
  r.check_in_code AS "checkInCode", r.checked_in_at AS "checkedInAt", r.checked_in_by AS "checkedInBy",
  r.created_by AS "createdBy", r.promoted_at AS "promotedAt", r.cancelled_at AS "cancelledAt",
  r.created_at AS "createdAt"`;

export interface NewRegistration {
  sessionId: string;
  regionCode: string;
  userId: string | null;
  name: string;
  phoneEnc: string;
  phoneBidx: string;
  community: string | null;
  role: RegistrantRole;
  speakIntent: string | null;
  status: 'confirmed' | 'waitlisted';
  walkIn: boolean;
  privacyNoticeVersion: string;
  checkInCode: string;
  checkedIn: boolean;
  actorId: string | null;
}

export interface SeatCounter {
  capacity: number;
  confirmed: number;
  waitlisted: number;
}

export interface RegistrationCounts {
  confirmed: number;
  waitlisted: number;
  checkedIn: number;
  walkIns: number;
  cancelled: number;
}

@Injectable()
export class RegistrationsRepository {
  constructor(private readonly db: DataSource) {}

  private q(m?: EntityManager) {
    return m ?? this.db.manager;
  }

  /** Creates the session's seat counter from the snapshot's capacity when missing (counts what exists). */
  async ensureSeats(
    m: EntityManager,
    sessionId: string,
    capacity: number,
    endsAt: Date | null,
  ): Promise<void> {
    await m.query(
      `WITH c AS (SELECT count(*) FILTER (WHERE status = 'confirmed' AND NOT walk_in)::int AS n,
                         count(*) FILTER (WHERE status = 'waitlisted')::int AS w
                    FROM registrations WHERE session_id = $1)
       INSERT INTO registration_capacity (session_id, capacity, confirmed, waitlisted, session_ends_at)
       SELECT $1, GREATEST($2::int, c.n), c.n, c.w, $3 FROM c
       ON CONFLICT (session_id) DO NOTHING`,
      [sessionId, capacity, endsAt],
    );
  }

  /**
   * The registration hot path: one UPDATE locks the session's counter row until commit and, in the
   * same statement, gives a seat when one is free or joins the waitlist. Everything that changes seats
   * for a session holds this row lock, so confirmed can never pass capacity (a CHECK backs it).
   * Null when the counter does not exist yet.
   */
  async takeSeat(
    m: EntityManager,
    sessionId: string,
  ): Promise<{ granted: boolean; waitlisted: number } | null> {
    const rows = returningRows<{ granted: boolean; waitlisted: number }>(
      await m.query(
        `UPDATE registration_capacity
            SET confirmed = confirmed + (confirmed < capacity)::int,
                waitlisted = waitlisted + (confirmed >= capacity)::int,
                last_granted = confirmed < capacity,
                updated_at = now()
          WHERE session_id = $1
         RETURNING last_granted AS granted, waitlisted`,
        [sessionId],
      ),
    );
    return rows[0] ?? null;
  }

  /** Locks the session's seat counter (SELECT … FOR UPDATE) for the rest of the transaction, creating it first when missing. */
  async lockSeats(
    m: EntityManager,
    sessionId: string,
    capacityIfNew: number,
    endsAt: Date | null,
  ): Promise<SeatCounter> {
    const select = `SELECT capacity, confirmed, waitlisted, session_ends_at AS "endsAt" FROM registration_capacity
                    WHERE session_id = $1 FOR UPDATE`;
    let rows: (SeatCounter & { endsAt: Date | null })[] = await m.query(select, [sessionId]);
    if (!rows.length) {
      await this.ensureSeats(m, sessionId, capacityIfNew, endsAt);
      rows = await m.query(select, [sessionId]);
    }
    const row = rows[0];
    if (endsAt && (!row.endsAt || new Date(row.endsAt).getTime() !== endsAt.getTime())) {
      await m.query(`UPDATE registration_capacity SET session_ends_at = $2 WHERE session_id = $1`, [
        sessionId,
        endsAt,
      ]);
    }
    return { capacity: row.capacity, confirmed: row.confirmed, waitlisted: row.waitlisted };
  }

  async setSeats(m: EntityManager, sessionId: string, seats: SeatCounter): Promise<void> {
    await m.query(
      `UPDATE registration_capacity SET capacity = $2, confirmed = $3, waitlisted = $4, updated_at = now()
        WHERE session_id = $1`,
      [sessionId, seats.capacity, seats.confirmed, seats.waitlisted],
    );
  }

  async setSessionEnd(sessionId: string, endsAt: Date): Promise<void> {
    await this.db.query(`UPDATE registration_capacity SET session_ends_at = $2 WHERE session_id = $1`, [
      sessionId,
      endsAt,
    ]);
  }

  async seats(sessionId: string): Promise<SeatCounter | null> {
    const rows: SeatCounter[] = await this.db.query(
      `SELECT capacity, confirmed, waitlisted FROM registration_capacity WHERE session_id = $1`,
      [sessionId],
    );
    return rows[0] ?? null;
  }

  async findLiveByPhone(m: EntityManager, sessionId: string, bidx: string): Promise<RegistrationRow | null> {
    const rows: RegistrationRow[] = await m.query(
      `SELECT ${COLS} FROM registrations r
       WHERE r.session_id = $1 AND r.phone_bidx = $2 AND r.status <> 'cancelled'`,
      [sessionId, bidx],
    );
    return rows[0] ?? null;
  }

  /**
   * Inserts a registration with a fresh check-in code from `newCode`; a code already used in the session
   * (1 in 10^12 per pair) is simply drawn again. Returns the stored row in one round trip.
   */
  async insert(
    m: EntityManager,
    n: Omit<NewRegistration, 'checkInCode'>,
    newCode: () => string,
  ): Promise<RegistrationRow> {
    for (;;) {
      const rows: RegistrationRow[] = await m.query(
        `INSERT INTO registrations AS r (session_id, region_code, user_id, name, phone_enc, phone_bidx, community,
           role, speak_intent, status, walk_in, privacy_notice_version, consented_at, check_in_code, checked_in_at,
           checked_in_by, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now(), $13,
           CASE WHEN $14::boolean THEN now() END, CASE WHEN $14::boolean THEN $15::uuid END, $15)
         ON CONFLICT (session_id, check_in_code) DO NOTHING
         RETURNING ${COLS}`,
        [
          n.sessionId,
          n.regionCode,
          n.userId,
          n.name,
          n.phoneEnc,
          n.phoneBidx,
          n.community,
          n.role,
          n.speakIntent,
          n.status,
          n.walkIn,
          n.privacyNoticeVersion,
          newCode(),
          n.checkedIn,
          n.actorId,
        ],
      );
      if (rows.length) return rows[0];
    }
  }

  /** Live registrations of these phones in the session, blind index → status (the batch's duplicate check). */
  async liveStatusByPhones(
    m: EntityManager,
    sessionId: string,
    bidxs: string[],
  ): Promise<Map<string, RegistrationStatus>> {
    if (!bidxs.length) return new Map();
    const rows: { bidx: string; status: RegistrationStatus }[] = await m.query(
      `SELECT phone_bidx AS bidx, status FROM registrations
        WHERE session_id = $1 AND phone_bidx = ANY($2::text[]) AND status <> 'cancelled'`,
      [sessionId, bidxs],
    );
    return new Map(rows.map((r) => [r.bidx, r.status]));
  }

  /**
   * Registrations of one session in one statement, their seq in the order given (the arrival order the
   * waitlist keeps). A check-in code or phone already taken fails the whole statement, and the caller
   * falls back to one at a time.
   */
  async insertMany(
    m: EntityManager,
    sessionId: string,
    regionCode: string,
    rows: Omit<NewRegistration, 'sessionId' | 'regionCode' | 'walkIn' | 'checkedIn'>[],
  ): Promise<RegistrationRow[]> {
    if (!rows.length) return [];
    const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    return m.query(
      `INSERT INTO registrations AS r (session_id, region_code, user_id, name, phone_enc, phone_bidx, community,
         role, speak_intent, status, walk_in, privacy_notice_version, consented_at, check_in_code, created_by)
       SELECT $1, $2, t.user_id, t.name, t.phone_enc, t.phone_bidx, t.community, t.role, t.speak_intent,
              t.status, false, t.version, now(), t.code, t.actor_id
         FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::text[], $11::text[], $12::text[], $13::uuid[])
              WITH ORDINALITY AS t(user_id, name, phone_enc, phone_bidx, community, role, speak_intent, status,
                                   version, code, actor_id, ord)
        ORDER BY t.ord
       RETURNING ${COLS}`,
      [
        sessionId,
        regionCode,
        col('userId'),
        col('name'),
        col('phoneEnc'),
        col('phoneBidx'),
        col('community'),
        col('role'),
        col('speakIntent'),
        col('status'),
        col('privacyNoticeVersion'),
        col('checkInCode'),
        col('actorId'),
      ],
    );
  }

  async findById(m: EntityManager | undefined, id: string, lock = false): Promise<RegistrationRow | null> {
    const rows: RegistrationRow[] = await this.q(m).query(
      `SELECT ${COLS} FROM registrations r WHERE r.id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  async findByCode(sessionId: string, code: string): Promise<RegistrationRow | null> {
    const rows: RegistrationRow[] = await this.db.query(
      `SELECT ${COLS} FROM registrations r WHERE r.session_id = $1 AND r.check_in_code = $2`,
      [sessionId, code],
    );
    return rows[0] ?? null;
  }

  /** 1-based place in the session's waitlist. */
  async waitlistPosition(m: EntityManager | undefined, sessionId: string, seq: number): Promise<number> {
    const rows: { n: number }[] = await this.q(m).query(
      `SELECT count(*)::int AS n FROM registrations
       WHERE session_id = $1 AND status = 'waitlisted' AND seq <= $2`,
      [sessionId, seq],
    );
    return rows[0].n;
  }

  /** Confirms the first `n` waitlisted people in arrival order; the caller holds the seat lock. */
  async promoteFirst(m: EntityManager, sessionId: string, n: number): Promise<RegistrationRow[]> {
    if (n <= 0) return [];
    const ids = returningRows<{ id: string }>(
      await m.query(
        `UPDATE registrations SET status = 'confirmed', promoted_at = now(), updated_at = now()
         WHERE id IN (SELECT id FROM registrations WHERE session_id = $1 AND status = 'waitlisted'
                      ORDER BY seq LIMIT $2 FOR UPDATE)
         RETURNING id`,
        [sessionId, n],
      ),
    ).map((r) => r.id);
    if (!ids.length) return [];
    return m.query(`SELECT ${COLS} FROM registrations r WHERE r.id = ANY($1) ORDER BY r.seq`, [ids]);
  }

  async cancel(m: EntityManager, id: string): Promise<void> {
    await m.query(
      `UPDATE registrations SET status = 'cancelled', cancelled_at = now(), updated_at = now() WHERE id = $1`,
      [id],
    );
  }

  /** Checks a confirmed registration in, once: a second attempt changes nothing and returns null. */
  async checkIn(
    sessionId: string,
    code: string,
    by: string,
  ): Promise<{ id: string; name: string; checkedInAt: Date } | null> {
    const rows = returningRows<{ id: string; name: string; checkedInAt: Date }>(
      await this.db.query(
        `UPDATE registrations SET checked_in_at = now(), checked_in_by = $3, updated_at = now()
         WHERE session_id = $1 AND check_in_code = $2 AND status = 'confirmed' AND checked_in_at IS NULL
         RETURNING id, name, checked_in_at AS "checkedInAt"`,
        [sessionId, code, by],
      ),
    );
    return rows[0] ?? null;
  }

  async list(
    sessionId: string,
    status: RegistrationStatus | undefined,
    offset: number,
    limit: number,
  ): Promise<{ items: RegistrationRow[]; total: number }> {
    const where = `r.session_id = $1 AND ($2::varchar IS NULL OR r.status = $2)`;
    const items: RegistrationRow[] = await this.db.query(
      `SELECT ${COLS} FROM registrations r WHERE ${where} ORDER BY r.seq LIMIT $3 OFFSET $4`,
      [sessionId, status ?? null, limit, offset],
    );
    const total: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM registrations r WHERE ${where}`,
      [sessionId, status ?? null],
    );
    return { items, total: total[0].n };
  }

  /** Keyset pages in arrival order, for streaming exports without loading a whole session. */
  async page(sessionId: string, afterSeq: number, limit: number): Promise<RegistrationRow[]> {
    return this.db.query(
      `SELECT ${COLS} FROM registrations r WHERE r.session_id = $1 AND r.seq > $2 ORDER BY r.seq LIMIT $3`,
      [sessionId, afterSeq, limit],
    );
  }

  /** The account's own registrations and those staff made for its phone (same blind index). */
  async byUser(userId: string, phoneBidx: string | null): Promise<RegistrationRow[]> {
    return this.db.query(
      `SELECT ${COLS} FROM registrations r
        WHERE r.user_id = $1 OR (r.user_id IS NULL AND r.phone_bidx = $2)
        ORDER BY r.created_at DESC LIMIT 200`,
      [userId, phoneBidx],
    );
  }

  /** Waitlist places of several waitlisted registrations at once. */
  async positions(sessionId: string): Promise<Map<string, number>> {
    const rows: { id: string; pos: number }[] = await this.db.query(
      `SELECT id, (row_number() OVER (ORDER BY seq))::int AS pos FROM registrations
       WHERE session_id = $1 AND status = 'waitlisted'`,
      [sessionId],
    );
    return new Map(rows.map((r) => [r.id, r.pos]));
  }

  async counts(sessionId: string): Promise<RegistrationCounts> {
    const rows: RegistrationCounts[] = await this.db.query(
      `SELECT count(*) FILTER (WHERE status = 'confirmed' AND NOT walk_in)::int AS confirmed,
              count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
              count(*) FILTER (WHERE status = 'confirmed' AND checked_in_at IS NOT NULL)::int AS "checkedIn",
              count(*) FILTER (WHERE status = 'confirmed' AND walk_in)::int AS "walkIns",
              count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled
       FROM registrations WHERE session_id = $1`,
      [sessionId],
    );
    return rows[0];
  }

  async liveRegistrants(sessionId: string): Promise<RegistrationRow[]> {
    return this.db.query(
      `SELECT ${COLS} FROM registrations r WHERE r.session_id = $1 AND r.status <> 'cancelled' ORDER BY r.seq`,
      [sessionId],
    );
  }

  async isRegistered(sessionId: string, userId: string, phoneBidx: string | null): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM registrations
        WHERE session_id = $1 AND (user_id = $2 OR (user_id IS NULL AND phone_bidx = $3)) AND status <> 'cancelled'
        LIMIT 1`,
      [sessionId, userId, phoneBidx],
    );
    return rows.length > 0;
  }

  /** Blind indexes of phones staff registered (no account on the row) who registered or attended. */
  async participantPhoneIndexes(sessionId: string): Promise<string[]> {
    const rows: { bidx: string }[] = await this.db.query(
      `SELECT DISTINCT phone_bidx AS bidx FROM registrations
        WHERE session_id = $1 AND user_id IS NULL AND phone_bidx IS NOT NULL
          AND (status <> 'cancelled' OR checked_in_at IS NOT NULL)`,
      [sessionId],
    );
    return rows.map((r) => r.bidx);
  }

  async participantUserIds(sessionId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT user_id AS id FROM registrations
        WHERE session_id = $1 AND user_id IS NOT NULL AND (status <> 'cancelled' OR checked_in_at IS NOT NULL)
       UNION
       SELECT user_id FROM online_attendance WHERE session_id = $1`,
      [sessionId],
    );
    return rows.map((r) => r.id);
  }

  /** The same rule as participantUserIds, by user: the sessions whose follow-up the user may see. */
  async sessionIdsOfParticipant(userId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT session_id AS id FROM registrations
        WHERE user_id = $1 AND (status <> 'cancelled' OR checked_in_at IS NOT NULL)
       UNION
       SELECT session_id FROM online_attendance WHERE user_id = $1`,
      [userId],
    );
    return rows.map((r) => r.id);
  }

  /** Confirmed resident registrations: the pool of a random draw. */
  async drawCandidates(sessionId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM registrations WHERE session_id = $1 AND status = 'confirmed' AND role = 'resident'`,
      [sessionId],
    );
    return rows.map((r) => r.id);
  }

  async namesOf(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; name: string }[] = await this.db.query(
      `SELECT id, name FROM registrations WHERE id = ANY($1)`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  // ---------- idempotency ----------

  /**
   * Claims (actor, key) inside the registration transaction. A concurrent claim of the same key waits on
   * the unique index until the first transaction ends, then sees its stored response.
   */
  async claimIdempotency(
    m: EntityManager,
    actorKey: string,
    idemKey: string,
    fingerprint: string,
  ): Promise<
    { claimed: true } | { claimed: false; fingerprint: string; response: Record<string, unknown> | null }
  > {
    const inserted: unknown[] = await m.query(
      `INSERT INTO registration_idempotency (actor_key, idem_key, fingerprint) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [actorKey, idemKey, fingerprint],
    );
    if (inserted.length) return { claimed: true };
    const rows: { fingerprint: string; response: Record<string, unknown> | null }[] = await m.query(
      `SELECT fingerprint, response FROM registration_idempotency WHERE actor_key = $1 AND idem_key = $2`,
      [actorKey, idemKey],
    );
    return { claimed: false, fingerprint: rows[0]?.fingerprint ?? '', response: rows[0]?.response ?? null };
  }

  /**
   * claimIdempotency for a batch: one statement, keys in a fixed order (two replicas' batches claiming
   * overlapping keys wait on each other in the same order). Answers the keys not claimed, with what the
   * earlier request stored.
   */
  async claimIdempotencyMany(
    m: EntityManager,
    claims: { actorKey: string; idemKey: string; fingerprint: string }[],
  ): Promise<Map<string, { fingerprint: string; response: Record<string, unknown> | null }>> {
    if (!claims.length) return new Map();
    const sorted = [...claims].sort((a, b) =>
      a.actorKey === b.actorKey ? (a.idemKey < b.idemKey ? -1 : 1) : a.actorKey < b.actorKey ? -1 : 1,
    );
    const claimed = returningRows<{ a: string; k: string }>(
      await m.query(
        `INSERT INTO registration_idempotency (actor_key, idem_key, fingerprint)
         SELECT a, k, f FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(a, k, f, ord) ORDER BY ord
         ON CONFLICT DO NOTHING RETURNING actor_key AS a, idem_key AS k`,
        [sorted.map((c) => c.actorKey), sorted.map((c) => c.idemKey), sorted.map((c) => c.fingerprint)],
      ),
    );
    const got = new Set(claimed.map((r) => `${r.a}\n${r.k}`));
    const rest = sorted.filter((c) => !got.has(`${c.actorKey}\n${c.idemKey}`));
    if (!rest.length) return new Map();
    const rows: { a: string; k: string; fingerprint: string; response: Record<string, unknown> | null }[] =
      await m.query(
        `SELECT i.actor_key AS a, i.idem_key AS k, i.fingerprint, i.response
           FROM registration_idempotency i JOIN unnest($1::text[], $2::text[]) AS t(a, k)
             ON i.actor_key = t.a AND i.idem_key = t.k`,
        [rest.map((c) => c.actorKey), rest.map((c) => c.idemKey)],
      );
    const found = new Map(rows.map((r) => [`${r.a}\n${r.k}`, r]));
    return new Map(
      rest.map((c) => {
        const r = found.get(`${c.actorKey}\n${c.idemKey}`);
        return [
          `${c.actorKey}\n${c.idemKey}`,
          { fingerprint: r?.fingerprint ?? '', response: r?.response ?? null },
        ];
      }),
    );
  }

  /**
   * The end of a batch in one statement (one round trip while the seat lock is held): the seat counter,
   * the answers of the keys the batch served, and the claims of the requests it refused given back (as
   * their own rolled-back transactions would have). The two key lists never share a key.
   */
  async closeBatch(
    m: EntityManager,
    sessionId: string,
    seats: SeatCounter,
    stored: { actorKey: string; idemKey: string; response: object }[],
    released: { actorKey: string; idemKey: string }[],
  ): Promise<void> {
    await m.query(
      `WITH stored AS (
         UPDATE registration_idempotency i SET response = t.r::jsonb
           FROM unnest($5::text[], $6::text[], $7::text[]) AS t(a, k, r)
          WHERE i.actor_key = t.a AND i.idem_key = t.k),
       released AS (
         DELETE FROM registration_idempotency i USING unnest($8::text[], $9::text[]) AS t(a, k)
          WHERE i.actor_key = t.a AND i.idem_key = t.k AND i.response IS NULL)
       UPDATE registration_capacity SET capacity = $2, confirmed = $3, waitlisted = $4, updated_at = now()
        WHERE session_id = $1`,
      [
        sessionId,
        seats.capacity,
        seats.confirmed,
        seats.waitlisted,
        stored.map((i) => i.actorKey),
        stored.map((i) => i.idemKey),
        stored.map((i) => JSON.stringify(i.response)),
        released.map((i) => i.actorKey),
        released.map((i) => i.idemKey),
      ],
    );
  }

  async storeIdempotentResponse(
    m: EntityManager,
    actorKey: string,
    idemKey: string,
    response: object,
  ): Promise<void> {
    await m.query(
      `UPDATE registration_idempotency SET response = $3 WHERE actor_key = $1 AND idem_key = $2`,
      [actorKey, idemKey, JSON.stringify(response)],
    );
  }

  // ---------- retention ----------

  /**
   * One statement, safe to run on several replicas at once: rows another replica erased first no longer
   * match `phone_enc IS NOT NULL` when the row lock is released, so each row is erased exactly once.
   */
  async erasePhonesOlderThan(days: number): Promise<number> {
    return affectedRows(
      await this.db.query(
        `UPDATE registrations r
            SET phone_enc = NULL, phone_bidx = NULL, phone_erased_at = now(), updated_at = now()
           FROM registration_capacity c
          WHERE c.session_id = r.session_id
            AND c.session_ends_at < now() - make_interval(days => $1)
            AND (r.phone_enc IS NOT NULL OR r.phone_bidx IS NOT NULL)`,
        [days],
      ),
    );
  }

  /** Erasure: the person's registrations that still hold or wait for a seat. */
  async activeOf(userId: string, phoneBidx: string | null): Promise<RegistrationRow[]> {
    return this.db.query(
      `SELECT ${COLS} FROM registrations r
        WHERE (r.user_id = $1 OR ($2::text IS NOT NULL AND r.phone_bidx = $2)) AND r.status <> 'cancelled'`,
      [userId, phoneBidx],
    );
  }

  /**
   * Erasure: name, phone, community and what they wished to say go; status, check-in and walk-in stay,
   * so the figures built on them do not change. Their online attendance keeps its count under a random id.
   */
  async anonymise(userId: string, phoneBidx: string | null): Promise<number> {
    const n = affectedRows(
      await this.db.query(
        `UPDATE registrations
            SET name = $3, user_id = NULL, phone_enc = NULL, phone_bidx = NULL,
                phone_erased_at = coalesce(phone_erased_at, now()), community = NULL, speak_intent = NULL,
                updated_at = now()
          WHERE user_id = $1 OR ($2::text IS NOT NULL AND phone_bidx = $2)`,
        [userId, phoneBidx, ERASED_NAME],
      ),
    );
    await this.db.query(`UPDATE online_attendance SET user_id = gen_random_uuid() WHERE user_id = $1`, [
      userId,
    ]);
    await this.db.query(`DELETE FROM registration_idempotency WHERE actor_key = $1`, [`user:${userId}`]);
    return n;
  }

  async purgeIdempotencyOlderThan(hours: number): Promise<number> {
    return affectedRows(
      await this.db.query(
        `DELETE FROM registration_idempotency WHERE created_at < now() - make_interval(hours => $1)`,
        [hours],
      ),
    );
  }

  // ---------- online attendance and duty records ----------

  async recordOnline(sessionId: string, userId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO online_attendance (session_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [sessionId, userId],
    );
  }

  /** Sessions a user checked in at (on site) or joined online. */
  async attendedByUser(userId: string): Promise<{ sessionId: string; via: 'onsite' | 'online' }[]> {
    return this.db.query(
      `SELECT DISTINCT session_id AS "sessionId", 'onsite' AS via FROM registrations
        WHERE user_id = $1 AND checked_in_at IS NOT NULL AND status = 'confirmed'
       UNION
       SELECT session_id, 'online' FROM online_attendance WHERE user_id = $1`,
      [userId],
    );
  }
}
