import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityManagerWorkstations1796179742814 implements MigrationInterface {
  name = 'IdentityManagerWorkstations1796179742814';

  async up(q: QueryRunner): Promise<void> {
    // A workstation manager acts only at the workstations listed here (issue 12 finding 14).
    await q.query(`ALTER TABLE "users" ADD "workstation_ids" uuid array NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" DROP COLUMN "workstation_ids"`);
  }
}
