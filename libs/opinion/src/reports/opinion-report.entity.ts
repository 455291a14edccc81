import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'adopted' | 'merged';

/** 社情民意信息: a report drafted by a member from entries, reviewed by staff, adopted into an issue. */
@Entity('opinion_reports')
@Index('IDX_opinion_reports_region_status', ['regionCode', 'status'])
@Index('IDX_opinion_reports_author', ['authorId'])
@Index('IDX_opinion_reports_issue', ['issueId'])
@Check('CHK_opinion_reports_status', `status IN ('draft', 'submitted', 'returned', 'adopted', 'merged')`)
export class OpinionReport {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_opinion_reports' })
  id: string;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** 基本情况 */
  @Column({ type: 'text' })
  situation: string;

  /** 原因分析 */
  @Column({ type: 'text', default: '' })
  analysis: string;

  /** 意见建议 */
  @Column({ type: 'text', default: '' })
  suggestions: string;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: ReportStatus;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ name: 'author_member_id', type: 'uuid', nullable: true })
  authorMemberId: string | null;

  @Column({ name: 'author_name', type: 'varchar', length: 100 })
  authorName: string;

  @Column({ name: 'return_comment', type: 'text', nullable: true })
  returnComment: string | null;

  @Column({ name: 'issue_id', type: 'uuid', nullable: true })
  issueId: string | null;

  @Column({ name: 'merged_into', type: 'uuid', nullable: true })
  mergedInto: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'adopted_at', type: 'timestamptz', nullable: true })
  adoptedAt: Date | null;

  /** The suggestion (outcomes context) that carries the report through 办理, once assigned. */
  @Column({ name: 'suggestion_id', type: 'uuid', nullable: true })
  suggestionId: string | null;

  @Column({ name: 'assigned_at', type: 'timestamptz', nullable: true })
  assignedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Entries a report carries. */
@Entity('opinion_report_entries')
@Index('IDX_opinion_report_entries_entry', ['entryId'])
export class OpinionReportEntry {
  @PrimaryColumn({ name: 'report_id', type: 'uuid', primaryKeyConstraintName: 'PK_opinion_report_entries' })
  reportId: string;

  @PrimaryColumn({ name: 'entry_id', type: 'uuid', primaryKeyConstraintName: 'PK_opinion_report_entries' })
  entryId: string;
}

/** Members who co-sign a report (联名). */
@Entity('opinion_report_cosigners')
export class OpinionReportCosigner {
  @PrimaryColumn({ name: 'report_id', type: 'uuid', primaryKeyConstraintName: 'PK_opinion_report_cosigners' })
  reportId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid', primaryKeyConstraintName: 'PK_opinion_report_cosigners' })
  memberId: string;

  @Column({ name: 'member_name', type: 'varchar', length: 100 })
  memberName: string;
}

/** 批示: a leader's instruction on an adopted report, recorded by staff. */
@Entity('opinion_report_instructions')
@Index('IDX_opinion_report_instructions_report', ['reportId', 'at'])
export class OpinionReportInstruction {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_opinion_report_instructions' })
  id: string;

  @Column({ name: 'report_id', type: 'uuid' })
  reportId: string;

  /** Who instructed, e.g. 市委书记 or a leader's name and post. */
  @Column({ name: 'by_name', type: 'varchar', length: 100 })
  by: string;

  @Column({ type: 'text' })
  text: string;

  /** When the leader instructed (not when it was recorded). */
  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
