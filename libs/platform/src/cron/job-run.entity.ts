import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One run of a cluster-wide scheduled task; (job, slot) is unique, so one replica runs each slot. */
@Entity('job_runs')
@Index('UQ_job_runs_slot', ['job', 'slot'], { unique: true })
@Index('IDX_job_runs_job_started', ['job', 'startedAt'])
export class JobRun {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_job_runs' })
  id: string;

  @Column({ type: 'varchar', length: 60 })
  job: string;

  /** The tick this run belongs to (the cron time, to the second); a manual run uses its own instant. */
  @Column({ type: 'timestamptz' })
  slot: Date;

  @Column({ type: 'varchar', length: 100 })
  replica: string;

  /** running | ok | failed */
  @Column({ type: 'varchar', length: 10, default: 'running' })
  status: string;

  @Column({ name: 'started_at', type: 'timestamptz', default: () => 'now()' })
  startedAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;
}
