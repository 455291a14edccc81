import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A stored random draw: anyone holding the seed and the candidate list can re-run it. */
@Entity('registration_draws')
@Index('IDX_registration_draws_session', ['sessionId', 'createdAt'])
export class RegistrationDraw {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_registration_draws' })
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ type: 'varchar', length: 20 })
  algorithm: string;

  @Column({ type: 'varchar', length: 128 })
  seed: string;

  @Column({ type: 'integer' })
  count: number;

  @Column({ name: 'candidate_count', type: 'integer' })
  candidateCount: number;

  /** SHA-256 (hex) of the sorted candidate registration ids joined by "\n". */
  @Column({ name: 'candidates_hash', type: 'varchar', length: 64 })
  candidatesHash: string;

  /** The sorted candidate ids, so the draw can be re-run after registrations change. */
  @Column({ type: 'jsonb' })
  candidates: string[];

  /** Winning registration ids in draw order. */
  @Column({ type: 'jsonb' })
  result: string[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
