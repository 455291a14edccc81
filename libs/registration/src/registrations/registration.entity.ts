import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** Who a registrant is at the meeting; the random draw picks among `resident` registrants only. */
export const REGISTRANT_ROLES = ['resident', 'member', 'expert', 'department', 'media', 'other'] as const;
export type RegistrantRole = (typeof REGISTRANT_ROLES)[number];

/**
 * One person's registration for one session. Phones are stored encrypted with a blind index; both are
 * erased (phone_erased_at set) a configurable time after the session, the row itself stays for counts.
 */
@Entity('registrations')
@Check('CHK_registrations_status', `"status" IN ('confirmed', 'waitlisted', 'cancelled')`)
@Index('UQ_registrations_session_phone', ['sessionId', 'phoneBidx'], {
  unique: true,
  where: "status <> 'cancelled' AND phone_bidx IS NOT NULL",
})
@Index('UQ_registrations_session_code', ['sessionId', 'checkInCode'], { unique: true })
@Index('IDX_registrations_session_status', ['sessionId', 'status', 'seq'])
@Index('IDX_registrations_user', ['userId'])
@Index('IDX_registrations_unlinked_phone', ['phoneBidx'], {
  where: 'user_id IS NULL AND phone_bidx IS NOT NULL',
})
export class Registration {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_registrations' })
  id: string;

  /** Arrival order: the waitlist is served in this order. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  seq: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'phone_enc', type: 'varchar', length: 200, nullable: true })
  phoneEnc: string | null;

  @Column({ name: 'phone_bidx', type: 'varchar', length: 64, nullable: true })
  phoneBidx: string | null;

  @Column({ name: 'phone_erased_at', type: 'timestamptz', nullable: true })
  phoneErasedAt: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  community: string | null;

  @Column({ type: 'varchar', length: 20, default: 'resident' })
  role: RegistrantRole;

  @Column({ name: 'speak_intent', type: 'varchar', length: 1000, nullable: true })
  speakIntent: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: RegistrationStatus;

  @Column({ name: 'walk_in', type: 'boolean', default: false })
  walkIn: boolean;

  @Column({ name: 'privacy_notice_version', type: 'varchar', length: 20 })
  privacyNoticeVersion: string;

  @Column({ name: 'consented_at', type: 'timestamptz' })
  consentedAt: Date;

  @Column({ name: 'check_in_code', type: 'varchar', length: 12 })
  checkInCode: string;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @Column({ name: 'checked_in_by', type: 'uuid', nullable: true })
  checkedInBy: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'promoted_at', type: 'timestamptz', nullable: true })
  promotedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * The per-session seat counter every registration locks (SELECT … FOR UPDATE), created lazily from the
 * session's capacity; `confirmed` counts confirmed pre-registrations (walk-ins excluded).
 */
@Entity('registration_capacity')
// The database itself refuses an overbooked counter, whatever the code above it does.
@Check('CHK_registration_capacity_bounds', `"confirmed" >= 0 AND "confirmed" <= "capacity"`)
@Check('CHK_registration_capacity_waitlist', `"waitlisted" >= 0`)
export class RegistrationCapacity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'PK_registration_capacity' })
  sessionId: string;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ type: 'integer', default: 0 })
  confirmed: number;

  /** People waiting; a newcomer's place in the queue is this count right after joining it. */
  @Column({ type: 'integer', default: 0 })
  waitlisted: number;

  /** Whether the latest seat request got a seat (set and returned by the same UPDATE). */
  @Column({ name: 'last_granted', type: 'boolean', default: false })
  lastGranted: boolean;

  /** Copied from the session; the phone-erasure job measures retention from it. */
  @Column({ name: 'session_ends_at', type: 'timestamptz', nullable: true })
  sessionEndsAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Replays the first response to a repeated `Idempotency-Key` from the same caller. */
@Entity('registration_idempotency')
@Index('IDX_registration_idempotency_created', ['createdAt'])
export class RegistrationIdempotency {
  @PrimaryColumn({
    name: 'actor_key',
    type: 'varchar',
    length: 80,
    primaryKeyConstraintName: 'PK_registration_idempotency',
  })
  actorKey: string;

  @PrimaryColumn({
    name: 'idem_key',
    type: 'varchar',
    length: 200,
    primaryKeyConstraintName: 'PK_registration_idempotency',
  })
  idemKey: string;

  /** SM3 of the request (session and body), so a reused key with another request is refused. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  @Column({ type: 'jsonb', nullable: true })
  response: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** People who joined a session's live room (the live context's `live.joined` event), for duty records. */
@Entity('online_attendance')
export class OnlineAttendance {
  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'PK_online_attendance' })
  sessionId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_online_attendance' })
  userId: string;

  @CreateDateColumn({ name: 'first_joined_at', type: 'timestamptz' })
  firstJoinedAt: Date;
}
