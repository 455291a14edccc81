import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Whether PostgreSQL answers a query now (the health endpoint's `db`). */
@Injectable()
export class DatabasePingRepository {
  constructor(private readonly db: DataSource) {}

  ping(): Promise<'up' | 'down'> {
    return this.db.query('SELECT 1').then(
      () => 'up' as const,
      () => 'down' as const,
    );
  }
}
