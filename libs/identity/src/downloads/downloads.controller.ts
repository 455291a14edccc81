import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { API_PREFIX, APP_CONFIG } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { ANY_USER, CurrentUser, Roles } from '../access/decorators';
import type { Principal } from '../access/principal';
import { SIGNABLE_PATHS, SIGNED_LINK_SECONDS, signLink } from './signed-links';
import { Errors } from '../errors';

export class DownloadLinkDto {
  @ApiProperty({
    description: 'the download’s path after /api/v1 (a ticket, a material, an outcome file or report)',
    example: '/registrations/0b7c3f2e-5d1a-4c8e-9f00-1a2b3c4d5e6f/ticket.png',
  })
  @IsString()
  @Length(1, 300)
  path: string;
}

export class DownloadLinkResponse {
  @ApiProperty({
    description: 'relative URL the browser can open without a token',
    example: '/api/v1/…?sid=…',
  })
  url: string;
  @ApiProperty({ type: String, format: 'date-time' }) expiresAt: string;
}

/**
 * Signs a short-lived link to a download for the caller. The link opens with the caller's own rights,
 * checked when it is opened, so signing needs no access check of its own.
 */
@ApiTags('auth')
@Controller('downloads')
export class DownloadsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Roles(ANY_USER)
  @Post('links')
  @HttpCode(200)
  @ApiOkResponse({ type: DownloadLinkResponse })
  link(@CurrentUser() p: Principal, @Body() dto: DownloadLinkDto): DownloadLinkResponse {
    if (!SIGNABLE_PATHS.some((re) => re.test(dto.path))) throw Errors.badInput('NOT_SIGNABLE');
    const exp = Math.floor(Date.now() / 1000) + SIGNED_LINK_SECONDS;
    return {
      url: `/${API_PREFIX}${dto.path}?${signLink(this.config.tokenSecret, { path: dto.path, sid: p.sessionId, exp })}`,
      expiresAt: new Date(exp * 1000).toISOString(),
    };
  }
}
