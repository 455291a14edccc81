import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlatformBase1795400000000 implements MigrationInterface {
  name = 'PlatformBase1795400000000';

  async up(q: QueryRunner): Promise<void> {
    // pg_trgm: similarity search on normalised text; btree_gist: exclusion constraints mixing = and &&.
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(
      `CREATE TABLE "seed_runs" ("name" character varying(100) NOT NULL, "ran_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_seed_runs" PRIMARY KEY ("name"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "seed_runs"`);
  }
}
