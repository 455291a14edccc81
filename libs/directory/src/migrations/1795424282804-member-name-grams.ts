import { MigrationInterface, QueryRunner } from 'typeorm';

export class MemberNameGrams1795424282804 implements MigrationInterface {
  name = 'MemberNameGrams1795424282804';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "members" ADD "name_grams" text array NOT NULL DEFAULT '{}'`);
    // Characters and character pairs of each name: most Chinese names have 2–3 characters, too short
    // for trigrams, so a GIN index over these answers name searches without scanning every member.
    await q.query(`UPDATE members SET name_grams = ARRAY(
      SELECT DISTINCT g FROM (
        SELECT substr(n, i, 1) AS g FROM (SELECT regexp_replace(name_norm, '\\s+', '', 'g') AS n) s, generate_series(1, char_length(n)) i
        UNION ALL
        SELECT substr(n, i, 2) FROM (SELECT regexp_replace(name_norm, '\\s+', '', 'g') AS n) s, generate_series(1, char_length(n) - 1) i
      ) x)`);
    await q.query(`CREATE INDEX "IDX_members_name_grams" ON "members" USING gin ("name_grams")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_members_name_grams"`);
    await q.query(`ALTER TABLE "members" DROP COLUMN "name_grams"`);
  }
}
