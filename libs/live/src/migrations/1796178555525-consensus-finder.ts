import { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsensusFinder1796178555525 implements MigrationInterface {
  name = 'ConsensusFinder1796178555525';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "consensus_statements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "text" character varying(140) NOT NULL, "status" character varying(10) NOT NULL, "origin" character varying(12) NOT NULL, "source_id" uuid, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_consensus_statements" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_consensus_statements_author" ON "consensus_statements"  ("author_id") `);
    await q.query(
      `CREATE INDEX "IDX_consensus_statements_session" ON "consensus_statements"  ("session_id", "created_at") `,
    );
    await q.query(
      `CREATE TABLE "consensus_votes" ("statement_id" uuid NOT NULL, "user_id" uuid NOT NULL, "session_id" uuid NOT NULL, "vote" smallint NOT NULL, "voted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_consensus_votes" PRIMARY KEY ("statement_id", "user_id"))`,
    );
    await q.query(`CREATE INDEX "IDX_consensus_votes_user" ON "consensus_votes"  ("user_id") `);
    await q.query(`CREATE INDEX "IDX_consensus_votes_session" ON "consensus_votes"  ("session_id") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_consensus_votes_session"`);
    await q.query(`DROP INDEX "public"."IDX_consensus_votes_user"`);
    await q.query(`DROP TABLE "consensus_votes"`);
    await q.query(`DROP INDEX "public"."IDX_consensus_statements_session"`);
    await q.query(`DROP INDEX "public"."IDX_consensus_statements_author"`);
    await q.query(`DROP TABLE "consensus_statements"`);
  }
}
