import { MigrationInterface, QueryRunner } from 'typeorm';

export class RegistrationSeatQueue1795425777527 implements MigrationInterface {
  name = 'RegistrationSeatQueue1795425777527';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "registration_capacity" ADD "waitlisted" integer NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "registration_capacity" ADD "last_granted" boolean NOT NULL DEFAULT false`);
    // Existing counters learn their waitlists from the rows.
    await q.query(`UPDATE "registration_capacity" c SET "waitlisted" = (SELECT count(*) FROM "registrations" r
                    WHERE r."session_id" = c."session_id" AND r."status" = 'waitlisted')`);
    await q.query(
      `ALTER TABLE "registration_capacity" ADD CONSTRAINT "CHK_registration_capacity_waitlist" CHECK ("waitlisted" >= 0)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "registration_capacity" DROP CONSTRAINT "CHK_registration_capacity_waitlist"`);
    await q.query(`ALTER TABLE "registration_capacity" DROP COLUMN "last_granted"`);
    await q.query(`ALTER TABLE "registration_capacity" DROP COLUMN "waitlisted"`);
  }
}
