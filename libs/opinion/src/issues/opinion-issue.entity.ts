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

export type IssueStatus = 'compiling' | 'sent';

/** One issue (期) of 《社情民意》, numbered per committee (region) and year; a correction (更正) is one too. */
@Entity('opinion_issues')
@Unique('UQ_opinion_issues_number', ['regionCode', 'year', 'number'])
@Check('CHK_opinion_issues_status', `status IN ('compiling', 'sent')`)
@Index('IDX_opinion_issues_region_year', ['regionCode', 'year'])
export class OpinionIssue {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_opinion_issues' })
  id: string;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'varchar', length: 16, default: 'compiling' })
  status: IssueStatus;

  /** The issue this one corrects (更正), if any. */
  @Column({ name: 'corrects_id', type: 'uuid', nullable: true })
  correctsId: string | null;

  @Column({ name: 'correction_note', type: 'text', nullable: true })
  correctionNote: string | null;

  /** 报送 and 抄送 lines, as printed. */
  @Column({ name: 'send_to', type: 'jsonb', default: () => `'[]'` })
  sendTo: string[];

  @Column({ name: 'copy_to', type: 'jsonb', default: () => `'[]'` })
  copyTo: string[];

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The last number given per committee and year: one row lock hands out the next, never twice. */
@Entity('opinion_issue_counters')
export class OpinionIssueCounter {
  @PrimaryColumn({
    name: 'region_code',
    type: 'varchar',
    length: 12,
    primaryKeyConstraintName: 'PK_opinion_issue_counters',
  })
  regionCode: string;

  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'PK_opinion_issue_counters' })
  year: number;

  @Column({ name: 'last_number', type: 'int' })
  lastNumber: number;
}

/** Who a sent issue was delivered to: they open its files whatever their role (a department's handler, a leader). */
@Entity('opinion_issue_recipients')
@Index('IDX_opinion_issue_recipients_user', ['userId'])
export class OpinionIssueRecipient {
  @PrimaryColumn({ name: 'issue_id', type: 'uuid', primaryKeyConstraintName: 'PK_opinion_issue_recipients' })
  issueId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_opinion_issue_recipients' })
  userId: string;
}
