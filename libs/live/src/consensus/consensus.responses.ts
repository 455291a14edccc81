import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const STATEMENT_STATUSES = ['published', 'held', 'hidden'] as const;
export const STATEMENT_ORIGINS = ['moderator', 'participant', 'message', 'question'] as const;
export const VOTES = ['agree', 'disagree', 'pass'] as const;
export type VoteValue = (typeof VOTES)[number];

export class StatementCreated {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: STATEMENT_STATUSES, description: 'held: waits for a moderator (like chat)' })
  status: string;
}

export class StatementVoteCounts {
  @ApiProperty({ type: 'integer' }) agree: number;
  @ApiProperty({ type: 'integer' }) disagree: number;
  @ApiProperty({ type: 'integer' }) pass: number;
}

export class ConsensusStatementView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ maxLength: 140 }) text: string;
  @ApiProperty({ enum: STATEMENT_STATUSES }) status: string;
  @ApiProperty({ enum: STATEMENT_ORIGINS }) origin: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: () => StatementVoteCounts }) votes: StatementVoteCounts;
  @ApiProperty({
    enum: VOTES,
    enumName: 'ConsensusVote',
    nullable: true,
    description: "the caller's own vote",
  })
  myVote: VoteValue | null;
}

export class ConsensusStatementList {
  @ApiProperty({ type: () => ConsensusStatementView, isArray: true }) items: ConsensusStatementView[];
}

export class VoteRecorded {
  @ApiProperty({ format: 'uuid' }) statementId: string;
  @ApiProperty({ enum: VOTES }) vote: VoteValue;
}

export class StatementModerated {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: STATEMENT_STATUSES }) status: string;
}

export class OpinionGroupView {
  @ApiProperty({ type: 'integer' }) id: number;
  @ApiProperty({ type: 'integer' }) size: number;
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'statements that set it apart' })
  representative: string[];
}

export class ConsensusStatementFigures {
  @ApiProperty({ format: 'uuid' }) statementId: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: 'integer' }) agree: number;
  @ApiProperty({ type: 'integer' }) disagree: number;
  @ApiProperty({ type: 'integer' }) pass: number;
  @ApiProperty({ type: Number, isArray: true, description: 'agree rate (0–1) per group, in group order' })
  groupAgree: number[];
}

export class DivisiveStatementFigures extends ConsensusStatementFigures {
  @ApiProperty({ description: "distance between the groups' highest and lowest smoothed agree rate" })
  spread: number;
}

export class OpinionPoint {
  @ApiProperty() x: number;
  @ApiProperty() y: number;
  @ApiProperty({ type: 'integer', description: 'group id' }) group: number;
}

export class ConsensusView {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({
    type: 'integer',
    description: 'analysis number; grows with each recomputation (0: none yet)',
  })
  version: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) computedAt: string | null;
  @ApiProperty({ type: 'integer', description: 'people on the opinion map (enough votes to be grouped)' })
  participants: number;
  @ApiProperty({ type: 'integer', description: 'people with at least one vote' }) voters: number;
  @ApiProperty({ type: () => OpinionGroupView, isArray: true }) groups: OpinionGroupView[];
  @ApiProperty({
    type: () => ConsensusStatementFigures,
    isArray: true,
    description: 'group-informed consensus: a majority agrees in every group, best first',
  })
  consensus: ConsensusStatementFigures[];
  @ApiProperty({ type: () => DivisiveStatementFigures, isArray: true }) divisive: DivisiveStatementFigures[];
  @ApiPropertyOptional({
    type: () => OpinionPoint,
    isArray: true,
    description: 'moderators only: the opinion map, one anonymous point per grouped participant',
  })
  points?: OpinionPoint[];
  @ApiProperty({ type: () => OpinionPoint, nullable: true, description: "the caller's own place on the map" })
  me: OpinionPoint | null;
}

export class ConsensusAdopted {
  @ApiProperty({ type: String, isArray: true, description: "the outcome's consensus points after adoption" })
  consensus: string[];
}
