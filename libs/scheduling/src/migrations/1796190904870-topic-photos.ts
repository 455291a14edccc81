import { MigrationInterface, QueryRunner } from 'typeorm';

/** Photos of topics (群众出题), uploaded before the topic is submitted: a display copy and a thumbnail. */
export class TopicPhotos1796190904870 implements MigrationInterface {
  name = 'TopicPhotos1796190904870';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "topic_photos" ("id" uuid NOT NULL, "topic_id" uuid, "size" integer NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "sha256" character varying(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "thumb_key" character varying(200) NOT NULL, "thumb_size" integer NOT NULL, "uploaded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_topic_photos" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_topic_photos_uploader" ON "topic_photos"  ("uploaded_by", "created_at") `,
    );
    await q.query(`CREATE INDEX "IDX_topic_photos_topic" ON "topic_photos"  ("topic_id") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_topic_photos_topic"`);
    await q.query(`DROP INDEX "public"."IDX_topic_photos_uploader"`);
    await q.query(`DROP TABLE "topic_photos"`);
  }
}
