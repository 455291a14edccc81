import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SeedRunsRepository } from './seed-runs.repository';

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

  constructor(
    private readonly db: DataSource,
    private readonly runs: SeedRunsRepository,
  ) {}

  register(contributor: SeedContributor): void {
    this.contributors.push(contributor);
  }

  async runAll(): Promise<string[]> {
    const ran: string[] = [];
    const sorted = [...this.contributors].sort((a, b) => a.order - b.order);
    for (const c of sorted) {
      // An advisory lock keeps two replicas starting together from seeding the same thing.
      const done = await this.db.transaction(async (m) => {
        await this.runs.lock(m);
        if (await this.runs.hasRun(m, c.name)) return false;
        const started = Date.now();
        await c.run();
        await this.runs.record(m, c.name);
        this.logger.log({ msg: 'seeded', name: c.name, ms: Date.now() - started });
        return true;
      });
      if (done) ran.push(c.name);
    }
    return ran;
  }
}
