import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Guests' votes (consensus finder): a vote belongs to a voter key, the user id for a person (the votes
 * already cast keep theirs) or a keyed hash for a guest, who has no user id.
 */
export class GuestVotes1796211720013 implements MigrationInterface {
  name = 'GuestVotes1796211720013';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "consensus_votes" ADD "voter_key" character varying(40)`);
    await q.query(`UPDATE "consensus_votes" SET "voter_key" = "user_id"::text`);
    await q.query(`ALTER TABLE "consensus_votes" ALTER COLUMN "voter_key" SET NOT NULL`);
    await q.query(`ALTER TABLE "consensus_votes" DROP CONSTRAINT "PK_consensus_votes"`);
    await q.query(
      `ALTER TABLE "consensus_votes" ADD CONSTRAINT "PK_consensus_votes" PRIMARY KEY ("statement_id", "voter_key")`,
    );
    await q.query(`ALTER TABLE "consensus_votes" ALTER COLUMN "user_id" DROP NOT NULL`);
    await q.query(
      `ALTER TABLE "consensus_votes" ADD CONSTRAINT "CHK_consensus_votes_voter" CHECK (("user_id" IS NULL) = ("voter_key" LIKE 'g:%'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "consensus_votes" DROP CONSTRAINT "CHK_consensus_votes_voter"`);
    await q.query(`DELETE FROM "consensus_votes" WHERE "user_id" IS NULL`);
    await q.query(`ALTER TABLE "consensus_votes" ALTER COLUMN "user_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "consensus_votes" DROP CONSTRAINT "PK_consensus_votes"`);
    await q.query(
      `ALTER TABLE "consensus_votes" ADD CONSTRAINT "PK_consensus_votes" PRIMARY KEY ("statement_id", "user_id")`,
    );
    await q.query(`ALTER TABLE "consensus_votes" DROP COLUMN "voter_key"`);
  }
}
