import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type EntrySource = 'staff' | 'resident';
export type EntryDisposition = 'open' | 'answered' | 'topic' | 'reported';

/** 民情日记: one concern a member on duty, workstation staff or a resident recorded at a workstation. */
@Entity('opinion_entries')
@Index('IDX_opinion_entries_region_created', ['regionCode', 'createdAt'])
@Index('IDX_opinion_entries_workstation', ['workstationId', 'createdAt'])
@Index('IDX_opinion_entries_author', ['createdBy'])
@Check('CHK_opinion_entries_source', `source IN ('staff', 'resident')`)
@Check('CHK_opinion_entries_disposition', `disposition IN ('open', 'answered', 'topic', 'reported')`)
export class OpinionEntry {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_opinion_entries' })
  id: string;

  @Column({ name: 'workstation_id', type: 'uuid' })
  workstationId: string;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 40 })
  category: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  community: string | null;

  @Column({ name: 'phone_enc', type: 'varchar', length: 200, nullable: true })
  phoneEnc: string | null;

  @Column({ name: 'phone_bidx', type: 'varchar', length: 64, nullable: true })
  phoneBidx: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  photos: string[];

  @Column({ type: 'varchar', length: 16 })
  source: EntrySource;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  disposition: EntryDisposition;

  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ name: 'topic_id', type: 'uuid', nullable: true })
  topicId: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  /** The member (directory) who recorded it, when a member did: counts per member and sector. */
  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
