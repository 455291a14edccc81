import { MigrationInterface, QueryRunner } from 'typeorm';

/** Identity by phone: find the registrations staff made for an account's phone without a scan. */
export class RegistrationPhoneIdentity1795440000000 implements MigrationInterface {
  name = 'RegistrationPhoneIdentity1795440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "IDX_registrations_unlinked_phone" ON "registrations" ("phone_bidx") WHERE user_id IS NULL AND phone_bidx IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_registrations_unlinked_phone"`);
  }
}
