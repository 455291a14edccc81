import { MigrationInterface, QueryRunner } from 'typeorm';

export class UserErasure1796191029965 implements MigrationInterface {
  name = 'UserErasure1796191029965';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" DROP COLUMN "erased_at"`);
  }
}
