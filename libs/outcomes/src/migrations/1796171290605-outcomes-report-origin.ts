import { MigrationInterface, QueryRunner } from 'typeorm';

/** The trigger function of 1795425764575, with `guard` added to each half (null session: nothing to count). */
const countsFunction = (oldGuard: string, newGuard: string) => `
  CREATE OR REPLACE FUNCTION session_suggestion_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE')${oldGuard} THEN
      UPDATE session_suggestion_counts SET
        total = total - 1,
        assigned = assigned - (OLD.status IN ('assigned', 'replied', 'completed'))::int,
        replied = replied - (OLD.status IN ('replied', 'completed'))::int,
        completed = completed - (OLD.status = 'completed')::int,
        adopted = adopted - (OLD.status IN ('replied', 'completed') AND coalesce(OLD.reply_adopted, false))::int,
        satisfied = satisfied - OLD.rated_satisfied,
        basically = basically - OLD.rated_basically,
        unsatisfied = unsatisfied - OLD.rated_unsatisfied
      WHERE session_id = OLD.session_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE')${newGuard} THEN
      INSERT INTO session_suggestion_counts AS c (session_id, region_code, session_starts_at, total, assigned, replied,
          completed, adopted, satisfied, basically, unsatisfied)
      VALUES (NEW.session_id, NEW.region_code, NEW.session_starts_at, 1,
          (NEW.status IN ('assigned', 'replied', 'completed'))::int, (NEW.status IN ('replied', 'completed'))::int,
          (NEW.status = 'completed')::int,
          (NEW.status IN ('replied', 'completed') AND coalesce(NEW.reply_adopted, false))::int,
          NEW.rated_satisfied, NEW.rated_basically, NEW.rated_unsatisfied)
      ON CONFLICT (session_id) DO UPDATE SET
        region_code = EXCLUDED.region_code, session_starts_at = EXCLUDED.session_starts_at,
        total = c.total + 1, assigned = c.assigned + EXCLUDED.assigned, replied = c.replied + EXCLUDED.replied,
        completed = c.completed + EXCLUDED.completed, adopted = c.adopted + EXCLUDED.adopted,
        satisfied = c.satisfied + EXCLUDED.satisfied, basically = c.basically + EXCLUDED.basically,
        unsatisfied = c.unsatisfied + EXCLUDED.unsatisfied;
    END IF;
    RETURN NULL;
  END $$`;

/**
 * Suggestions may come from a 社情民意 report (origin `report`, no session). Per-session figures (GET /stats)
 * count consultation suggestions only: the trigger skips rows without a session; reports count in
 * GET /stats/opinion. Reply files of such suggestions have no session either.
 */
export class OutcomesReportOrigin1796171290605 implements MigrationInterface {
  name = 'OutcomesReportOrigin1796171290605';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "suggestions" ADD "origin" character varying(16) NOT NULL DEFAULT 'session'`);
    await q.query(`ALTER TABLE "suggestions" ADD "report_id" uuid`);
    await q.query(`ALTER TABLE "outcome_files" ALTER COLUMN "session_id" DROP NOT NULL`);
    await q.query(`ALTER TABLE "suggestions" ALTER COLUMN "session_id" DROP NOT NULL`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_suggestions_report" ON "suggestions"  ("report_id") WHERE report_id IS NOT NULL`,
    );
    await q.query(
      `ALTER TABLE "suggestions" ADD CONSTRAINT "CHK_suggestions_origin" CHECK ((origin = 'session' AND session_id IS NOT NULL AND report_id IS NULL) OR (origin = 'report' AND report_id IS NOT NULL AND session_id IS NULL))`,
    );
    await q.query(countsFunction(' AND OLD.session_id IS NOT NULL', ' AND NEW.session_id IS NOT NULL'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "suggestions" WHERE origin = 'report'`);
    await q.query(`DELETE FROM "outcome_files" WHERE session_id IS NULL`);
    await q.query(countsFunction('', ''));
    await q.query(`ALTER TABLE "suggestions" DROP CONSTRAINT "CHK_suggestions_origin"`);
    await q.query(`DROP INDEX "public"."UQ_suggestions_report"`);
    await q.query(`ALTER TABLE "suggestions" ALTER COLUMN "session_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "outcome_files" ALTER COLUMN "session_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "suggestions" DROP COLUMN "report_id"`);
    await q.query(`ALTER TABLE "suggestions" DROP COLUMN "origin"`);
  }
}
