import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '@xs/identity';
import { RedisConnection } from '@xs/platform';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: DataSource,
    private readonly redis: RedisConnection,
  ) {}

  @Public()
  @Get()
  async health(@Res({ passthrough: true }) res: Response) {
    const db = await this.db.query('SELECT 1').then(
      () => 'up' as const,
      () => 'down' as const,
    );
    const redis = await this.redis.ping();
    const ok = db === 'up' && redis !== 'down';
    if (!ok) res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ok ? 'ok' : 'degraded', db, redis };
  }
}
