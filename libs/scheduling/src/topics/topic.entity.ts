import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type TopicSource = 'resident' | 'member' | 'party_government';
export type TopicStatus = 'submitted' | 'accepted' | 'rejected' | 'merged' | 'scheduled';

/** 议题: 群众出题 (resident), 委员荐题 (member), 党政点题 (party_government). */
@Entity('topics')
@Index('IDX_topics_region', ['regionCode'])
@Index('IDX_topics_proposer', ['proposerId'])
export class Topic {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_topics' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  /** normalizeZh(title + ' ' + description): trigram similarity and 简/繁 search run on it. */
  @Index('IDX_topics_text_norm_trgm', { synchronize: false })
  @Column({ name: 'text_norm', type: 'text' })
  textNorm: string;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ name: 'workstation_id', type: 'uuid', nullable: true })
  workstationId: string | null;

  @Column({ type: 'varchar', length: 20 })
  source: TopicSource;

  @Column({ type: 'varchar', length: 16, default: 'submitted' })
  status: TopicStatus;

  @Column({ name: 'proposer_id', type: 'uuid' })
  proposerId: string;

  @Column({ name: 'proposer_name', type: 'varchar', length: 100 })
  proposerName: string;

  @Column({ name: 'support_count', type: 'integer', default: 0 })
  supportCount: number;

  @Column({ name: 'review_reason', type: 'varchar', length: 500, nullable: true })
  reviewReason: string | null;

  @Column({ name: 'merged_into', type: 'uuid', nullable: true })
  mergedInto: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** 附议: one support per person and topic (the primary key makes a repeat a conflict). */
@Entity('topic_supports')
export class TopicSupport {
  @PrimaryColumn({ name: 'topic_id', type: 'uuid', primaryKeyConstraintName: 'PK_topic_supports' })
  topicId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_topic_supports' })
  userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
