import { ApiProperty } from '@nestjs/swagger';
import { PublicFollowUpResponse } from '../follow-up/follow-up.responses';
import { RatingCountsResponse } from '../outcomes/outcomes.responses';

export class ParticipantsResponse {
  @ApiProperty({ type: 'integer' }) onsite: number;
  @ApiProperty({ type: 'integer' }) onlineUnique: number;
  @ApiProperty({ type: 'integer' }) onlinePeak: number;
}

export class SuggestionCountsResponse {
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) assigned: number;
  @ApiProperty({ type: 'integer' }) replied: number;
  @ApiProperty({ type: 'integer' }) completed: number;
  @ApiProperty({ type: 'integer' }) adopted: number;
}

export class RatingTotalsResponse extends RatingCountsResponse {
  @ApiProperty({ type: 'integer' }) total: number;
}

/** Rates are 0–1 with the denominators of libs/outcomes/README.md; null when the denominator is 0. */
export class RatesResponse {
  @ApiProperty({ type: Number, nullable: true }) reply: number | null;
  @ApiProperty({ type: Number, nullable: true }) completion: number | null;
  @ApiProperty({ type: Number, nullable: true }) adoption: number | null;
  @ApiProperty({ type: Number, nullable: true }) satisfaction: number | null;
}

export class StatsFiguresResponse {
  @ApiProperty({ type: 'integer' }) sessions: number;
  @ApiProperty({ type: () => ParticipantsResponse }) participants: ParticipantsResponse;
  @ApiProperty({ type: () => SuggestionCountsResponse }) suggestions: SuggestionCountsResponse;
  @ApiProperty({ type: () => RatingTotalsResponse }) ratings: RatingTotalsResponse;
  @ApiProperty({ type: () => RatesResponse }) rates: RatesResponse;
}

export class RegionStatsResponse extends StatsFiguresResponse {
  @ApiProperty({ example: '530102' }) regionCode: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
}

export class MonthStatsResponse extends StatsFiguresResponse {
  @ApiProperty({ example: '2026-03', description: 'month of the session start, Beijing time' }) month: string;
}

export class StatsResponse extends StatsFiguresResponse {
  @ApiProperty({ example: '530100' }) region: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) from: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) to: string | null;
  @ApiProperty({ type: () => RegionStatsResponse, isArray: true, description: 'one per child region' })
  byRegion: RegionStatsResponse[];
  @ApiProperty({
    type: () => MonthStatsResponse,
    isArray: true,
    description: 'one per month with data in the period, oldest first',
  })
  byMonth: MonthStatsResponse[];
}

export class PublicDepartmentResponse {
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['lead', 'co'], enumName: 'DepartmentRole' }) role: 'lead' | 'co';
}

export class PublicReplyResponse {
  @ApiProperty({ type: String, nullable: true }) grade: string | null;
  @ApiProperty({ type: String, nullable: true }) content: string | null;
  @ApiProperty({ type: Boolean, nullable: true }) adopted: boolean | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) repliedAt: string | null;
}

export class PublicSuggestionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() content: string;
  @ApiProperty({ enum: ['assigned', 'replied', 'completed', 'rejected'] }) status: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt: string | null;
  @ApiProperty({ type: () => PublicDepartmentResponse, isArray: true })
  departments: PublicDepartmentResponse[];
  @ApiProperty({ type: () => PublicReplyResponse, nullable: true, description: 'once replied' })
  reply: PublicReplyResponse | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: string | null;
  @ApiProperty({ type: () => RatingCountsResponse }) ratings: RatingCountsResponse;
  @ApiProperty({
    type: () => PublicFollowUpResponse,
    nullable: true,
    description: '回头看, once reviewed: 落实情况 and the second rating round',
  })
  followUp: PublicFollowUpResponse | null;
}

export class PublicAttendanceResponse {
  @ApiProperty({ type: 'integer' }) onsite: number;
  @ApiProperty({ type: 'integer' }) onlineUnique: number;
  @ApiProperty({ type: 'integer' }) onlinePeak: number;
}

/** 晒一晒: a published outcome, without personal data. */
export class PublicOutcomeResponse {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: '530102' }) regionCode: string;
  @ApiProperty({ type: String, format: 'date-time' }) heldAt: Date | string;
  @ApiProperty({ type: String, format: 'date-time' }) publishedAt: Date | string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: String, isArray: true }) consensus: string[];
  @ApiProperty({ type: () => PublicAttendanceResponse }) attendance: PublicAttendanceResponse;
  @ApiProperty({ type: () => PublicSuggestionResponse, isArray: true })
  suggestions: PublicSuggestionResponse[];
}

/** 晒一晒's figures over every published outcome of the region asked for (not only this page). */
export class PublicOutcomesSummaryResponse {
  @ApiProperty({ type: 'integer', description: 'published outcomes (协商会议)' }) sessions: number;
  @ApiProperty({ type: 'integer', description: 'on-site attendances plus online participants' })
  people: number;
  @ApiProperty({ type: 'integer', description: 'suggestions shown (all but drafts)' }) suggestions: number;
  @ApiProperty({ type: 'integer' }) assigned: number;
  @ApiProperty({ type: 'integer' }) replied: number;
  @ApiProperty({ type: 'integer' }) completed: number;
  @ApiProperty({ type: 'integer', description: 'replied or completed, and adopted' }) adopted: number;
  @ApiProperty({ type: 'integer' }) satisfied: number;
  @ApiProperty({ type: 'integer' }) basicallySatisfied: number;
  @ApiProperty({ type: 'integer' }) unsatisfied: number;
}

/** A page of 晒一晒 with the figures of the whole. */
export class PublicOutcomesPageResponse {
  @ApiProperty({ type: () => PublicOutcomeResponse, isArray: true }) items: PublicOutcomeResponse[];
  @ApiProperty({ type: 'integer', description: 'All matching items, not just this page' }) total: number;
  @ApiProperty({ type: () => PublicOutcomesSummaryResponse }) summary: PublicOutcomesSummaryResponse;
}
