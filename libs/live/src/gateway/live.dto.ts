import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { describedPattern } from '@xs/platform';

// Socket payloads (docs/socket.md; their types are LiveClientEvents in @xs/contracts). The gateway validates each with whitelist + forbidNonWhitelisted.
const CLIENT_ID = describedPattern(
  /^[A-Za-z0-9_.:-]{1,64}$/,
  '应为 1–64 个字母、数字或 _.:-',
  'must be 1 to 64 letters, digits or _.:-',
);

export class SessionRef {
  @IsUUID()
  sessionId: string;
}

export class RoomJoinDto extends SessionRef {
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  lastSeq?: number;
}

export class ChatSendDto extends SessionRef {
  @IsString()
  @Matches(CLIENT_ID)
  clientMsgId: string;

  // Characters are counted by the service (≤ 300); this bounds the raw string first.
  @IsString()
  @MinLength(1)
  @MaxLength(1200)
  text: string;
}

export class QuestionAskDto extends ChatSendDto {}

export class QuestionRef {
  @IsUUID()
  questionId: string;
}

export class QuestionAnswerDto extends QuestionRef {
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  answer?: string;
}

export class HandRaiseDto extends SessionRef {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  note?: string;
}

export class HandRef {
  @IsUUID()
  handId: string;
}

export class HandGrantDto extends HandRef {
  @IsInt()
  @Min(10)
  @Max(3600)
  seconds: number;
}

export class PollVoteDto {
  @IsUUID()
  pollId: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(10, { each: true })
  optionIds: string[];
}

export class PollRef {
  @IsUUID()
  pollId: string;
}

export class PollOpenDto extends SessionRef {
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  question: string;

  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  options: string[];

  @IsOptional()
  @IsBoolean()
  multi?: boolean;
}

export class ReactionLikeDto extends SessionRef {
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  count?: number;
}

export class ModMessageDto {
  @IsOptional()
  @IsUUID()
  messageId?: string;

  /** Held or visible questions are moderated with the same events. */
  @IsOptional()
  @IsUUID()
  questionId?: string;
}

export class ModMuteDto extends SessionRef {
  @IsUUID()
  userId: string;

  @IsInt()
  @Min(1)
  @Max(43200)
  minutes: number;
}

export class ModBanDto extends SessionRef {
  @IsUUID()
  userId: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(525600)
  minutes?: number;
}

export class ModPinDto extends SessionRef {
  @IsString()
  @MaxLength(300)
  text: string;
}

export class ModSlowModeDto extends SessionRef {
  @IsInt()
  @Min(0)
  @Max(3600)
  seconds: number;
}

export class ModSegmentDto extends SessionRef {
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  index?: number;
}

export class RoomStatusDto extends SessionRef {
  @IsIn(['live', 'paused', 'ended'])
  status: 'live' | 'paused' | 'ended';
}

export class SuggestionPromoteDto extends SessionRef {
  @IsOptional()
  @IsUUID()
  messageId?: string;

  @IsOptional()
  @IsUUID()
  questionId?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  departmentIds?: string[];
}

export class AuthRefreshDto {
  @IsString()
  @MaxLength(4096)
  token: string;
}

export class StatementVoteDto {
  @IsUUID()
  statementId: string;

  @IsIn(['agree', 'disagree', 'pass'])
  vote: 'agree' | 'disagree' | 'pass';
}
