import { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveRooms1795422885904 implements MigrationInterface {
  name = 'LiveRooms1795422885904';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "live_rooms" ("session_id" uuid NOT NULL, "last_seq" bigint NOT NULL DEFAULT '0', "stream_status" character varying(10), "pinned_text" character varying(300), "slow_mode_seconds" integer NOT NULL DEFAULT '0', "agenda_index" integer, "likes" bigint NOT NULL DEFAULT '0', "peak_online" integer NOT NULL DEFAULT '0', "started_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_live_rooms" PRIMARY KEY ("session_id"))`,
    );
    await q.query(
      `CREATE TABLE "live_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "seq" bigint NOT NULL, "author_id" uuid NOT NULL, "author_nickname" character varying(100) NOT NULL, "author_role" character varying(20) NOT NULL, "client_msg_id" character varying(64) NOT NULL, "text" character varying(300) NOT NULL, "status" character varying(10) NOT NULL, "held_reason" character varying(20), "offset_ms" bigint, "moderated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_live_messages" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_live_messages_author" ON "live_messages"  ("author_id", "created_at") `);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_live_messages_client" ON "live_messages"  ("session_id", "author_id", "client_msg_id") `,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_live_messages_seq" ON "live_messages"  ("session_id", "seq") `);
    await q.query(
      `CREATE TABLE "live_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "author_id" uuid NOT NULL, "author_nickname" character varying(100) NOT NULL, "client_msg_id" character varying(64) NOT NULL, "text" character varying(300) NOT NULL, "status" character varying(10) NOT NULL, "votes" integer NOT NULL DEFAULT '0', "answer" character varying(2000), "answered_by" uuid, "answered_by_name" character varying(100), "answered_at" TIMESTAMP WITH TIME ZONE, "offset_ms" bigint, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_live_questions" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE INDEX "IDX_live_questions_author" ON "live_questions"  ("author_id", "created_at") `,
    );
    await q.query(
      `CREATE INDEX "IDX_live_questions_session" ON "live_questions"  ("session_id", "created_at") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_live_questions_client" ON "live_questions"  ("session_id", "author_id", "client_msg_id") `,
    );
    await q.query(
      `CREATE TABLE "live_question_votes" ("question_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_live_question_votes" PRIMARY KEY ("question_id", "user_id"))`,
    );
    await q.query(
      `CREATE TABLE "live_hands" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "nickname" character varying(100) NOT NULL, "note" character varying(200), "status" character varying(10) NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "granted_at" TIMESTAMP WITH TIME ZONE, "granted_by" uuid, "granted_seconds" integer, "ended_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_live_hands" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_live_hands_user" ON "live_hands"  ("user_id", "granted_at") `);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_live_hands_open" ON "live_hands"  ("session_id", "user_id") WHERE status IN ('queued', 'granted')`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_live_hands_speaker" ON "live_hands"  ("session_id") WHERE status = 'granted'`,
    );
    await q.query(
      `CREATE TABLE "live_polls" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "question" character varying(300) NOT NULL, "options" jsonb NOT NULL, "multi" boolean NOT NULL DEFAULT false, "status" character varying(10) NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_live_polls" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_live_polls_session" ON "live_polls"  ("session_id", "created_at") `);
    await q.query(
      `CREATE TABLE "live_poll_votes" ("poll_id" uuid NOT NULL, "user_id" uuid NOT NULL, "option_ids" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_live_poll_votes" PRIMARY KEY ("poll_id", "user_id"))`,
    );
    await q.query(
      `CREATE TABLE "live_sanctions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "until" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_live_sanctions" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_live_sanctions_user" ON "live_sanctions"  ("session_id", "user_id") `);
    await q.query(
      `CREATE TABLE "live_participants" ("session_id" uuid NOT NULL, "participant_key" character varying(80) NOT NULL, "user_id" uuid, "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_live_participants" PRIMARY KEY ("session_id", "participant_key"))`,
    );
    await q.query(`CREATE INDEX "IDX_live_participants_user" ON "live_participants"  ("user_id") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."IDX_live_participants_user"`);
    await q.query(`DROP TABLE "live_participants"`);
    await q.query(`DROP INDEX "public"."IDX_live_sanctions_user"`);
    await q.query(`DROP TABLE "live_sanctions"`);
    await q.query(`DROP TABLE "live_poll_votes"`);
    await q.query(`DROP INDEX "public"."IDX_live_polls_session"`);
    await q.query(`DROP TABLE "live_polls"`);
    await q.query(`DROP INDEX "public"."UQ_live_hands_speaker"`);
    await q.query(`DROP INDEX "public"."UQ_live_hands_open"`);
    await q.query(`DROP INDEX "public"."IDX_live_hands_user"`);
    await q.query(`DROP TABLE "live_hands"`);
    await q.query(`DROP TABLE "live_question_votes"`);
    await q.query(`DROP INDEX "public"."UQ_live_questions_client"`);
    await q.query(`DROP INDEX "public"."IDX_live_questions_session"`);
    await q.query(`DROP INDEX "public"."IDX_live_questions_author"`);
    await q.query(`DROP TABLE "live_questions"`);
    await q.query(`DROP INDEX "public"."UQ_live_messages_seq"`);
    await q.query(`DROP INDEX "public"."UQ_live_messages_client"`);
    await q.query(`DROP INDEX "public"."IDX_live_messages_author"`);
    await q.query(`DROP TABLE "live_messages"`);
    await q.query(`DROP TABLE "live_rooms"`);
  }
}
