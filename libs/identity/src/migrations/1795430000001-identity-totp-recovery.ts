import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityTotpRecovery1795430000001 implements MigrationInterface {
  name = 'IdentityTotpRecovery1795430000001';

  async up(q: QueryRunner): Promise<void> {
    // Login failures are now counted per (account, source address) in the rate limiter, not on the account.
    await q.query(`ALTER TABLE "users" DROP COLUMN "failed_logins"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "locked_until"`);
    await q.query(`ALTER TABLE "users" ADD "totp_pending_enc" character varying(200)`);
    await q.query(`ALTER TABLE "users" ADD "totp_last_step" bigint`);
    await q.query(
      `CREATE TABLE "totp_recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" character varying(64) NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_totp_recovery_codes" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_totp_recovery_codes_user" ON "totp_recovery_codes" ("user_id") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_totp_recovery_codes_user"`);
    await q.query(`DROP TABLE "totp_recovery_codes"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "totp_last_step"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "totp_pending_enc"`);
    await q.query(`ALTER TABLE "users" ADD "locked_until" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "users" ADD "failed_logins" integer NOT NULL DEFAULT '0'`);
  }
}
