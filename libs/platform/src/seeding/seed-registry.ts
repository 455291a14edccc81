import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A context's contribution to demo data. `order` runs lower first (identity 10, directory 20, …). */
export interface SeedContributor {
  name: string;
  order: number;
  run(): Promise<void>;
}

/**
 * Contexts register their seeders in onModuleInit; the server runs them once each at first start.
 * A seeder that finished is recorded in `seed_runs`, so restarts and replicas do not seed twice.
 */
@Injectable()
export class SeedRegistry {
  private readonly contributors: SeedContributor[] = [];
  private readonly logger = new Logger('seed');

  constructor(private readonly db: DataSource) {}

  register(contributor: SeedContributor): void {
    this.contributors.push(contributor);
  }

  async runAll(): Promise<string[]> {
    const ran: string[] = [];
    const sorted = [...this.contributors].sort((a, b) => a.order - b.order);
    for (const c of sorted) {
      // An advisory lock keeps two replicas starting together from seeding the same thing.
      const done = await this.db.transaction(async (m) => {
        await m.query(`SELECT pg_advisory_xact_lock(hashtext('xs-seed'))`);
        const rows: unknown[] = await m.query(`SELECT 1 FROM seed_runs WHERE name = $1`, [c.name]);
        if (rows.length) return false;
        const started = Date.now();
        await c.run();
        await m.query(`INSERT INTO seed_runs (name) VALUES ($1)`, [c.name]);
        this.logger.log({ msg: 'seeded', name: c.name, ms: Date.now() - started });
        return true;
      });
      if (done) ran.push(c.name);
    }
    return ran;
  }
}
