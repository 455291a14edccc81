import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlatformJobRuns1795430000000 implements MigrationInterface {
  name = 'PlatformJobRuns1795430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "job_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "job" character varying(60) NOT NULL, "slot" TIMESTAMP WITH TIME ZONE NOT NULL, "replica" character varying(100) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'running', "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "result" jsonb, "error" character varying(500), CONSTRAINT "PK_job_runs" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_job_runs_slot" ON "job_runs" ("job", "slot") `);
    await q.query(`CREATE INDEX "IDX_job_runs_job_started" ON "job_runs" ("job", "started_at") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_job_runs_job_started"`);
    await q.query(`DROP INDEX "public"."UQ_job_runs_slot"`);
    await q.query(`DROP TABLE "job_runs"`);
  }
}
