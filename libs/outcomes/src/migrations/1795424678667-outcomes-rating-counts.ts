import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutcomesRatingCounts1795424678667 implements MigrationInterface {
  name = 'OutcomesRatingCounts1795424678667';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "suggestions" ADD "rated_satisfied" integer NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "suggestions" ADD "rated_basically" integer NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "suggestions" ADD "rated_unsatisfied" integer NOT NULL DEFAULT '0'`);
    // Ratings given before the counters existed.
    await q.query(`UPDATE suggestions s SET
        rated_satisfied = (SELECT count(*) FROM suggestion_ratings r WHERE r.suggestion_id = s.id AND r.rating = 'satisfied'),
        rated_basically = (SELECT count(*) FROM suggestion_ratings r WHERE r.suggestion_id = s.id AND r.rating = 'basically_satisfied'),
        rated_unsatisfied = (SELECT count(*) FROM suggestion_ratings r WHERE r.suggestion_id = s.id AND r.rating = 'unsatisfied')
      WHERE EXISTS (SELECT 1 FROM suggestion_ratings r WHERE r.suggestion_id = s.id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "suggestions" DROP COLUMN "rated_unsatisfied"`);
    await q.query(`ALTER TABLE "suggestions" DROP COLUMN "rated_basically"`);
    await q.query(`ALTER TABLE "suggestions" DROP COLUMN "rated_satisfied"`);
  }
}
