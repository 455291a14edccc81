import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutcomesSuggestionCounts1795425764575 implements MigrationInterface {
  name = 'OutcomesSuggestionCounts1795425764575';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "session_suggestion_counts" ("session_id" uuid NOT NULL, "region_code" character varying(12) NOT NULL, "session_starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "total" integer NOT NULL DEFAULT '0', "assigned" integer NOT NULL DEFAULT '0', "replied" integer NOT NULL DEFAULT '0', "completed" integer NOT NULL DEFAULT '0', "adopted" integer NOT NULL DEFAULT '0', "satisfied" integer NOT NULL DEFAULT '0', "basically" integer NOT NULL DEFAULT '0', "unsatisfied" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_session_suggestion_counts" PRIMARY KEY ("session_id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_session_suggestion_counts_region_start" ON "session_suggestion_counts"  ("region_code", "session_starts_at") `,
    );
    // Every change of a suggestion moves its contribution from the old to the new figures, in the same transaction.
    await q.query(`CREATE FUNCTION session_suggestion_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
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
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
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
      END $$`);
    await q.query(`CREATE TRIGGER suggestions_counts AFTER INSERT OR DELETE OR UPDATE OF status, reply_adopted,
        rated_satisfied, rated_basically, rated_unsatisfied, session_id, region_code, session_starts_at
        ON suggestions FOR EACH ROW EXECUTE FUNCTION session_suggestion_counts_apply()`);
    await q.query(`INSERT INTO session_suggestion_counts (session_id, region_code, session_starts_at, total, assigned,
        replied, completed, adopted, satisfied, basically, unsatisfied)
      SELECT session_id, max(region_code), max(session_starts_at), count(*),
             count(*) FILTER (WHERE status IN ('assigned', 'replied', 'completed')),
             count(*) FILTER (WHERE status IN ('replied', 'completed')), count(*) FILTER (WHERE status = 'completed'),
             count(*) FILTER (WHERE status IN ('replied', 'completed') AND reply_adopted),
             sum(rated_satisfied), sum(rated_basically), sum(rated_unsatisfied)
        FROM suggestions GROUP BY session_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER suggestions_counts ON suggestions`);
    await q.query(`DROP FUNCTION session_suggestion_counts_apply()`);
    await q.query(`DROP INDEX "public"."IDX_session_suggestion_counts_region_start"`);
    await q.query(`DROP TABLE "session_suggestion_counts"`);
  }
}
