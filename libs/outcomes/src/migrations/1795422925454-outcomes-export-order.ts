import { MigrationInterface, QueryRunner } from 'typeorm';

/** Keyset order of exports (session start, id) without sorting the whole region on every page. */
export class OutcomesExportOrder1795422925454 implements MigrationInterface {
  name = 'OutcomesExportOrder1795422925454';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_suggestions_start_id" ON "suggestions" ("session_starts_at", "id") `);
    await q.query(
      `CREATE INDEX "IDX_session_outcomes_start_id" ON "session_outcomes" ("session_starts_at", "session_id") `,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_session_outcomes_start_id"`);
    await q.query(`DROP INDEX "public"."IDX_suggestions_start_id"`);
  }
}
