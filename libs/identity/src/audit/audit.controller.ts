import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PageOf, PageQuery, pageOffset, type Page, IsTimestamp } from '@xs/platform';
import { Roles } from '../access/decorators';
import { AuditEntryResponse, AuditVerifyResponse } from './audit.responses';
import { AuditService } from './audit.service';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() actorId?: string;
  @ApiPropertyOptional({ description: 'prefix, e.g. auth.login' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  action?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 60) targetType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) targetId?: string;
  @ApiPropertyOptional({
    description:
      'a kind: ok, error (a staff write the API refused, with its status: error:403), failed (failed:bad_password) or refused (refused:rate_limited), matching every result of that kind; or one result exactly (ok:201, failed:bad_password)',
    example: 'failed',
  })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  result?: string;
  @ApiPropertyOptional() @IsOptional() @IsTimestamp() from?: Date;
  @ApiPropertyOptional() @IsOptional() @IsTimestamp() to?: Date;
}

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Roles('admin')
  @Get()
  @ApiOkResponse({ type: PageOf(AuditEntryResponse) })
  list(@Query() q: AuditQuery): Promise<Page<AuditEntryResponse>> {
    return this.audit.list({ ...q, offset: pageOffset(q), limit: q.pageSize });
  }

  /** Recomputes the hash chain: `{ ok, checked, brokenAt? }`. */
  @Roles('admin')
  @Get('verify')
  @ApiOkResponse({ type: AuditVerifyResponse })
  verify(): Promise<AuditVerifyResponse> {
    return this.audit.verify();
  }
}
