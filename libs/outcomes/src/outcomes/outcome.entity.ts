import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type OutcomeStatus = 'pending' | 'draft' | 'published';

/**
 * A session's outcome (成果): summary, consensus and the attendance figures taken from the registration
 * and live ports when it is saved and published. The session's region, title and dates are copied
 * from the scheduling snapshot so statistics and exports stay plain SQL on this context's tables.
 */
@Entity('session_outcomes')
@Index('IDX_session_outcomes_region_start', ['regionCode', 'sessionStartsAt'])
@Index('IDX_session_outcomes_status', ['status'])
@Index('IDX_session_outcomes_start_id', ['sessionStartsAt', 'sessionId'])
/** Covering index for GET /stats (index-only scan); INCLUDE is hand-written in the migration. */
@Index('IDX_session_outcomes_stats_cover', { synchronize: false })
export class SessionOutcome {
  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'PK_session_outcomes' })
  sessionId: string;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ name: 'workstation_id', type: 'uuid' })
  workstationId: string;

  @Column({ name: 'organiser_id', type: 'uuid', nullable: true })
  organiserId: string | null;

  @Column({ name: 'session_title', type: 'varchar', length: 300 })
  sessionTitle: string;

  @Column({ name: 'session_starts_at', type: 'timestamptz' })
  sessionStartsAt: Date;

  @Column({ name: 'session_ended_at', type: 'timestamptz', nullable: true })
  sessionEndedAt: Date | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: OutcomeStatus;

  @Column({ type: 'text', default: '' })
  summary: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  consensus: string[];

  @Column({ name: 'registered_count', type: 'integer', default: 0 })
  registeredCount: number;

  @Column({ name: 'onsite_count', type: 'integer', default: 0 })
  onsiteCount: number;

  @Column({ name: 'online_unique', type: 'integer', default: 0 })
  onlineUnique: number;

  @Column({ name: 'online_peak', type: 'integer', default: 0 })
  onlinePeak: number;

  @Column({ name: 'attendance_at', type: 'timestamptz', nullable: true })
  attendanceAt: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A file attached to an outcome (minutes, photos) or to a department's reply. */
@Entity('outcome_files')
@Index('IDX_outcome_files_session', ['sessionId'])
@Index('IDX_outcome_files_suggestion', ['suggestionId'])
export class OutcomeFile {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_outcome_files' })
  id: string;

  /** Null for a reply's files on a suggestion that came from a report (no session). */
  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  @Column({ name: 'suggestion_id', type: 'uuid', nullable: true })
  suggestionId: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  @Column({ type: 'varchar', length: 120 })
  mime: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
