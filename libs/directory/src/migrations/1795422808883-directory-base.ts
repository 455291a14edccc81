import { MigrationInterface, QueryRunner } from 'typeorm';
import { normalizeZh, parentRegionCode, regionLevel } from '@xs/platform';
import { REGION_DATA } from '../regions/region-data';

export class DirectoryBase1795422808883 implements MigrationInterface {
  name = 'DirectoryBase1795422808883';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "regions" ("code" character varying(12) NOT NULL, "name" character varying(100) NOT NULL, "level" character varying(16) NOT NULL, "parent_code" character varying(12), "name_norm" character varying(100) NOT NULL, CONSTRAINT "PK_regions" PRIMARY KEY ("code"))`,
    );
    await q.query(`CREATE INDEX "IDX_regions_parent" ON "regions"  ("parent_code") `);
    await q.query(
      `CREATE TABLE "departments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "name_norm" character varying(120) NOT NULL, "region_code" character varying(12) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_departments" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_departments_name_region" ON "departments"  ("name", "region_code") `,
    );
    await q.query(`CREATE INDEX "IDX_departments_region" ON "departments"  ("region_code") `);
    await q.query(
      `CREATE TABLE "members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(64), "name" character varying(60) NOT NULL, "name_norm" character varying(60) NOT NULL, "level" character varying(16) NOT NULL, "sector" character varying(60), "region_code" character varying(12) NOT NULL, "party" character varying(60), "phone_enc" character varying(200), "phone_bidx" character varying(64), "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_members" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_members_phone_bidx" ON "members"  ("phone_bidx") WHERE phone_bidx IS NOT NULL`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_members_code" ON "members"  ("code") WHERE code IS NOT NULL`);
    await q.query(
      `CREATE UNIQUE INDEX "UQ_members_user" ON "members"  ("user_id") WHERE user_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX "IDX_members_sector" ON "members"  ("sector") `);
    await q.query(`CREATE INDEX "IDX_members_region" ON "members"  ("region_code") `);
    await q.query(
      `CREATE TABLE "workstations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(64), "name" character varying(200) NOT NULL, "name_norm" text NOT NULL, "kind" character varying(32) NOT NULL, "region_code" character varying(12) NOT NULL, "address" character varying(300) NOT NULL, "lat" double precision, "lng" double precision, "crs" character varying(10), "wgs_lat" double precision, "wgs_lng" double precision, "sector" character varying(60), "opening_hours" jsonb, "capacity" integer, "contact_phone_enc" character varying(200), "contact_phone_bidx" character varying(64), "status" character varying(16) NOT NULL DEFAULT 'active', "buffer_minutes" integer NOT NULL DEFAULT '30', "deleted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_workstations" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_workstations_code" ON "workstations"  ("code") WHERE code IS NOT NULL AND deleted_at IS NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "UQ_workstations_name_region" ON "workstations"  ("name", "region_code") WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX "IDX_workstations_region" ON "workstations"  ("region_code") `);
    await q.query(
      `CREATE TABLE "duty_rules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workstation_id" uuid NOT NULL, "member_id" uuid NOT NULL, "rrule" character varying(300) NOT NULL, "starts_on" date NOT NULL, "until" date, "start_time" character varying(5) NOT NULL, "end_time" character varying(5) NOT NULL, "note" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_duty_rules" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_duty_rules_member" ON "duty_rules"  ("member_id") `);
    await q.query(`CREATE INDEX "IDX_duty_rules_workstation" ON "duty_rules"  ("workstation_id") `);
    await q.query(
      `CREATE TABLE "workstation_members" ("workstation_id" uuid NOT NULL, "member_id" uuid NOT NULL, "role" character varying(20) NOT NULL DEFAULT 'member', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_workstation_members" PRIMARY KEY ("workstation_id", "member_id"))`,
    );
    await q.query(`CREATE INDEX "IDX_workstation_members_member" ON "workstation_members"  ("member_id") `);
    await q.query(
      `ALTER TABLE "departments" ADD CONSTRAINT "FK_departments_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "members" ADD CONSTRAINT "FK_members_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workstations" ADD CONSTRAINT "FK_workstations_region" FOREIGN KEY ("region_code") REFERENCES "regions"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "duty_rules" ADD CONSTRAINT "FK_duty_rules_workstation" FOREIGN KEY ("workstation_id") REFERENCES "workstations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "duty_rules" ADD CONSTRAINT "FK_duty_rules_member" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workstation_members" ADD CONSTRAINT "FK_workstation_members_workstation" FOREIGN KEY ("workstation_id") REFERENCES "workstations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "workstation_members" ADD CONSTRAINT "FK_workstation_members_member" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Hand-written: trigram search on the normalised text, prefix LIKE on region codes (any collation).
    await q.query(
      `CREATE INDEX "IDX_workstations_name_trgm" ON "workstations" USING gin ("name_norm" gin_trgm_ops)`,
    );
    await q.query(`CREATE INDEX "IDX_members_name_trgm" ON "members" USING gin ("name_norm" gin_trgm_ops)`);
    await q.query(
      `CREATE INDEX "IDX_workstations_region_prefix" ON "workstations" ("region_code" varchar_pattern_ops) WHERE deleted_at IS NULL`,
    );
    await q.query(
      `CREATE INDEX "IDX_members_region_prefix" ON "members" ("region_code" varchar_pattern_ops)`,
    );
    await q.query(
      `ALTER TABLE "workstations" ADD CONSTRAINT "CHK_workstations_status" CHECK (status IN ('active', 'suspended'))`,
    );
    await q.query(
      `ALTER TABLE "workstations" ADD CONSTRAINT "CHK_workstations_lat" CHECK (lat IS NULL OR lat BETWEEN -90 AND 90)`,
    );
    // Reference data, not demo data: the 行政区划 tree exists in every database (tests included).
    const rows = REGION_DATA.map(([code, name]) => ({
      code,
      name,
      level: code === '000000' ? 'country' : regionLevel(code),
      parent: code === '000000' ? null : (parentRegionCode(code) ?? '000000'),
    }));
    const known = new Set(rows.map((r) => r.code));
    for (const r of rows) {
      // A city directly under the province of a listed county may be absent; climb to a listed ancestor.
      let parent = r.parent;
      while (parent && !known.has(parent)) parent = parentRegionCode(parent) ?? '000000';
      r.parent = parent;
    }
    await q.query(
      `INSERT INTO regions (code, name, level, parent_code, name_norm)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[])`,
      [
        rows.map((r) => r.code),
        rows.map((r) => r.name),
        rows.map((r) => r.level),
        rows.map((r) => r.parent),
        rows.map((r) => normalizeZh(r.name)),
      ],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "workstations" DROP CONSTRAINT "CHK_workstations_lat"`);
    await q.query(`ALTER TABLE "workstations" DROP CONSTRAINT "CHK_workstations_status"`);
    await q.query(`DROP INDEX "public"."IDX_members_region_prefix"`);
    await q.query(`DROP INDEX "public"."IDX_workstations_region_prefix"`);
    await q.query(`DROP INDEX "public"."IDX_members_name_trgm"`);
    await q.query(`DROP INDEX "public"."IDX_workstations_name_trgm"`);
    await q.query(`ALTER TABLE "workstation_members" DROP CONSTRAINT "FK_workstation_members_member"`);
    await q.query(`ALTER TABLE "workstation_members" DROP CONSTRAINT "FK_workstation_members_workstation"`);
    await q.query(`ALTER TABLE "duty_rules" DROP CONSTRAINT "FK_duty_rules_member"`);
    await q.query(`ALTER TABLE "duty_rules" DROP CONSTRAINT "FK_duty_rules_workstation"`);
    await q.query(`ALTER TABLE "workstations" DROP CONSTRAINT "FK_workstations_region"`);
    await q.query(`ALTER TABLE "members" DROP CONSTRAINT "FK_members_region"`);
    await q.query(`ALTER TABLE "departments" DROP CONSTRAINT "FK_departments_region"`);
    await q.query(`DROP INDEX "public"."IDX_workstation_members_member"`);
    await q.query(`DROP TABLE "workstation_members"`);
    await q.query(`DROP INDEX "public"."IDX_duty_rules_workstation"`);
    await q.query(`DROP INDEX "public"."IDX_duty_rules_member"`);
    await q.query(`DROP TABLE "duty_rules"`);
    await q.query(`DROP INDEX "public"."IDX_workstations_region"`);
    await q.query(`DROP INDEX "public"."UQ_workstations_name_region"`);
    await q.query(`DROP INDEX "public"."UQ_workstations_code"`);
    await q.query(`DROP TABLE "workstations"`);
    await q.query(`DROP INDEX "public"."IDX_members_region"`);
    await q.query(`DROP INDEX "public"."IDX_members_sector"`);
    await q.query(`DROP INDEX "public"."UQ_members_user"`);
    await q.query(`DROP INDEX "public"."UQ_members_code"`);
    await q.query(`DROP INDEX "public"."UQ_members_phone_bidx"`);
    await q.query(`DROP TABLE "members"`);
    await q.query(`DROP INDEX "public"."IDX_departments_region"`);
    await q.query(`DROP INDEX "public"."UQ_departments_name_region"`);
    await q.query(`DROP TABLE "departments"`);
    await q.query(`DROP INDEX "public"."IDX_regions_parent"`);
    await q.query(`DROP TABLE "regions"`);
  }
}
