import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityResidentsNoRegion1796178756522 implements MigrationInterface {
  name = 'IdentityResidentsNoRegion1796178756522';

  async up(q: QueryRunner): Promise<void> {
    // Residents were given the root region 000000, which is a scope over everything; they have none.
    await q.query(`ALTER TABLE "users" ALTER COLUMN "region_code" DROP NOT NULL`);
    await q.query(
      `UPDATE "users" SET "region_code" = NULL WHERE "username" IS NULL AND "roles" = '{resident}'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE "users" SET "region_code" = '000000' WHERE "region_code" IS NULL`);
    await q.query(`ALTER TABLE "users" ALTER COLUMN "region_code" SET NOT NULL`);
  }
}
