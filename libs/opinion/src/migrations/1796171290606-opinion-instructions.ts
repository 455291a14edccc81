import { MigrationInterface, QueryRunner } from 'typeorm';

/** 批示 on adopted reports, and the suggestion that carries an assigned report through 办理. */
export class OpinionInstructions1796171290606 implements MigrationInterface {
  name = 'OpinionInstructions1796171290606';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "opinion_report_instructions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "by_name" character varying(100) NOT NULL, "text" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_opinion_report_instructions" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_opinion_report_instructions_report" ON "opinion_report_instructions"  ("report_id", "at") `,
    );
    await q.query(`ALTER TABLE "opinion_reports" ADD "suggestion_id" uuid`);
    await q.query(`ALTER TABLE "opinion_reports" ADD "assigned_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "opinion_reports" DROP COLUMN "assigned_at"`);
    await q.query(`ALTER TABLE "opinion_reports" DROP COLUMN "suggestion_id"`);
    await q.query(`DROP INDEX "public"."IDX_opinion_report_instructions_report"`);
    await q.query(`DROP TABLE "opinion_report_instructions"`);
  }
}
