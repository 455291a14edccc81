import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { DAY_RE, describedPattern, PageQuery, REGION_CODE_RE } from '@xs/platform';

const TIME = describedPattern(
  /^([01]\d|2[0-3]):[0-5]\d$/,
  '应为时刻（HH:mm，如 09:00）',
  'must be a time of day (HH:mm, e.g. 09:00)',
);

export class CreateDutyRuleDto {
  @ApiProperty() @IsUUID() memberId: string;
  @ApiProperty({
    example: 'FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=22',
    description: 'RFC 5545 RRULE over days, or a preset: even-months-22, weekdays',
  })
  @IsString()
  @Length(1, 300)
  rrule: string;
  @ApiProperty({ example: '2026-01-01' }) @Matches(DAY_RE) startsOn: string;
  @ApiPropertyOptional({ example: '2026-12-31' }) @IsOptional() @Matches(DAY_RE) until?: string;
  @ApiProperty({ example: '09:00' }) @Matches(TIME) startTime: string;
  @ApiProperty({ example: '12:00' }) @Matches(TIME) endTime: string;
  @ApiPropertyOptional({ example: '委员走访日' }) @IsOptional() @IsString() @Length(1, 200) note?: string;
}

export class RosterQuery extends PageQuery {
  @ApiProperty({ example: '2026-01-01' }) @Matches(DAY_RE) from: string;
  @ApiProperty({ example: '2026-12-31' }) @Matches(DAY_RE) to: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(REGION_CODE_RE) region?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() workstation?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() member?: string;
}

export interface DutyRuleView {
  id: string;
  workstationId: string;
  memberId: string;
  memberName: string;
  rrule: string;
  startsOn: string;
  until: string | null;
  startTime: string;
  endTime: string;
  note: string | null;
  createdAt: string;
}

export interface DutyOccurrence {
  date: string;
  startTime: string;
  endTime: string;
  /** ISO instants in the configured time zone (Asia/Shanghai by default). */
  startsAt: string;
  endsAt: string;
  workstation: { id: string; name: string; regionCode: string; address: string };
  member: { id: string; name: string; sector: string | null };
  ruleId: string;
  note: string | null;
}
