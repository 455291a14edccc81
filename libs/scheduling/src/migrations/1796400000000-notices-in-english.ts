import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notices keep their English beside the Chinese, and a title is text: a meeting's own title may be
 * 200 characters, so "提醒：协商会议「…」将于 2 小时后开始" did not fit the old varchar(200).
 */
export class NoticesInEnglish1796400000000 implements MigrationInterface {
  name = 'NoticesInEnglish1796400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications" ALTER COLUMN "title" TYPE text`);
    await q.query(`ALTER TABLE "notifications" ADD "title_en" text`);
    await q.query(`ALTER TABLE "notifications" ADD "body_en" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notifications" DROP COLUMN "body_en"`);
    await q.query(`ALTER TABLE "notifications" DROP COLUMN "title_en"`);
    await q.query(
      `ALTER TABLE "notifications" ALTER COLUMN "title" TYPE varchar(200) USING left("title", 200)`,
    );
  }
}
