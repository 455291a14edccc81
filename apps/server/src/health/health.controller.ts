import { Controller, Get, HttpStatus, Res, ServiceUnavailableException } from '@nestjs/common';
import {
  ApiExcludeEndpoint,
  ApiOkResponse,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { HealthCheckResult } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '@xs/identity';
import { DatabasePingRepository, ErrorBody, RedisConnection, ShutdownState } from '@xs/platform';

export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'degraded'] }) status: 'ok' | 'degraded';
  @ApiProperty({ enum: ['up', 'down'] }) db: 'up' | 'down';
  @ApiProperty({ enum: ['up', 'down', 'absent'], description: 'absent: no REDIS_URL (one replica)' })
  redis: 'up' | 'down' | 'absent';
}

/** What @nestjs/terminus answers: each indicator by name, with `status` up or down. */
export interface ProbeResponse {
  status: 'ok' | 'error' | 'shutting_down' | 'degraded';
  info?: Record<string, unknown>;
  error?: Record<string, unknown>;
  details: Record<string, unknown>;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: DatabasePingRepository,
    private readonly redis: RedisConnection,
    private readonly checks: HealthCheckService,
    private readonly typeorm: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly shutdown: ShutdownState,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: HealthResponse })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'The database or Redis is down' })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const db = await this.database.ping();
    const redis = await this.redis.ping();
    const ok = db === 'up' && redis !== 'down';
    if (!ok) res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ok ? 'ok' : 'degraded', db, redis };
  }

  /** Liveness (GET /health/live): the process answers. Never depends on the database, so an outage restarts nothing. */
  @Public()
  @Get('live')
  @ApiExcludeEndpoint() // at the server root, outside the API's base URL: see docs/deploy.md
  live(): Promise<ProbeResponse> {
    return this.checks.check([
      () => this.indicators.check('process').up({ pid: process.pid, uptime: Math.round(process.uptime()) }),
    ]);
  }

  /**
   * Readiness (GET /health/ready): the database answers and shutdown has not started. From SIGTERM on
   * it is 503, so the proxy stops sending before the server closes. Redis away: 200 `degraded`.
   */
  @Public()
  @Get('ready')
  @ApiExcludeEndpoint()
  async ready(@Res({ passthrough: true }) res: Response): Promise<ProbeResponse | ErrorBody> {
    // Refusals are the API's one error shape, with terminus's per-indicator answer in `details`.
    const refuse = (code: string, message: string, details: Record<string, unknown>): ErrorBody => {
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { statusCode: 503, error: 'Service Unavailable', message, code, details };
    };
    if (this.shutdown.draining) {
      return refuse('SHUTTING_DOWN', '正在停止，不再接收新请求', { since: this.shutdown.since });
    }
    try {
      const result = await this.checks.check([() => this.typeorm.pingCheck('database', { timeout: 3000 })]);
      const state = await this.redis.ping();
      const redis = { status: state === 'down' ? 'down' : 'up', state };
      if (state !== 'down')
        return { ...result, info: { ...result.info, redis }, details: { ...result.details, redis } };
      // Without Redis this replica still serves (its own live rooms, limits in memory): it stays in the
      // pool, and says it is degraded. Failing here would take every replica out at once.
      return {
        status: 'degraded',
        info: result.info,
        error: { redis },
        details: { ...result.details, redis },
      };
    } catch (e) {
      if (!(e instanceof ServiceUnavailableException)) throw e;
      const result = e.getResponse() as HealthCheckResult;
      return refuse('NOT_READY', '依赖的服务不可用', { ...result.details });
    }
  }
}
