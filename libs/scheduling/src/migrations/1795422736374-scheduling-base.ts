import { MigrationInterface, QueryRunner } from 'typeorm';

export class SchedulingBase1795422736374 implements MigrationInterface {
  name = 'SchedulingBase1795422736374';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "topics" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "description" text NOT NULL, "text_norm" text NOT NULL, "region_code" character varying(12) NOT NULL, "workstation_id" uuid, "source" character varying(20) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'submitted', "proposer_id" uuid NOT NULL, "proposer_name" character varying(100) NOT NULL, "support_count" integer NOT NULL DEFAULT '0', "review_reason" character varying(500), "merged_into" uuid, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_topics" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_topics_proposer" ON "topics"  ("proposer_id") `);
    await q.query(`CREATE INDEX "IDX_topics_region" ON "topics"  ("region_code") `);
    await q.query(
      `CREATE TABLE "topic_supports" ("topic_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_topic_supports" PRIMARY KEY ("topic_id", "user_id"))`,
    );
    await q.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "search_norm" text NOT NULL, "description" text, "topic_id" uuid, "workstation_id" uuid NOT NULL, "region_code" character varying(12) NOT NULL, "place_name" character varying(200) NOT NULL, "place_address" character varying(300) NOT NULL, "lat" double precision, "lng" double precision, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "buffer_minutes" integer NOT NULL DEFAULT '0', "blocked_until" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "format" character varying(16) NOT NULL, "capacity" integer NOT NULL, "reserved_seats" integer NOT NULL DEFAULT '0', "registration_opens_at" TIMESTAMP WITH TIME ZONE, "registration_closes_at" TIMESTAMP WITH TIME ZONE, "stream_url" character varying(500), "agenda" jsonb NOT NULL DEFAULT '[]', "online_access" character varying(16) NOT NULL DEFAULT 'signed_in', "allow_anonymous_viewing" boolean NOT NULL DEFAULT false, "moderation" character varying(8) NOT NULL DEFAULT 'post', "organiser_id" uuid, "recorded" boolean NOT NULL DEFAULT false, "series_id" uuid, "occurrence_start" TIMESTAMP WITH TIME ZONE, "sequence" integer NOT NULL DEFAULT '0', "published_at" TIMESTAMP WITH TIME ZONE, "started_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "concluded_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "XCL_sessions_no_overlap" EXCLUDE USING gist ("workstation_id" WITH =, tstzrange("starts_at", "blocked_until") WITH &&) WHERE (status <> 'cancelled'), CONSTRAINT "PK_sessions" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_sessions_series" ON "sessions"  ("series_id") `);
    await q.query(`CREATE INDEX "IDX_sessions_starts_at" ON "sessions"  ("starts_at") `);
    await q.query(`CREATE INDEX "IDX_sessions_region" ON "sessions"  ("region_code") `);
    await q.query(
      `CREATE TABLE "session_series" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "rrule" character varying(500) NOT NULL, "first_starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_minutes" integer NOT NULL, "workstation_id" uuid NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_session_series" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "session_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "member_id" uuid, "department_id" uuid, "user_id" uuid, "name" character varying(100) NOT NULL, "org" character varying(200), "via" character varying(12) NOT NULL DEFAULT 'manual', "status" character varying(10) NOT NULL DEFAULT 'invited', "responded_at" TIMESTAMP WITH TIME ZONE, "invited_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_session_invitations" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_session_invitations_user" ON "session_invitations"  ("user_id") `);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_session_invitations_department" ON "session_invitations"  ("session_id", "department_id") WHERE department_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_session_invitations_member" ON "session_invitations"  ("session_id", "member_id") WHERE member_id IS NOT NULL`,
    );
    await q.query(
      `CREATE TABLE "session_materials" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "filename" character varying(255) NOT NULL, "content_type" character varying(100) NOT NULL, "size" integer NOT NULL, "sha256" character varying(64) NOT NULL, "storage_key" character varying(300) NOT NULL, "is_public" boolean NOT NULL DEFAULT false, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_session_materials" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_session_materials_session" ON "session_materials"  ("session_id") `);
    await q.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "title" character varying(200) NOT NULL, "body" text NOT NULL, "link" character varying(300), "dedupe_key" character varying(200), "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_notifications" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_notifications_dedupe" ON "notifications"  ("user_id", "dedupe_key") WHERE dedupe_key IS NOT NULL`,
    );
    await q.query(`CREATE INDEX "IDX_notifications_user" ON "notifications"  ("user_id", "created_at") `);
    await q.query(
      `CREATE TABLE "scheduling_jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(40) NOT NULL, "payload" jsonb NOT NULL, "run_at" TIMESTAMP WITH TIME ZONE NOT NULL, "dedupe_key" character varying(200) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_error" character varying(500), "done_by" character varying(100), "done_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_scheduling_jobs" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_scheduling_jobs_due" ON "scheduling_jobs"  ("run_at") WHERE status = 'pending'`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_scheduling_jobs_dedupe" ON "scheduling_jobs"  ("dedupe_key") `);
    // Hand-written: trigram indexes for 简/繁 search and similar-topic suggestions on normalised text.
    await q.query(
      `CREATE INDEX "IDX_topics_text_norm_trgm" ON "topics" USING gin ("text_norm" gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX "IDX_sessions_search_norm_trgm" ON "sessions" USING gin ("search_norm" gin_trgm_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_sessions_search_norm_trgm"`);
    await q.query(`DROP INDEX "public"."IDX_topics_text_norm_trgm"`);
    await q.query(`DROP INDEX "public"."UQ_scheduling_jobs_dedupe"`);
    await q.query(`DROP INDEX "public"."IDX_scheduling_jobs_due"`);
    await q.query(`DROP TABLE "scheduling_jobs"`);
    await q.query(`DROP INDEX "public"."IDX_notifications_user"`);
    await q.query(`DROP INDEX "public"."UQ_notifications_dedupe"`);
    await q.query(`DROP TABLE "notifications"`);
    await q.query(`DROP INDEX "public"."IDX_session_materials_session"`);
    await q.query(`DROP TABLE "session_materials"`);
    await q.query(`DROP INDEX "public"."UQ_session_invitations_member"`);
    await q.query(`DROP INDEX "public"."UQ_session_invitations_department"`);
    await q.query(`DROP INDEX "public"."IDX_session_invitations_user"`);
    await q.query(`DROP TABLE "session_invitations"`);
    await q.query(`DROP TABLE "session_series"`);
    await q.query(`DROP INDEX "public"."IDX_sessions_region"`);
    await q.query(`DROP INDEX "public"."IDX_sessions_starts_at"`);
    await q.query(`DROP INDEX "public"."IDX_sessions_series"`);
    await q.query(`DROP TABLE "sessions"`);
    await q.query(`DROP TABLE "topic_supports"`);
    await q.query(`DROP INDEX "public"."IDX_topics_region"`);
    await q.query(`DROP INDEX "public"."IDX_topics_proposer"`);
    await q.query(`DROP TABLE "topics"`);
  }
}
