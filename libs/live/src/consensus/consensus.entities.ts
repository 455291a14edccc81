import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

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

/**
 * One vote per voter per statement; a second vote replaces the first (the primary key decides). A voter
 * is a person (`voter_key` = their user id) or, where the session allows it, a guest of the live room
 * (`voter_key` = `g:` + a keyed hash of the session and the guest's viewer key: no address or nickname
 * is stored, and a guest cannot be followed from one session to another).
 */
@Entity('consensus_votes')
@Index('IDX_consensus_votes_session', ['sessionId'])
@Index('IDX_consensus_votes_user', ['userId'])
@Check('CHK_consensus_votes_voter', `("user_id" IS NULL) = ("voter_key" LIKE 'g:%')`)
export class ConsensusVote {
  @PrimaryColumn({ name: 'statement_id', type: 'uuid', primaryKeyConstraintName: 'PK_consensus_votes' })
  statementId: string;

  @PrimaryColumn({
    name: 'voter_key',
    type: 'varchar',
    length: 40,
    primaryKeyConstraintName: 'PK_consensus_votes',
  })
  voterKey: string;

  /** The person who voted; null for a guest (erasure deletes by it, guests are nobody to erase). */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  /** 1 agree, 2 disagree, 3 pass (the codes of the vote matrix). */
  @Column({ type: 'smallint' })
  vote: number;

  @Column({ name: 'voted_at', type: 'timestamptz', default: () => 'now()' })
  votedAt: Date;
}

export const consensusEntities = [ConsensusStatement, ConsensusVote];
