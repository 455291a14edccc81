import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { VOTES, type VoteValue } from './consensus.responses';

export class CreateStatementDto {
  @ApiPropertyOptional({
    maxLength: 140,
    description: 'the statement; or promote with messageId / questionId',
  })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  text?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'moderators: promote this chat message' })
  @IsOptional()
  @IsUUID()
  messageId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'moderators: promote this question' })
  @IsOptional()
  @IsUUID()
  questionId?: string;
}

export class VoteDto {
  @ApiProperty({ enum: VOTES })
  @IsIn(VOTES)
  vote: VoteValue;
}

export class ModerateStatementDto {
  @ApiProperty({ enum: ['published', 'hidden'] })
  @IsIn(['published', 'hidden'])
  status: 'published' | 'hidden';
}

export class AdoptConsensusDto {
  @ApiProperty({ type: String, format: 'uuid', isArray: true, minItems: 1, maxItems: 50 })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  statementIds: string[];
}
