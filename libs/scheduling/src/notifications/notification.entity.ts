import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One entry of a user's in-app inbox. */
@Entity('notifications')
@Index('IDX_notifications_user', ['userId', 'createdAt'])
@Index('UQ_notifications_dedupe', ['userId', 'dedupeKey'], { unique: true, where: 'dedupe_key IS NOT NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_notifications' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 60 })
  kind: string;

  /** Text: a notice names what it is about (a meeting's title is up to 200 characters itself). */
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** The English, for readers who chose English; null on notices stored before it was kept. */
  @Column({ name: 'title_en', type: 'text', nullable: true })
  titleEn: string | null;

  @Column({ name: 'body_en', type: 'text', nullable: true })
  bodyEn: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  link: string | null;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, nullable: true })
  dedupeKey: string | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * Work to do at or after `run_at`, exactly once across replicas: workers claim rows with
 * FOR UPDATE SKIP LOCKED inside the transaction that does the work; `dedupe_key` is unique so the
 * same notice is never queued twice.
 */
@Entity('scheduling_jobs')
@Index('UQ_scheduling_jobs_dedupe', ['dedupeKey'], { unique: true })
@Index('IDX_scheduling_jobs_due', ['runAt'], { where: "status = 'pending'" })
export class Job {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_scheduling_jobs' })
  id: string;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ name: 'run_at', type: 'timestamptz' })
  runAt: Date;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 })
  dedupeKey: string;

  /** pending | done | skipped | failed */
  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status: string;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column({ name: 'done_by', type: 'varchar', length: 100, nullable: true })
  doneBy: string | null;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
