import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutcomesBase1795422849278 implements MigrationInterface {
  name = 'OutcomesBase1795422849278';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "session_outcomes" ("session_id" uuid NOT NULL, "region_code" character varying(12) NOT NULL, "workstation_id" uuid NOT NULL, "organiser_id" uuid, "session_title" character varying(300) NOT NULL, "session_starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "session_ended_at" TIMESTAMP WITH TIME ZONE, "status" character varying(16) NOT NULL DEFAULT 'pending', "summary" text NOT NULL DEFAULT '', "consensus" jsonb NOT NULL DEFAULT '[]', "registered_count" integer NOT NULL DEFAULT '0', "onsite_count" integer NOT NULL DEFAULT '0', "online_unique" integer NOT NULL DEFAULT '0', "online_peak" integer NOT NULL DEFAULT '0', "attendance_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "published_by" uuid, "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_session_outcomes" PRIMARY KEY ("session_id"))`,
    );
    await q.query(`CREATE INDEX "IDX_session_outcomes_status" ON "session_outcomes"  ("status") `);
    await q.query(
      `CREATE INDEX "IDX_session_outcomes_region_start" ON "session_outcomes"  ("region_code", "session_starts_at") `,
    );
    await q.query(
      `CREATE TABLE "outcome_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "suggestion_id" uuid, "region_code" character varying(12) NOT NULL, "file_name" character varying(200) NOT NULL, "mime" character varying(120) NOT NULL, "size" integer NOT NULL, "sha256" character varying(64) NOT NULL, "uploaded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_outcome_files" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_outcome_files_suggestion" ON "outcome_files"  ("suggestion_id") `);
    await q.query(`CREATE INDEX "IDX_outcome_files_session" ON "outcome_files"  ("session_id") `);
    await q.query(
      `CREATE TABLE "suggestions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "region_code" character varying(12) NOT NULL, "session_title" character varying(300) NOT NULL, "session_starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "organiser_id" uuid, "content" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "due_at" TIMESTAMP WITH TIME ZONE, "source_message_id" character varying(64), "source_question_id" character varying(64), "source_user_id" uuid, "created_by" uuid NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE, "replied_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "rejected_at" TIMESTAMP WITH TIME ZONE, "reject_reason" text, "reply_grade" character varying(1), "reply_content" text, "reply_adopted" boolean, "reply_by" uuid, "reply_submitted_at" TIMESTAMP WITH TIME ZONE, "reply_contact_phone_enc" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_suggestions_grade" CHECK (reply_grade IS NULL OR reply_grade IN ('A', 'B', 'C')), CONSTRAINT "CHK_suggestions_status" CHECK (status IN ('draft', 'assigned', 'replied', 'completed', 'rejected')), CONSTRAINT "PK_suggestions" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_suggestions_source_user" ON "suggestions"  ("source_user_id") `);
    await q.query(`CREATE INDEX "IDX_suggestions_status_due" ON "suggestions"  ("status", "due_at") `);
    await q.query(`CREATE INDEX "IDX_suggestions_session" ON "suggestions"  ("session_id") `);
    await q.query(
      `CREATE INDEX "IDX_suggestions_region_start" ON "suggestions"  ("region_code", "session_starts_at", "id") `,
    );
    await q.query(
      `CREATE TABLE "suggestion_departments" ("suggestion_id" uuid NOT NULL, "department_id" uuid NOT NULL, "role" character varying(8) NOT NULL, "department_name" character varying(200) NOT NULL, "countersigned_at" TIMESTAMP WITH TIME ZONE, "countersigned_by" uuid, "countersign_opinion" text, CONSTRAINT "CHK_suggestion_departments_role" CHECK (role IN ('lead', 'co')), CONSTRAINT "PK_suggestion_departments" PRIMARY KEY ("suggestion_id", "department_id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_suggestion_departments_lead" ON "suggestion_departments"  ("suggestion_id") WHERE role = 'lead'`,
    );
    await q.query(
      `CREATE INDEX "IDX_suggestion_departments_department" ON "suggestion_departments"  ("department_id") `,
    );
    await q.query(
      `CREATE TABLE "suggestion_transitions" ("id" BIGSERIAL NOT NULL, "suggestion_id" uuid NOT NULL, "from_status" character varying(16), "to_status" character varying(16) NOT NULL, "actor_id" uuid, "actor_name" character varying(100), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "note" text, CONSTRAINT "PK_suggestion_transitions" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_suggestion_transitions_suggestion" ON "suggestion_transitions"  ("suggestion_id", "at") `,
    );
    await q.query(
      `CREATE TABLE "suggestion_ratings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "suggestion_id" uuid NOT NULL, "user_id" uuid NOT NULL, "rating" character varying(24) NOT NULL, "comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_suggestion_ratings_user" UNIQUE ("suggestion_id", "user_id"), CONSTRAINT "CHK_suggestion_ratings_rating" CHECK (rating IN ('satisfied', 'basically_satisfied', 'unsatisfied')), CONSTRAINT "PK_suggestion_ratings" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "suggestion_reminders" ("suggestion_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "day" date NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_suggestion_reminders" PRIMARY KEY ("suggestion_id", "kind", "day"))`,
    );
    await q.query(
      `ALTER TABLE "suggestion_departments" ADD CONSTRAINT "FK_suggestion_departments_suggestion" FOREIGN KEY ("suggestion_id") REFERENCES "suggestions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "suggestion_transitions" ADD CONSTRAINT "FK_suggestion_transitions_suggestion" FOREIGN KEY ("suggestion_id") REFERENCES "suggestions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "suggestion_ratings" ADD CONSTRAINT "FK_suggestion_ratings_suggestion" FOREIGN KEY ("suggestion_id") REFERENCES "suggestions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "suggestion_reminders" ADD CONSTRAINT "FK_suggestion_reminders_suggestion" FOREIGN KEY ("suggestion_id") REFERENCES "suggestions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "suggestion_reminders" DROP CONSTRAINT "FK_suggestion_reminders_suggestion"`);
    await q.query(`ALTER TABLE "suggestion_ratings" DROP CONSTRAINT "FK_suggestion_ratings_suggestion"`);
    await q.query(
      `ALTER TABLE "suggestion_transitions" DROP CONSTRAINT "FK_suggestion_transitions_suggestion"`,
    );
    await q.query(
      `ALTER TABLE "suggestion_departments" DROP CONSTRAINT "FK_suggestion_departments_suggestion"`,
    );
    await q.query(`DROP TABLE "suggestion_reminders"`);
    await q.query(`DROP TABLE "suggestion_ratings"`);
    await q.query(`DROP INDEX "public"."IDX_suggestion_transitions_suggestion"`);
    await q.query(`DROP TABLE "suggestion_transitions"`);
    await q.query(`DROP INDEX "public"."IDX_suggestion_departments_department"`);
    await q.query(`DROP INDEX "public"."UQ_suggestion_departments_lead"`);
    await q.query(`DROP TABLE "suggestion_departments"`);
    await q.query(`DROP INDEX "public"."IDX_suggestions_region_start"`);
    await q.query(`DROP INDEX "public"."IDX_suggestions_session"`);
    await q.query(`DROP INDEX "public"."IDX_suggestions_status_due"`);
    await q.query(`DROP INDEX "public"."IDX_suggestions_source_user"`);
    await q.query(`DROP TABLE "suggestions"`);
    await q.query(`DROP INDEX "public"."IDX_outcome_files_session"`);
    await q.query(`DROP INDEX "public"."IDX_outcome_files_suggestion"`);
    await q.query(`DROP TABLE "outcome_files"`);
    await q.query(`DROP INDEX "public"."IDX_session_outcomes_region_start"`);
    await q.query(`DROP INDEX "public"."IDX_session_outcomes_status"`);
    await q.query(`DROP TABLE "session_outcomes"`);
  }
}
