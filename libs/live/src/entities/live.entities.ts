import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { consensusEntities } from '../consensus/consensus.entities';

/** One row per live room (= session): the chat sequence counter and the state moderators set. */
@Entity('live_rooms')
export class LiveRoom {
  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'PK_live_rooms' })
  sessionId: string;

  /** Last chat sequence number handed out; bumped with UPDATE … RETURNING inside the insert. */
  @Column({ name: 'last_seq', type: 'bigint', default: 0 })
  lastSeq: string;

  /** live | paused | ended; null until a moderator sets it (then the session status decides). */
  @Column({ name: 'stream_status', type: 'varchar', length: 10, nullable: true })
  streamStatus: string | null;

  @Column({ name: 'pinned_text', type: 'varchar', length: 300, nullable: true })
  pinnedText: string | null;

  @Column({ name: 'slow_mode_seconds', type: 'integer', default: 0 })
  slowModeSeconds: number;

  @Column({ name: 'agenda_index', type: 'integer', nullable: true })
  agendaIndex: number | null;

  @Column({ type: 'bigint', default: 0 })
  likes: string;

  @Column({ name: 'peak_online', type: 'integer', default: 0 })
  peakOnline: number;

  /** When the room first went live (offsets for replay when the session has no startedAt). */
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;
}

/** What chat messages and questions share: who wrote what, when, in which room (not an entity itself). */
abstract class AuthoredText {
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ name: 'author_nickname', type: 'varchar', length: 100 })
  authorNickname: string;

  @Column({ name: 'client_msg_id', type: 'varchar', length: 64 })
  clientMsgId: string;

  @Column({ type: 'varchar', length: 300 })
  text: string;

  /** Messages: published | held | hidden. Questions: visible | held | hidden. */
  @Column({ type: 'varchar', length: 10 })
  status: string;

  /** Milliseconds since the session started (replay alongside the recording). */
  @Column({ name: 'offset_ms', type: 'bigint', nullable: true })
  offsetMs: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('live_messages')
@Index('UQ_live_messages_seq', ['sessionId', 'seq'], { unique: true })
@Index('UQ_live_messages_client', ['sessionId', 'authorId', 'clientMsgId'], { unique: true })
@Index('IDX_live_messages_author', ['authorId', 'createdAt'])
export class LiveMessage extends AuthoredText {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_live_messages' })
  id: string;

  @Column({ type: 'bigint' })
  seq: string;

  /** moderator | staff | speaker | resident: decides the fan-out priority and the badge. */
  @Column({ name: 'author_role', type: 'varchar', length: 20 })
  authorRole: string;

  /** Why it is held: sensitive_word | pre_moderation. */
  @Column({ name: 'held_reason', type: 'varchar', length: 20, nullable: true })
  heldReason: string | null;

  @Column({ name: 'moderated_by', type: 'uuid', nullable: true })
  moderatedBy: string | null;
}

@Entity('live_questions')
@Index('UQ_live_questions_client', ['sessionId', 'authorId', 'clientMsgId'], { unique: true })
@Index('IDX_live_questions_session', ['sessionId', 'createdAt'])
@Index('IDX_live_questions_author', ['authorId', 'createdAt'])
export class LiveQuestion extends AuthoredText {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_live_questions' })
  id: string;

  @Column({ type: 'integer', default: 0 })
  votes: number;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  answer: string | null;

  @Column({ name: 'answered_by', type: 'uuid', nullable: true })
  answeredBy: string | null;

  @Column({ name: 'answered_by_name', type: 'varchar', length: 100, nullable: true })
  answeredByName: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}

/** One upvote per person and question: the primary key is the guarantee. */
@Entity('live_question_votes')
export class LiveQuestionVote {
  @PrimaryColumn({ name: 'question_id', type: 'uuid', primaryKeyConstraintName: 'PK_live_question_votes' })
  questionId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_live_question_votes' })
  userId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Raise hand (申请发言): queued → granted → ended, or lowered. One granted hand per room, one open hand per person. */
@Entity('live_hands')
@Index('UQ_live_hands_speaker', ['sessionId'], { unique: true, where: "status = 'granted'" })
@Index('UQ_live_hands_open', ['sessionId', 'userId'], {
  unique: true,
  where: "status IN ('queued', 'granted')",
})
@Index('IDX_live_hands_user', ['userId', 'grantedAt'])
export class LiveHand {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_live_hands' })
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 100 })
  nickname: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  /** queued | granted | ended | lowered */
  @Column({ type: 'varchar', length: 10 })
  status: string;

  @Column({ name: 'raised_at', type: 'timestamptz', default: () => 'now()' })
  raisedAt: Date;

  @Column({ name: 'granted_at', type: 'timestamptz', nullable: true })
  grantedAt: Date | null;

  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy: string | null;

  @Column({ name: 'granted_seconds', type: 'integer', nullable: true })
  grantedSeconds: number | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}

@Entity('live_polls')
@Index('IDX_live_polls_session', ['sessionId', 'createdAt'])
export class LivePoll {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_live_polls' })
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ type: 'varchar', length: 300 })
  question: string;

  /** [{ id, text }] */
  @Column({ type: 'jsonb' })
  options: { id: string; text: string }[];

  @Column({ type: 'boolean', default: false })
  multi: boolean;

  /** open | closed */
  @Column({ type: 'varchar', length: 10 })
  status: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

/** One ballot per person and poll: the primary key is the guarantee. */
@Entity('live_poll_votes')
export class LivePollVote {
  @PrimaryColumn({ name: 'poll_id', type: 'uuid', primaryKeyConstraintName: 'PK_live_poll_votes' })
  pollId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_live_poll_votes' })
  userId: string;

  @Column({ name: 'option_ids', type: 'text', array: true })
  optionIds: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Mute (may not post) or ban (may not enter) a person in one room, until a time or for good. */
@Entity('live_sanctions')
@Index('IDX_live_sanctions_user', ['sessionId', 'userId'])
export class LiveSanction {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_live_sanctions' })
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** mute | ban */
  @Column({ type: 'varchar', length: 10 })
  kind: string;

  @Column({ type: 'timestamptz', nullable: true })
  until: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Everyone who joined the room once (unique online participants for statistics and attendance). */
@Entity('live_participants')
@Index('IDX_live_participants_user', ['userId'])
export class LiveParticipant {
  @PrimaryColumn({ name: 'session_id', type: 'uuid', primaryKeyConstraintName: 'PK_live_participants' })
  sessionId: string;

  /** The user id, or `anon:<hash>` for an anonymous viewer. */
  @PrimaryColumn({
    name: 'participant_key',
    type: 'varchar',
    length: 80,
    primaryKeyConstraintName: 'PK_live_participants',
  })
  participantKey: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'first_seen_at', type: 'timestamptz', default: () => 'now()' })
  firstSeenAt: Date;
}

export const liveEntities = [
  LiveRoom,
  LiveMessage,
  LiveQuestion,
  LiveQuestionVote,
  LiveHand,
  LivePoll,
  LivePollVote,
  LiveSanction,
  LiveParticipant,
  ...consensusEntities,
];
