import { MigrationInterface, QueryRunner } from 'typeorm';

/** Whether a session lets guests (anonymous viewers) vote on the consensus finder's statements. */
export class GuestVoting1796211720000 implements MigrationInterface {
  name = 'GuestVoting1796211720000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sessions" ADD "allow_guest_voting" boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sessions" DROP COLUMN "allow_guest_voting"`);
  }
}
