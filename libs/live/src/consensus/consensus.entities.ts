import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A short statement residents vote on (consensus finder). */
@Entity('consensus_statements')
@Index('IDX_consensus_statements_session', ['sessionId', 'createdAt'])
@Index('IDX_consensus_statements_author', ['authorId'])
export class ConsensusStatement {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_consensus_statements' })
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ type: 'varchar', length: 140 })
  text: string;

  /** published | held (waiting for a moderator) | hidden. */
  @Column({ type: 'varchar', length: 10 })
  status: string;

  /** moderator | participant | message | question: who wrote it or what it was promoted from. */
  @Column({ type: 'varchar', length: 12 })
  origin: string;

  /** The chat message or question it was promoted from. */
  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  /** Null once the author is erased. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** One vote per person per statement; a second vote replaces the first (the primary key decides). */
@Entity('consensus_votes')
@Index('IDX_consensus_votes_session', ['sessionId'])
@Index('IDX_consensus_votes_user', ['userId'])
export class ConsensusVote {
  @PrimaryColumn({ name: 'statement_id', type: 'uuid', primaryKeyConstraintName: 'PK_consensus_votes' })
  statementId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_consensus_votes' })
  userId: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  /** 1 agree, 2 disagree, 3 pass (the codes of the vote matrix). */
  @Column({ type: 'smallint' })
  vote: number;

  @Column({ name: 'voted_at', type: 'timestamptz', default: () => 'now()' })
  votedAt: Date;
}

export const consensusEntities = [ConsensusStatement, ConsensusVote];
