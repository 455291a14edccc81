import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

export type Implementation = 'implemented' | 'partly' | 'not';

/**
 * 回头看: the follow-up review of a completed suggestion (a report's too), FOLLOW_UP_MONTHS after
 * completion. The row appears when the organiser is reminded (once, claimed by insert) or reviews.
 */
@Entity('suggestion_follow_ups')
@Check('CHK_suggestion_follow_ups_implementation', `implementation IN ('implemented', 'partly', 'not')`)
export class SuggestionFollowUp {
  @PrimaryColumn({
    name: 'suggestion_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_suggestion_follow_ups',
  })
  suggestionId: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  /** 落实情况 */
  @Column({ type: 'varchar', length: 16, nullable: true })
  implementation: Implementation | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;
}

/** The second rating round, after the follow-up review: one per participant. */
@Entity('suggestion_follow_up_ratings')
@Unique('UQ_suggestion_follow_up_ratings_user', ['suggestionId', 'userId'])
@Index('IDX_suggestion_follow_up_ratings_suggestion', ['suggestionId'])
@Check(
  'CHK_suggestion_follow_up_ratings_rating',
  `rating IN ('satisfied', 'basically_satisfied', 'unsatisfied')`,
)
export class SuggestionFollowUpRating {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_suggestion_follow_up_ratings' })
  id: string;

  @Column({ name: 'suggestion_id', type: 'uuid' })
  suggestionId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 24 })
  rating: string;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
