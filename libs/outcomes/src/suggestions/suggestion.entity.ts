import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

import type { SuggestionStatus } from '@xs/contracts';

export type { SuggestionStatus };
export type ReplyGrade = 'A' | 'B' | 'C';
export type SuggestionOrigin = 'session' | 'report';
export type Rating = 'satisfied' | 'basically_satisfied' | 'unsatisfied';

/**
 * A suggestion (建议) from a session's outcome or promoted from its live room, or a 社情民意 report with
 * 批示 handed to departments (origin `report`: no session; `session_title`/`session_starts_at` then hold the
 * report's title and adoption time, so lists, reminders and exports read one shape).
 */
@Entity('suggestions')
@Index('IDX_suggestions_region_start', ['regionCode', 'sessionStartsAt', 'id'])
@Index('IDX_suggestions_session', ['sessionId'])
@Index('IDX_suggestions_start_id', ['sessionStartsAt', 'id'])
/** Covering index for GET /stats (index-only scan); INCLUDE is hand-written in the migration. */
@Index('IDX_suggestions_stats_cover', { synchronize: false })
@Index('IDX_suggestions_status_due', ['status', 'dueAt'])
@Index('IDX_suggestions_source_user', ['sourceUserId'])
@Check('CHK_suggestions_status', `status IN ('draft', 'assigned', 'replied', 'completed', 'rejected')`)
@Index('UQ_suggestions_report', ['reportId'], { unique: true, where: 'report_id IS NOT NULL' })
@Check(
  'CHK_suggestions_origin',
  `(origin = 'session' AND session_id IS NOT NULL AND report_id IS NULL) OR (origin = 'report' AND report_id IS NOT NULL AND session_id IS NULL)`,
)
@Check('CHK_suggestions_grade', `reply_grade IS NULL OR reply_grade IN ('A', 'B', 'C')`)
export class Suggestion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_suggestions' })
  id: string;

  @Column({ type: 'varchar', length: 16, default: 'session' })
  origin: SuggestionOrigin;

  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId: string | null;

  /** The 社情民意 report (opinion context) this suggestion carries, when origin is `report`. */
  @Column({ name: 'report_id', type: 'uuid', nullable: true })
  reportId: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ name: 'session_title', type: 'varchar', length: 300 })
  sessionTitle: string;

  @Column({ name: 'session_starts_at', type: 'timestamptz' })
  sessionStartsAt: Date;

  @Column({ name: 'organiser_id', type: 'uuid', nullable: true })
  organiserId: string | null;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: SuggestionStatus;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ name: 'source_message_id', type: 'varchar', length: 64, nullable: true })
  sourceMessageId: string | null;

  @Column({ name: 'source_question_id', type: 'varchar', length: 64, nullable: true })
  sourceQuestionId: string | null;

  @Column({ name: 'source_user_id', type: 'uuid', nullable: true })
  sourceUserId: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'assigned_at', type: 'timestamptz', nullable: true })
  assignedAt: Date | null;

  @Column({ name: 'replied_at', type: 'timestamptz', nullable: true })
  repliedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'rejected_at', type: 'timestamptz', nullable: true })
  rejectedAt: Date | null;

  @Column({ name: 'reject_reason', type: 'text', nullable: true })
  rejectReason: string | null;

  @Column({ name: 'reply_grade', type: 'varchar', length: 1, nullable: true })
  replyGrade: ReplyGrade | null;

  @Column({ name: 'reply_content', type: 'text', nullable: true })
  replyContent: string | null;

  @Column({ name: 'reply_adopted', type: 'boolean', nullable: true })
  replyAdopted: boolean | null;

  @Column({ name: 'reply_by', type: 'uuid', nullable: true })
  replyBy: string | null;

  @Column({ name: 'reply_submitted_at', type: 'timestamptz', nullable: true })
  replySubmittedAt: Date | null;

  @Column({ name: 'reply_contact_phone_enc', type: 'varchar', length: 200, nullable: true })
  replyContactPhoneEnc: string | null;

  /** Rating counts kept with the suggestion (same transaction as the rating) so statistics read one table. */
  @Column({ name: 'rated_satisfied', type: 'integer', default: 0 })
  ratedSatisfied: number;

  @Column({ name: 'rated_basically', type: 'integer', default: 0 })
  ratedBasically: number;

  @Column({ name: 'rated_unsatisfied', type: 'integer', default: 0 })
  ratedUnsatisfied: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Lead (主办) and co-handling (协办) departments; co-handlers countersign (会签) the lead's reply. */
@Entity('suggestion_departments')
@Index('IDX_suggestion_departments_department', ['departmentId'])
@Index('UQ_suggestion_departments_lead', ['suggestionId'], { unique: true, where: `role = 'lead'` })
@Check('CHK_suggestion_departments_role', `role IN ('lead', 'co')`)
export class SuggestionDepartment {
  @PrimaryColumn({
    name: 'suggestion_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_suggestion_departments',
  })
  suggestionId: string;

  @PrimaryColumn({
    name: 'department_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_suggestion_departments',
  })
  departmentId: string;

  @Column({ type: 'varchar', length: 8 })
  role: 'lead' | 'co';

  @Column({ name: 'department_name', type: 'varchar', length: 200 })
  departmentName: string;

  @Column({ name: 'countersigned_at', type: 'timestamptz', nullable: true })
  countersignedAt: Date | null;

  @Column({ name: 'countersigned_by', type: 'uuid', nullable: true })
  countersignedBy: string | null;

  @Column({ name: 'countersign_opinion', type: 'text', nullable: true })
  countersignOpinion: string | null;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_departments_suggestion' })
  suggestion?: Suggestion;
}

/** Every status change: who, when, from, to. */
@Entity('suggestion_transitions')
@Index('IDX_suggestion_transitions_suggestion', ['suggestionId', 'at'])
export class SuggestionTransition {
  @PrimaryGeneratedColumn('increment', {
    type: 'bigint',
    primaryKeyConstraintName: 'PK_suggestion_transitions',
  })
  id: string;

  @Column({ name: 'suggestion_id', type: 'uuid' })
  suggestionId: string;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus: SuggestionStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus: SuggestionStatus;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 100, nullable: true })
  actorName: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_transitions_suggestion' })
  suggestion?: Suggestion;
}

/** One rating per person and suggestion (满意 / 基本满意 / 不满意). */
@Entity('suggestion_ratings')
@Unique('UQ_suggestion_ratings_user', ['suggestionId', 'userId'])
@Check('CHK_suggestion_ratings_rating', `rating IN ('satisfied', 'basically_satisfied', 'unsatisfied')`)
export class SuggestionRating {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_suggestion_ratings' })
  id: string;

  @Column({ name: 'suggestion_id', type: 'uuid' })
  suggestionId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 24 })
  rating: Rating;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_ratings_suggestion' })
  suggestion?: Suggestion;
}

/** Reminders (督办) sent: the primary key is the dedupe key, so replicas never send one twice. */
@Entity('suggestion_reminders')
export class SuggestionReminder {
  @PrimaryColumn({ name: 'suggestion_id', type: 'uuid', primaryKeyConstraintName: 'PK_suggestion_reminders' })
  suggestionId: string;

  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'PK_suggestion_reminders' })
  kind: 'overdue' | 'due_soon';

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'PK_suggestion_reminders' })
  day: string;

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  @ManyToOne(() => Suggestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'suggestion_id', foreignKeyConstraintName: 'FK_suggestion_reminders_suggestion' })
  suggestion?: Suggestion;
}
