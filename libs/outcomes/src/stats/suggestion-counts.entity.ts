import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Per-session suggestion figures, kept by a trigger on `suggestions` in the same transaction as every
 * change (see the migration), so GET /stats aggregates one row per session instead of every suggestion.
 */
@Entity('session_suggestion_counts')
@Index('IDX_session_suggestion_counts_region_start', ['regionCode', 'sessionStartsAt'])
export class SessionSuggestionCounts {
  @PrimaryColumn({
    name: 'session_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_session_suggestion_counts',
  })
  sessionId: string;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ name: 'session_starts_at', type: 'timestamptz' })
  sessionStartsAt: Date;

  @Column({ type: 'integer', default: 0 }) total: number;
  @Column({ type: 'integer', default: 0 }) assigned: number;
  @Column({ type: 'integer', default: 0 }) replied: number;
  @Column({ type: 'integer', default: 0 }) completed: number;
  @Column({ type: 'integer', default: 0 }) adopted: number;
  @Column({ type: 'integer', default: 0 }) satisfied: number;
  @Column({ type: 'integer', default: 0 }) basically: number;
  @Column({ type: 'integer', default: 0 }) unsatisfied: number;
}
