import { MigrationInterface, QueryRunner } from 'typeorm';

/** Photos of 民情日记 entries, uploaded before the entry is recorded. */
export class OpinionPhotos1796180434451 implements MigrationInterface {
  name = 'OpinionPhotos1796180434451';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "opinion_photos" ("id" uuid NOT NULL, "entry_id" uuid, "content_type" character varying(40) NOT NULL, "size" integer NOT NULL, "sha256" character varying(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "uploaded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_opinion_photos" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_opinion_photos_uploader" ON "opinion_photos"  ("uploaded_by", "created_at") `,
    );
    await q.query(`CREATE INDEX "IDX_opinion_photos_entry" ON "opinion_photos"  ("entry_id") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_opinion_photos_entry"`);
    await q.query(`DROP INDEX "public"."IDX_opinion_photos_uploader"`);
    await q.query(`DROP TABLE "opinion_photos"`);
  }
}
