import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Which demo-data contributors have run (one row each), behind a cluster-wide lock. */
@Injectable()
export class SeedRunsRepository {
  /** Held until the transaction ends: replicas starting together seed one after another. */
  async lock(m: EntityManager): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('xs-seed'))`);
  }

  async hasRun(m: EntityManager, name: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM seed_runs WHERE name = $1`, [name]);
    return rows.length > 0;
  }

  async record(m: EntityManager, name: string): Promise<void> {
    await m.query(`INSERT INTO seed_runs (name) VALUES ($1)`, [name]);
  }
}
