import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityBase1795422093617 implements MigrationInterface {
  name = 'IdentityBase1795422093617';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_name" character varying(100), "action" character varying(120) NOT NULL, "target_type" character varying(60), "target_id" character varying(100), "result" character varying(40) NOT NULL, "ip" character varying(64), "detail" jsonb, "prev_hash" character varying(64) NOT NULL, "hash" character varying(64) NOT NULL, CONSTRAINT "PK_audit_log" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_audit_log_actor" ON "audit_log"  ("actor_id") `);
    await q.query(`CREATE INDEX "IDX_audit_log_at" ON "audit_log"  ("at") `);
    await q.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(64), "password_hash" character varying(200), "display_name" character varying(100) NOT NULL, "nickname" character varying(40), "roles" text array NOT NULL, "region_code" character varying(12) NOT NULL, "department_id" uuid, "permissions" text array NOT NULL DEFAULT '{}', "phone_enc" character varying(200), "phone_bidx" character varying(64), "totp_secret_enc" character varying(200), "totp_enabled" boolean NOT NULL DEFAULT false, "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "disabled_at" TIMESTAMP WITH TIME ZONE, "password_changed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_users" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_users_region" ON "users"  ("region_code") `);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_users_phone_bidx" ON "users"  ("phone_bidx") WHERE phone_bidx IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_users_username" ON "users"  ("username") WHERE username IS NOT NULL`,
    );
    await q.query(
      `CREATE TABLE "auth_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "restricted" boolean NOT NULL DEFAULT false, "ip" character varying(64), CONSTRAINT "PK_auth_sessions" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_auth_sessions_user" ON "auth_sessions"  ("user_id") `);
    await q.query(
      `CREATE TABLE "refresh_tokens" ("token_hash" character varying(64) NOT NULL, "session_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_refresh_tokens" PRIMARY KEY ("token_hash"))`,
    );
    await q.query(`CREATE INDEX "IDX_refresh_tokens_session" ON "refresh_tokens"  ("session_id") `);
    await q.query(
      `CREATE TABLE "sms_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "phone_bidx" character varying(64) NOT NULL, "code_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "consumed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_sms_codes" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_sms_codes_phone" ON "sms_codes"  ("phone_bidx") `);
    // Append-only audit trail: no UPDATE ever; DELETE only of rows past the 180-day floor (retention purge).
    await q.query(`CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'TRUNCATE') THEN
          RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = '42501';
        END IF;
        IF TG_OP = 'DELETE' AND OLD.at > now() - interval '180 days' THEN
          RAISE EXCEPTION 'audit_log rows are kept at least 180 days' USING ERRCODE = '42501';
        END IF;
        RETURN OLD;
      END $$`);
    await q.query(
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_guard()`,
    );
    await q.query(
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_guard()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_log_no_truncate ON audit_log`);
    await q.query(`DROP TRIGGER audit_log_append_only ON audit_log`);
    await q.query(`DROP FUNCTION audit_log_guard()`);
    await q.query(`DROP INDEX "public"."IDX_sms_codes_phone"`);
    await q.query(`DROP TABLE "sms_codes"`);
    await q.query(`DROP INDEX "public"."IDX_refresh_tokens_session"`);
    await q.query(`DROP TABLE "refresh_tokens"`);
    await q.query(`DROP INDEX "public"."IDX_auth_sessions_user"`);
    await q.query(`DROP TABLE "auth_sessions"`);
    await q.query(`DROP INDEX "public"."UQ_users_username"`);
    await q.query(`DROP INDEX "public"."UQ_users_phone_bidx"`);
    await q.query(`DROP INDEX "public"."IDX_users_region"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP INDEX "public"."IDX_audit_log_at"`);
    await q.query(`DROP INDEX "public"."IDX_audit_log_actor"`);
    await q.query(`DROP TABLE "audit_log"`);
  }
}
