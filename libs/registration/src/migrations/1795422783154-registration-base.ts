import { MigrationInterface, QueryRunner } from 'typeorm';

export class RegistrationBase1795422783154 implements MigrationInterface {
  name = 'RegistrationBase1795422783154';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "session_id" uuid NOT NULL, "region_code" character varying(12) NOT NULL, "user_id" uuid, "name" character varying(100) NOT NULL, "phone_enc" character varying(200), "phone_bidx" character varying(64), "phone_erased_at" TIMESTAMP WITH TIME ZONE, "community" character varying(100), "role" character varying(20) NOT NULL DEFAULT 'resident', "speak_intent" character varying(1000), "status" character varying(16) NOT NULL, "walk_in" boolean NOT NULL DEFAULT false, "privacy_notice_version" character varying(20) NOT NULL, "consented_at" TIMESTAMP WITH TIME ZONE NOT NULL, "check_in_code" character varying(12) NOT NULL, "checked_in_at" TIMESTAMP WITH TIME ZONE, "checked_in_by" uuid, "created_by" uuid, "promoted_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_registrations_status" CHECK ("status" IN ('confirmed', 'waitlisted', 'cancelled')), CONSTRAINT "PK_registrations" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_registrations_user" ON "registrations"  ("user_id") `);
    await q.query(
      `CREATE INDEX "IDX_registrations_session_status" ON "registrations"  ("session_id", "status", "seq") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_registrations_session_code" ON "registrations"  ("session_id", "check_in_code") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_registrations_session_phone" ON "registrations"  ("session_id", "phone_bidx") WHERE status <> 'cancelled' AND phone_bidx IS NOT NULL`,
    );
    await q.query(
      `CREATE TABLE "registration_capacity" ("session_id" uuid NOT NULL, "capacity" integer NOT NULL, "confirmed" integer NOT NULL DEFAULT '0', "session_ends_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_registration_capacity_bounds" CHECK ("confirmed" >= 0 AND "confirmed" <= "capacity"), CONSTRAINT "PK_registration_capacity" PRIMARY KEY ("session_id"))`,
    );
    await q.query(
      `CREATE TABLE "registration_idempotency" ("actor_key" character varying(80) NOT NULL, "idem_key" character varying(200) NOT NULL, "fingerprint" character varying(64) NOT NULL, "response" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_registration_idempotency" PRIMARY KEY ("actor_key", "idem_key"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_registration_idempotency_created" ON "registration_idempotency"  ("created_at") `,
    );
    await q.query(
      `CREATE TABLE "online_attendance" ("session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "first_joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_online_attendance" PRIMARY KEY ("session_id", "user_id"))`,
    );
    await q.query(
      `CREATE TABLE "registration_draws" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "algorithm" character varying(20) NOT NULL, "seed" character varying(128) NOT NULL, "count" integer NOT NULL, "candidate_count" integer NOT NULL, "candidates_hash" character varying(64) NOT NULL, "candidates" jsonb NOT NULL, "result" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_registration_draws" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_registration_draws_session" ON "registration_draws"  ("session_id", "created_at") `,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_registration_draws_session"`);
    await q.query(`DROP TABLE "registration_draws"`);
    await q.query(`DROP TABLE "online_attendance"`);
    await q.query(`DROP INDEX "public"."IDX_registration_idempotency_created"`);
    await q.query(`DROP TABLE "registration_idempotency"`);
    await q.query(`DROP TABLE "registration_capacity"`);
    await q.query(`DROP INDEX "public"."UQ_registrations_session_phone"`);
    await q.query(`DROP INDEX "public"."UQ_registrations_session_code"`);
    await q.query(`DROP INDEX "public"."IDX_registrations_session_status"`);
    await q.query(`DROP INDEX "public"."IDX_registrations_user"`);
    await q.query(`DROP TABLE "registrations"`);
  }
}
