import { MigrationInterface, QueryRunner } from 'typeorm';

/** Who a sent issue of 《社情民意》 was delivered to, so they may open its files. */
export class OpinionIssueRecipients1796212002992 implements MigrationInterface {
  name = 'OpinionIssueRecipients1796212002992';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "opinion_issue_recipients" ("issue_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_opinion_issue_recipients" PRIMARY KEY ("issue_id", "user_id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_opinion_issue_recipients_user" ON "opinion_issue_recipients"  ("user_id") `,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_opinion_issue_recipients_user"`);
    await q.query(`DROP TABLE "opinion_issue_recipients"`);
  }
}
