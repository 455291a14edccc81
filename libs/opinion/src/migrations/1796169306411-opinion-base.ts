import { MigrationInterface, QueryRunner } from 'typeorm';

export class OpinionBase1796169306411 implements MigrationInterface {
  name = 'OpinionBase1796169306411';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "opinion_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workstation_id" uuid NOT NULL, "region_code" character varying(12) NOT NULL, "text" text NOT NULL, "category" character varying(40) NOT NULL, "community" character varying(100), "phone_enc" character varying(200), "phone_bidx" character varying(64), "photos" jsonb NOT NULL DEFAULT '[]', "source" character varying(16) NOT NULL, "disposition" character varying(16) NOT NULL DEFAULT 'open', "answer" text, "topic_id" uuid, "created_by" uuid NOT NULL, "member_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_opinion_entries_disposition" CHECK (disposition IN ('open', 'answered', 'topic', 'reported')), CONSTRAINT "CHK_opinion_entries_source" CHECK (source IN ('staff', 'resident')), CONSTRAINT "PK_opinion_entries" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_opinion_entries_author" ON "opinion_entries"  ("created_by") `);
    await q.query(
      `CREATE INDEX "IDX_opinion_entries_workstation" ON "opinion_entries"  ("workstation_id", "created_at") `,
    );
    await q.query(
      `CREATE INDEX "IDX_opinion_entries_region_created" ON "opinion_entries"  ("region_code", "created_at") `,
    );
    await q.query(
      `CREATE TABLE "opinion_issues" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_code" character varying(12) NOT NULL, "year" integer NOT NULL, "number" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'compiling', "corrects_id" uuid, "correction_note" text, "send_to" jsonb NOT NULL DEFAULT '[]', "copy_to" jsonb NOT NULL DEFAULT '[]', "created_by" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_opinion_issues_number" UNIQUE ("region_code", "year", "number"), CONSTRAINT "CHK_opinion_issues_status" CHECK (status IN ('compiling', 'sent')), CONSTRAINT "PK_opinion_issues" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_opinion_issues_region_year" ON "opinion_issues"  ("region_code", "year") `,
    );
    await q.query(
      `CREATE TABLE "opinion_issue_counters" ("region_code" character varying(12) NOT NULL, "year" integer NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "PK_opinion_issue_counters" PRIMARY KEY ("region_code", "year"))`,
    );
    await q.query(
      `CREATE TABLE "opinion_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_code" character varying(12) NOT NULL, "title" character varying(200) NOT NULL, "situation" text NOT NULL, "analysis" text NOT NULL DEFAULT '', "suggestions" text NOT NULL DEFAULT '', "status" character varying(16) NOT NULL DEFAULT 'draft', "author_id" uuid NOT NULL, "author_member_id" uuid, "author_name" character varying(100) NOT NULL, "return_comment" text, "issue_id" uuid, "merged_into" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "adopted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_opinion_reports_status" CHECK (status IN ('draft', 'submitted', 'returned', 'adopted', 'merged')), CONSTRAINT "PK_opinion_reports" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_opinion_reports_issue" ON "opinion_reports"  ("issue_id") `);
    await q.query(`CREATE INDEX "IDX_opinion_reports_author" ON "opinion_reports"  ("author_id") `);
    await q.query(
      `CREATE INDEX "IDX_opinion_reports_region_status" ON "opinion_reports"  ("region_code", "status") `,
    );
    await q.query(
      `CREATE TABLE "opinion_report_entries" ("report_id" uuid NOT NULL, "entry_id" uuid NOT NULL, CONSTRAINT "PK_opinion_report_entries" PRIMARY KEY ("report_id", "entry_id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_opinion_report_entries_entry" ON "opinion_report_entries"  ("entry_id") `,
    );
    await q.query(
      `CREATE TABLE "opinion_report_cosigners" ("report_id" uuid NOT NULL, "member_id" uuid NOT NULL, "member_name" character varying(100) NOT NULL, CONSTRAINT "PK_opinion_report_cosigners" PRIMARY KEY ("report_id", "member_id"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "opinion_report_cosigners"`);
    await q.query(`DROP INDEX "public"."IDX_opinion_report_entries_entry"`);
    await q.query(`DROP TABLE "opinion_report_entries"`);
    await q.query(`DROP INDEX "public"."IDX_opinion_reports_region_status"`);
    await q.query(`DROP INDEX "public"."IDX_opinion_reports_author"`);
    await q.query(`DROP INDEX "public"."IDX_opinion_reports_issue"`);
    await q.query(`DROP TABLE "opinion_reports"`);
    await q.query(`DROP TABLE "opinion_issue_counters"`);
    await q.query(`DROP INDEX "public"."IDX_opinion_issues_region_year"`);
    await q.query(`DROP TABLE "opinion_issues"`);
    await q.query(`DROP INDEX "public"."IDX_opinion_entries_region_created"`);
    await q.query(`DROP INDEX "public"."IDX_opinion_entries_workstation"`);
    await q.query(`DROP INDEX "public"."IDX_opinion_entries_author"`);
    await q.query(`DROP TABLE "opinion_entries"`);
  }
}
