/**
 * Response shapes the OpenAPI document does not declare yet (used with `okAs`). Each one goes as soon as
 * its route declares its response: the generated `Schemas[...]` type replaces it.
 */
import type { AgendaItem, SessionFormat, SessionStatus } from '@contracts';

export type { AgendaItem, SessionFormat, SessionStatus };

export type WorkstationKind =
  | 'member_studio'
  | 'member_station'
  | 'consultation_room'
  | 'member_post'
  | 'member_home'
  | 'unity_parlor'
  | 'forum_square'
  | 'courtyard'
  | 'other';
export const WORKSTATION_KINDS: WorkstationKind[] = [
  'member_studio',
  'member_station',
  'consultation_room',
  'member_post',
  'member_home',
  'unity_parlor',
  'forum_square',
  'courtyard',
  'other',
];

export interface Workstation {
  id: string;
  name: string;
  kind: WorkstationKind;
  regionCode: string;
  regionName?: string | null;
  address: string;
  sector?: string | null;
  /** A structured schedule; residents see `openNow`. */
  openingHours?: unknown;
  openNow?: boolean | null;
  memberCount?: number;
  capacity?: number | null;
  contactPhone?: string | null;
  location?: { lat: number; lng: number; crs: string } | null;
  distanceKm?: number;
}

export interface Region {
  code: string;
  name: string;
  level: string;
  parentCode?: string | null;
}

export interface Department {
  id: string;
  name: string;
  regionCode: string;
}

export interface Material {
  id: string;
  filename: string;
  contentType?: string;
  size?: number;
  /** Download path under /api/v1 (public materials need no login). */
  url: string;
}

export interface Session {
  id: string;
  title: string;
  topicId?: string | null;
  workstationId: string;
  place?: { name: string; address: string; location?: { lat: number; lng: number } | null } | null;
  regionCode?: string;
  startsAt: string;
  endsAt: string;
  status: SessionStatus;
  format: SessionFormat;
  capacity: number;
  reservedSeats?: number;
  seriesId?: string | null;
  sequence?: number;
  registrationOpensAt?: string | null;
  registrationClosesAt?: string | null;
  streamUrl?: string | null;
  agenda?: AgendaItem[];
  onlineAccess?: 'signed_in' | 'registered';
  allowAnonymousViewing?: boolean;
  moderation?: 'post' | 'pre';
  description?: string | null;
  materials?: Material[];
  counts?: { confirmed?: number; waitlisted?: number; checkedIn?: number };
  cancelReason?: string | null;
}

export interface SessionInput {
  title: string;
  workstationId: string;
  startsAt: string;
  endsAt: string;
  format: SessionFormat;
  capacity: number;
  registrationOpensAt?: string;
  registrationClosesAt?: string;
  streamUrl?: string;
  agenda?: AgendaItem[];
  onlineAccess?: 'signed_in' | 'registered';
  allowAnonymousViewing?: boolean;
  moderation?: 'post' | 'pre';
}

export interface RegistrationInput {
  name: string;
  /** Residents omit it (their verified login phone is used); staff give the registrant's. */
  phone?: string;
  community?: string;
  consent: true;
  /** The version of the privacy notice that was shown. */
  privacyNoticeVersion?: string;
}

export interface RegistrationResult {
  id: string;
  status: 'confirmed' | 'waitlisted';
  position?: number | null;
  ticket?: { code: string } | null;
}

export interface Registration {
  id: string;
  sessionId: string;
  session?: Partial<Session> | null;
  sessionTitle?: string | null;
  startsAt?: string | null;
  name?: string;
  phone?: string;
  community?: string | null;
  status: 'confirmed' | 'waitlisted' | 'cancelled' | string;
  position?: number | null;
  ticket?: { code: string } | null;
  ticketCode?: string | null;
  checkedInAt?: string | null;
  createdAt?: string;
}

export type SuggestionStatus = 'draft' | 'assigned' | 'replied' | 'completed' | 'rejected';
export interface Suggestion {
  id: string;
  sessionId: string;
  content: string;
  status: SuggestionStatus;
  departmentIds?: string[];
  departments?: { id: string; name: string }[];
  dueAt?: string | null;
  reply?: { grade: 'A' | 'B' | 'C'; content: string; adopted: boolean; repliedAt?: string } | null;
  replies?: { grade: 'A' | 'B' | 'C'; content: string; adopted: boolean; departmentName?: string }[];
  overdue?: boolean;
}

export interface Outcome {
  sessionId: string;
  summary: string;
  consensus: string[];
  publishedAt?: string | null;
}

export interface PublicOutcome {
  sessionId: string;
  title?: string;
  sessionTitle?: string;
  regionCode?: string;
  regionName?: string | null;
  workstationName?: string | null;
  startsAt?: string;
  heldAt?: string;
  summary: string;
  consensus: string[];
  publishedAt?: string | null;
  attendance?: { onsite?: number; onlineUnique?: number; onlinePeak?: number };
  suggestions?: {
    id?: string;
    content: string;
    status: SuggestionStatus;
    departments?: (string | { name: string })[];
    reply?: { grade?: string; content?: string; adopted?: boolean } | null;
    replies?: { grade?: string; content?: string; adopted?: boolean; departmentName?: string }[];
    /** How residents and members rated the handling (满意 / 基本满意 / 不满意). */
    ratings?: { satisfied: number; basicallySatisfied: number; unsatisfied: number } | null;
  }[];
}

export interface Stats {
  sessions: number;
  participants: { onsite: number; onlineUnique: number; onlinePeak: number };
  suggestions: { total: number; assigned: number; replied: number; completed: number; adopted: number };
  rates: {
    reply: number | null;
    completion: number | null;
    adoption: number | null;
    satisfaction: number | null;
  };
  byRegion?: (Omit<Stats, 'byRegion'> & { regionCode: string; name: string | null })[];
}
