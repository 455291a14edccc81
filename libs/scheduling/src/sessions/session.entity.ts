import {
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { AgendaItem, SessionFormat, SessionStatus } from '@xs/contracts';

/**
 * A consultation session (协商会议) at one workstation. `blocked_until` is `ends_at` plus the
 * workstation's buffer at booking time: the exclusion constraint keeps [starts_at, blocked_until)
 * of non-cancelled sessions at one place from overlapping, so a concurrent double booking fails in
 * PostgreSQL itself (23P01), not in a read-then-write check.
 */
@Entity('sessions')
@Exclusion(
  'XCL_sessions_no_overlap',
  `USING gist ("workstation_id" WITH =, tstzrange("starts_at", "blocked_until") WITH &&) WHERE (status <> 'cancelled')`,
)
@Index('IDX_sessions_region', ['regionCode'])
@Index('IDX_sessions_starts_at', ['startsAt'])
@Index('IDX_sessions_series', ['seriesId'])
export class Session {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_sessions' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** normalizeZh(title + description) for 简/繁 search (trigram index in the migration). */
  @Index('IDX_sessions_search_norm_trgm', { synchronize: false })
  @Column({ name: 'search_norm', type: 'text' })
  searchNorm: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'topic_id', type: 'uuid', nullable: true })
  topicId: string | null;

  @Column({ name: 'workstation_id', type: 'uuid' })
  workstationId: string;

  /** Copied from the workstation so region-scoped queries stay inside this context. */
  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  /** Place as it was announced (workstation name and address), for notifications and calendars. */
  @Column({ name: 'place_name', type: 'varchar', length: 200 })
  placeName: string;

  @Column({ name: 'place_address', type: 'varchar', length: 300 })
  placeAddress: string;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng: number | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ name: 'buffer_minutes', type: 'integer', default: 0 })
  bufferMinutes: number;

  @Column({ name: 'blocked_until', type: 'timestamptz' })
  blockedUntil: Date;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: SessionStatus;

  @Column({ type: 'varchar', length: 16 })
  format: SessionFormat;

  @Column({ type: 'integer' })
  capacity: number;

  @Column({ name: 'reserved_seats', type: 'integer', default: 0 })
  reservedSeats: number;

  @Column({ name: 'registration_opens_at', type: 'timestamptz', nullable: true })
  registrationOpensAt: Date | null;

  @Column({ name: 'registration_closes_at', type: 'timestamptz', nullable: true })
  registrationClosesAt: Date | null;

  @Column({ name: 'stream_url', type: 'varchar', length: 500, nullable: true })
  streamUrl: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  agenda: AgendaItem[];

  @Column({ name: 'online_access', type: 'varchar', length: 16, default: 'signed_in' })
  onlineAccess: 'signed_in' | 'registered';

  @Column({ name: 'allow_anonymous_viewing', type: 'boolean', default: false })
  allowAnonymousViewing: boolean;

  /** Guests (anonymous viewers) may vote on the consensus finder's statements; needs anonymous viewing. */
  @Column({ name: 'allow_guest_voting', type: 'boolean', default: false })
  allowGuestVoting: boolean;

  @Column({ type: 'varchar', length: 8, default: 'post' })
  moderation: 'post' | 'pre';

  @Column({ name: 'organiser_id', type: 'uuid', nullable: true })
  organiserId: string | null;

  /** Entered after it took place (many sessions are held offline and recorded later). */
  @Column({ type: 'boolean', default: false })
  recorded: boolean;

  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId: string | null;

  /** The occurrence's original start in its series (RECURRENCE-ID), kept when it is moved. */
  @Column({ name: 'occurrence_start', type: 'timestamptz', nullable: true })
  occurrenceStart: Date | null;

  /** iCalendar SEQUENCE: raised on every change people must see. */
  @Column({ type: 'integer', default: 0 })
  sequence: number;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'concluded_at', type: 'timestamptz', nullable: true })
  concludedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 500, nullable: true })
  cancelReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A recurring series (e.g. every 22nd of even months): its occurrences are ordinary sessions. */
@Entity('session_series')
export class SessionSeries {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_session_series' })
  id: string;

  @Column({ type: 'varchar', length: 500 })
  rrule: string;

  @Column({ name: 'first_starts_at', type: 'timestamptz' })
  firstStartsAt: Date;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

  @Column({ name: 'workstation_id', type: 'uuid' })
  workstationId: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
