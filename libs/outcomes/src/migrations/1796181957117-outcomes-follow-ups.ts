import { MigrationInterface, QueryRunner } from 'typeorm';

/** 回头看: the follow-up review of completed suggestions and its second rating round. */
export class OutcomesFollowUps1796181957117 implements MigrationInterface {
  name = 'OutcomesFollowUps1796181957117';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "suggestion_follow_ups" ("suggestion_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reminded_at" TIMESTAMP WITH TIME ZONE, "implementation" character varying(16), "note" text, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_suggestion_follow_ups_implementation" CHECK (implementation IN ('implemented', 'partly', 'not')), CONSTRAINT "PK_suggestion_follow_ups" PRIMARY KEY ("suggestion_id"))`,
    );
    await q.query(
      `CREATE TABLE "suggestion_follow_up_ratings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "suggestion_id" uuid NOT NULL, "user_id" uuid NOT NULL, "rating" character varying(24) NOT NULL, "comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_suggestion_follow_up_ratings_user" UNIQUE ("suggestion_id", "user_id"), CONSTRAINT "CHK_suggestion_follow_up_ratings_rating" CHECK (rating IN ('satisfied', 'basically_satisfied', 'unsatisfied')), CONSTRAINT "PK_suggestion_follow_up_ratings" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_suggestion_follow_up_ratings_suggestion" ON "suggestion_follow_up_ratings"  ("suggestion_id") `,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_suggestion_follow_up_ratings_suggestion"`);
    await q.query(`DROP TABLE "suggestion_follow_up_ratings"`);
    await q.query(`DROP TABLE "suggestion_follow_ups"`);
  }
}
