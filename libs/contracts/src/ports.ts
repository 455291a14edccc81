import type { Readable } from 'node:stream';

/**
 * Ports: how one context asks another for something synchronously without reaching into its tables.
 * The providing context's module provides and exports the token; a consumer's module imports that module
 * and injects it with `@Inject(TOKEN)`, never `@Optional()`: a missing provider fails at boot, not with zeros.
 * Asynchronous side effects use DomainEvents (libs/platform) instead; event names are listed below.
 */

/**
 * The caller's open transaction (TypeORM's EntityManager; contracts stay free of TypeORM). A port
 * method that writes takes it first, so writes across contexts commit or roll back together.
 */
export type TxManager = import('typeorm').EntityManager;

// ---------- scheduling provides ----------
export type SessionStatus = 'draft' | 'published' | 'live' | 'ended' | 'concluded' | 'cancelled';
export type SessionFormat = 'onsite' | 'online' | 'hybrid';
export type AgendaKind = 'briefing' | 'questions' | 'answers' | 'speeches' | 'other';
/** The values, for validation and the API contract (enum schema `SessionStatus`). */
export const SESSION_STATUSES: readonly SessionStatus[] = [
  'draft',
  'published',
  'live',
  'ended',
  'concluded',
  'cancelled',
];

export interface AgendaItem {
  kind: AgendaKind;
  title: string;
  minutes: number;
}

export interface SessionSnapshot {
  id: string;
  title: string;
  topicId: string | null;
  workstationId: string;
  regionCode: string;
  startsAt: Date;
  endsAt: Date;
  status: SessionStatus;
  format: SessionFormat;
  /** Public seats residents can register for. */
  capacity: number;
  /** Seats kept for invitees, separate from `capacity`. */
  reservedSeats: number;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  onlineAccess: 'signed_in' | 'registered';
  allowAnonymousViewing: boolean;
  /** Guests may vote on the consensus finder's statements (only with anonymous viewing). */
  allowGuestVoting: boolean;
  moderation: 'post' | 'pre';
  streamUrl: string | null;
  agenda: AgendaItem[];
  organiserId: string | null;
  startedAt: Date | null;
  endedAt: Date | null;
}

export interface SessionLookup {
  get(id: string): Promise<SessionSnapshot | null>;
  /** For duty records: sessions starting in [from, to) where the member accepted an invitation (not cancelled). */
  acceptedInvitationSessionIds(memberId: string, from: Date, to: Date): Promise<string[]>;
  /** For rating eligibility (outcomes): user ids of the topic's proposer and its supporters (附议). */
  topicParticipantUserIds(topicId: string): Promise<string[]>;
  /** For demo data and back-filling outcomes: ids of sessions ended (or concluded) before `before`, newest first. */
  endedSessionIds(before: Date, limit: number): Promise<string[]>;
  /** For demo data (registration): ids of published sessions whose registration window is open at `at`, soonest first. */
  openSessionIds(at: Date, limit: number): Promise<string[]>;
}
export const SESSION_LOOKUP = 'xs:port:session-lookup';

/** Kinds of text message; each is one template approved at the SMS gateway. */
export const SMS_KINDS = [
  'loginCode',
  'registrationConfirmed',
  'reminder',
  'suggestionReplied',
  'sessionNotice',
] as const;
export type SmsKind = (typeof SMS_KINDS)[number];

/** The template variables of each kind, in the order positional templates (Tencent Cloud) number them. */
export const SMS_PARAMS: Record<SmsKind, readonly string[]> = {
  loginCode: ['code'],
  registrationConfirmed: ['title', 'code'],
  reminder: ['title', 'time'],
  suggestionReplied: ['title'],
  sessionNotice: ['title', 'detail'],
};

/** A text message: a template kind and its variables (gateways send only approved templates). */
export interface SmsMessage {
  kind: SmsKind;
  params: Record<string, string>;
}

export interface Notice {
  /** e.g. session.published, session.changed, session.reminder, suggestion.due */
  kind: string;
  /** Simplified Chinese; users who read Traditional get it converted. */
  title: string;
  body: string;
  /** The same notice in English, for users who read the web client in English. */
  en: { title: string; body: string };
  /** Path in the web client, e.g. /sessions/<id> */
  link?: string;
  /** Makes delivery idempotent: the same key to the same user is stored once. */
  dedupeKey?: string;
  /** The text message sent with the notice when `sms` is asked for; none without it. */
  sms?: SmsMessage;
}

export interface Notifier {
  /** In-app inbox for each user, plus SMS (`notice.sms`) to those with a phone when `sms` is true. */
  notifyUsers(userIds: string[], notice: Notice, opts?: { sms?: boolean }): Promise<void>;
  /** SMS to phones that have no account (e.g. registrations made by staff), given encrypted. */
  smsEncryptedPhones(phoneEncs: string[], message: SmsMessage, dedupeKey?: string): Promise<void>;
}
export const NOTIFIER = 'xs:port:notifier';

/**
 * Scheduling provides it: text messages go through the job queue, so a gateway failure is retried with
 * back-off. `now` tries the first delivery at once (login codes), leaving retries to the queue.
 */
export interface SmsOutbox {
  queueSms(
    phoneEnc: string,
    message: SmsMessage,
    opts?: { now?: boolean; dedupeKey?: string; validUntil?: Date },
  ): Promise<void>;
}
export const SMS_OUTBOX = 'xs:port:sms-outbox';

/** Scheduling provides it: a concern heard at a workstation (民情日记) becomes a topic for consultation (议题). */
export interface TopicPort {
  /** In the caller's transaction `m` (the entry is marked in it too): both commit or neither does. */
  createFromEntry(
    m: TxManager,
    input: {
      title: string;
      description: string;
      regionCode: string;
      workstationId: string;
      /** 群众出题 (a resident's concern) or 委员荐题 (recorded by a member on duty). */
      source: 'resident' | 'member';
      proposerId: string;
      proposerName: string;
      /** The staff member or member who turned the entry into a topic (audited). */
      actorId: string;
    },
  ): Promise<{ id: string }>;
}
export const TOPIC_PORT = 'xs:port:topics';

/**
 * Scheduling provides it: the file storage session materials live in (DATA_DIR/files or S3), for other
 * contexts' uploads; `detectType` recognises a file by its first bytes (PDF, DOCX, XLSX, PNG, JPEG, GIF, WebP).
 */
export interface FileStore {
  put(key: string, data: Buffer): Promise<void>;
  open(key: string): Readable;
  remove(key: string): Promise<void>;
  detectType(data: Buffer): { mime: string; ext: string } | null;
}
export const FILE_STORE = 'xs:port:file-store';

// ---------- opinion provides ----------
/** 社情民意 counts: entries recorded, reports submitted, and of those adopted, with 批示, completed. */
export interface OpinionCounts {
  entries: number;
  submitted: number;
  adopted: number;
  instructed: number;
  completed: number;
}
export interface OpinionStatsRow extends OpinionCounts {
  /** 'total', 'district', 'sector' or 'member'. */
  kind: 'total' | 'district' | 'sector' | 'member';
  /** District name, sector, or member name (with the sector). */
  label: string;
}
export interface OpinionStatsPort {
  /** A member's counts in [from, to): for the duty record (履职档案). */
  memberCounts(memberId: string, from: Date, to: Date): Promise<OpinionCounts>;
  /** The year's figures of a region as rows: total, then districts, sectors and members (exports). */
  yearRows(regionCode: string, year: number): Promise<OpinionStatsRow[]>;
}
export const OPINION_STATS_PORT = 'xs:port:opinion-stats';

// ---------- registration provides ----------
export interface Registrant {
  registrationId: string;
  userId: string | null;
  phoneEnc: string | null;
  status: 'confirmed' | 'waitlisted';
  checkedIn: boolean;
}

export interface RegistrationPort {
  /**
   * In the caller's transaction `m`: throws a ConflictError (409 CAPACITY_BELOW_CONFIRMED) when
   * confirmed registrations exceed it; promotes waitlisted people when raised (told after commit).
   */
  applyCapacity(m: TxManager, sessionId: string, capacity: number): Promise<void>;
  isRegistered(sessionId: string, userId: string): Promise<boolean>;
  /** Everyone to tell about a change or cancellation. */
  registrants(sessionId: string): Promise<Registrant[]>;
  counts(
    sessionId: string,
  ): Promise<{ confirmed: number; waitlisted: number; checkedIn: number; walkIns: number }>;
  /** Users who registered for or attended the session (for rating eligibility). */
  participantUserIds(sessionId: string): Promise<string[]>;
  /** The other way round: sessions the user registered for (not cancelled) or attended, on site or online. */
  sessionIdsOfParticipant?(userId: string): Promise<string[]>;
}
export const REGISTRATION_PORT = 'xs:port:registration';

// ---------- directory provides ----------
export interface WorkstationSnapshot {
  id: string;
  name: string;
  kind: string;
  regionCode: string;
  address: string;
  capacity: number | null;
  status: 'active' | 'suspended' | 'deleted';
  location: { lat: number; lng: number; crs: 'GCJ02' | 'WGS84' | 'CGCS2000' } | null;
  /** Minutes kept free between two sessions at this place. */
  bufferMinutes: number;
  /** The location converted to WGS-84 (GCJ-02 undone), for distances; null without coordinates. */
  wgs84?: { lat: number; lng: number } | null;
}

export interface DepartmentSnapshot {
  id: string;
  name: string;
  regionCode: string;
}

export interface MemberSnapshot {
  id: string;
  name: string;
  sector: string | null;
  level: string;
  regionCode: string;
  userId: string | null;
}

export interface DirectoryPort {
  workstation(id: string): Promise<WorkstationSnapshot | null>;
  department(id: string): Promise<DepartmentSnapshot | null>;
  departments(ids: string[]): Promise<DepartmentSnapshot[]>;
  member(id: string): Promise<MemberSnapshot | null>;
  members(ids: string[]): Promise<MemberSnapshot[]>;
  memberForUser(userId: string): Promise<MemberSnapshot | null>;
  assignedMemberIds(workstationId: string): Promise<string[]>;
  /** Members in a region subtree with a given sector (for inviting by sector). */
  memberIdsBySector(regionCode: string, sector: string): Promise<string[]>;
  /** A region's name (五华区), or null for an unknown code. */
  regionName(code: string): Promise<string | null>;
  /** The names of several regions in one read; unknown codes are left out. */
  regionNames(codes: string[]): Promise<Map<string, string>>;
  /** The committee (county level and above) that issues official documents for a region, e.g. 政协昆明市五华区委员会. */
  issuingCommittee(code: string): Promise<string | null>;
  /** For outcomes' demo data: departments whose region is in the given subtree. */
  departmentsInRegion(regionCode: string): Promise<DepartmentSnapshot[]>;
  /** Scheduling's demo data: ids of active workstations in a region subtree, oldest first. */
  workstationIdsInRegion(regionCode: string): Promise<string[]>;
}
export const DIRECTORY_PORT = 'xs:port:directory';

// ---------- live provides ----------
export interface LiveStatsPort {
  /** Unique people who joined the room and the peak concurrent count, across all nodes. */
  onlineStats(sessionId: string): Promise<{ unique: number; peak: number }>;
  /** For duty records: floor grants and questions by user between two dates. */
  contributionsByUser(
    userId: string,
    from: Date,
    to: Date,
  ): Promise<{ speeches: number; questions: number; messages: number; sessionIds: string[] }>;
}
export const LIVE_STATS_PORT = 'xs:port:live-stats';

// ---------- outcomes provides ----------
export interface SuggestionPort {
  /** A draft suggestion promoted from the live room, linked to its source. */
  createDraft(input: {
    sessionId: string;
    content: string;
    departmentIds: string[];
    sourceMessageId?: string;
    sourceQuestionId?: string;
    createdBy: string;
    /** Author of the source message/question, so duty records can count suggestions from a member. */
    sourceUserId?: string;
  }): Promise<{ id: string }>;
  /**
   * A 社情民意 report with 批示 handed to departments: a suggestion with origin `report` (no session),
   * assigned at once, then answered through the usual reply, 会签, 督办 and rating flow. Idempotent per
   * report: a second call answers the existing suggestion with `created: false`. Throws 400
   * DEPARTMENT_REQUIRED / UNKNOWN_DEPARTMENT / DUPLICATE_DEPARTMENT / DUE_IN_PAST. Written in the
   * caller's transaction `m` (the report is marked assigned in it); departments are told after commit.
   */
  assignReport(
    m: TxManager,
    input: {
      reportId: string;
      regionCode: string;
      title: string;
      adoptedAt: Date;
      /** Who is told of replies and reminded of the 回头看: the staff member who assigned it. */
      organiserId: string | null;
      content: string;
      /** The first is the lead (主办) department. */
      departmentIds: string[];
      dueAt: Date;
      actorId: string;
      actorName: string | null;
    },
  ): Promise<{ id: string; created: boolean }>;
  /** Where the reports' suggestions stand (reports never assigned are absent). */
  reportHandling(reportIds: string[]): Promise<{ reportId: string; suggestionId: string; status: string }[]>;
  /** For duty records: suggestions that came from this user's contributions. */
  countFromUser(userId: string, from: Date, to: Date): Promise<{ total: number; adopted: number }>;
}
export const SUGGESTION_PORT = 'xs:port:suggestions';

/** Outcomes provides it: scheduling's closing reminders ask it before reminding; it also concludes the session on the 'outcome.published' event. */
export interface OutcomeStatusPort {
  hasPublishedOutcome(sessionId: string): Promise<boolean>;
}
export const OUTCOME_STATUS_PORT = 'xs:port:outcome-status';

/** Outcomes provides it: the live room's consensus finder adopts statements into the outcome. */
export interface OutcomeConsensusPort {
  /**
   * Appends points to the outcome's consensus (a point already there is not added twice); the outcome becomes
   * a draft unless published. Throws 404 SESSION_NOT_FOUND, 409 SESSION_NOT_ENDED like writing an outcome.
   */
  adoptConsensus(input: {
    sessionId: string;
    points: string[];
    actorId: string;
  }): Promise<{ consensus: string[] }>;
}
export const OUTCOME_CONSENSUS_PORT = 'xs:port:outcome-consensus';

/** The consensus finder's figures for the 专报: anonymous points of the opinion map, each statement's votes. */
export interface ConsensusReport {
  points: { x: number; y: number; group: number }[];
  groups: number;
  voters: number;
  statements: { text: string; agree: number; disagree: number; pass: number; groupAgree: number[] }[];
}

/** A session's statements with their vote counts for the session export: aggregates only, no identities. */
export interface ConsensusStatementsExport {
  session: { id: string; title: string; regionCode: string };
  /** People who voted at least once; sizes of the opinion groups of the latest analysis. */
  voters: number;
  groupSizes: number[];
  statements: {
    text: string;
    status: 'published' | 'hidden';
    origin: string;
    createdAt: Date;
    agree: number;
    disagree: number;
    pass: number;
    /** Agree rate per opinion group (null where the statement took no part in the analysis). */
    groupAgree: (number | null)[];
  }[];
}

/** Live may provide this (optional): the 专报 draws the opinion map and the adopted statements' table. */
export interface ConsensusReportPort {
  /** Null when nobody voted in the session. */
  reportOf(sessionId: string): Promise<ConsensusReport | null>;
  /** Every statement shown to participants (held ones excluded) with its counts; null for an unknown session. */
  statementsOf(sessionId: string): Promise<ConsensusStatementsExport | null>;
}
export const CONSENSUS_REPORT_PORT = 'xs:port:consensus-report';

// ---------- domain events (DomainEvents.publish after commit) ----------
export interface SessionChangedEvent {
  type: 'session.changed' | 'session.published' | 'session.cancelled' | 'session.started' | 'session.ended';
  sessionId: string;
}
export interface RegistrationEvent {
  type: 'registration.confirmed' | 'registration.promoted' | 'registration.cancelled';
  sessionId: string;
  registrationId: string;
  userId: string | null;
}
export interface LiveAttendanceEvent {
  type: 'live.joined';
  sessionId: string;
  userId: string;
}
/** Outcomes: a session's outcome (summary, consensus, suggestions) was published. */
export interface OutcomePublishedEvent {
  type: 'outcome.published';
  sessionId: string;
  regionCode: string;
  suggestionIds: string[];
  /** When it was published (ISO): news for the participants only while it is recent. */
  publishedAt: string;
}

/**
 * Identity: a person was erased (by themselves or by an admin). Published inside identity's transaction,
 * delivered after it commits; each context that holds personal data about them removes or anonymises it,
 * keeping aggregate figures (attendance, ratings, support counts) meaningful. Handlers must be idempotent:
 * the daily erasure sweep delivers the event again (without the phone index) for recently erased accounts.
 */
export interface UserErasedEvent {
  type: 'user.erased';
  userId: string;
  /** Blind index of the account's verified phone, to reach rows entered by phone; null on a repeat. */
  phoneBidx: string | null;
}

/** Every domain event by its type: DomainEvents.on / publish are typed by this map. */
export interface DomainEventMap {
  'session.changed': SessionChangedEvent;
  'session.published': SessionChangedEvent;
  'session.cancelled': SessionChangedEvent;
  'session.started': SessionChangedEvent;
  'session.ended': SessionChangedEvent;
  'registration.confirmed': RegistrationEvent;
  'registration.promoted': RegistrationEvent;
  'registration.cancelled': RegistrationEvent;
  'live.joined': LiveAttendanceEvent;
  'outcome.published': OutcomePublishedEvent;
  'user.erased': UserErasedEvent;
}
export type DomainEventType = keyof DomainEventMap;
export type AnyDomainEvent = DomainEventMap[DomainEventType];
