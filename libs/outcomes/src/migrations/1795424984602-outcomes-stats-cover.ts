import { MigrationInterface, QueryRunner } from 'typeorm';

/** GET /stats reads only these columns: index-only scans instead of reading the wide suggestion rows. */
export class OutcomesStatsCover1795424984602 implements MigrationInterface {
  name = 'OutcomesStatsCover1795424984602';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "IDX_suggestions_stats_cover" ON "suggestions" ("region_code", "session_starts_at")
         INCLUDE ("status", "reply_adopted", "rated_satisfied", "rated_basically", "rated_unsatisfied")`,
    );
    await q.query(
      `CREATE INDEX "IDX_session_outcomes_stats_cover" ON "session_outcomes" ("region_code", "session_starts_at")
         INCLUDE ("onsite_count", "online_unique", "online_peak")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_session_outcomes_stats_cover"`);
    await q.query(`DROP INDEX "public"."IDX_suggestions_stats_cover"`);
  }
}
