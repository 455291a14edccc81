import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { affectedRows, regionLikePattern } from '@xs/platform';

export interface DutyRuleRow {
  id: string;
  workstationId: string;
  workstationName: string;
  workstationAddress: string;
  regionCode: string;
  memberId: string;
  memberName: string;
  memberSector: string | null;
  rrule: string;
  startsOn: string;
  until: string | null;
  startTime: string;
  endTime: string;
  note: string | null;
  createdAt: Date;
}

const COLS = `d.id, d.workstation_id AS "workstationId", w.name AS "workstationName", w.address AS "workstationAddress",
  w.region_code AS "regionCode", d.member_id AS "memberId", m.name AS "memberName", m.sector AS "memberSector",
  d.rrule, to_char(d.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(d.until, 'YYYY-MM-DD') AS "until",
  d.start_time AS "startTime", d.end_time AS "endTime", d.note, d.created_at AS "createdAt"`;

@Injectable()
export class DutyRepository {
  constructor(private readonly db: DataSource) {}

  async insert(
    m: EntityManager | undefined,
    r: {
      workstationId: string;
      memberId: string;
      rrule: string;
      startsOn: string;
      until: string | null;
      startTime: string;
      endTime: string;
      note: string | null;
    },
  ): Promise<string> {
    const rows: { id: string }[] = await (m ?? this.db).query(
      `INSERT INTO duty_rules (workstation_id, member_id, rrule, starts_on, until, start_time, end_time, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [r.workstationId, r.memberId, r.rrule, r.startsOn, r.until, r.startTime, r.endTime, r.note],
    );
    return rows[0].id;
  }

  async get(id: string): Promise<DutyRuleRow | null> {
    const rows = await this.db.query(
      `SELECT ${COLS} FROM duty_rules d JOIN workstations w ON w.id = d.workstation_id JOIN members m ON m.id = d.member_id WHERE d.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async remove(id: string): Promise<boolean> {
    return affectedRows(await this.db.query(`DELETE FROM duty_rules WHERE id = $1`, [id])) > 0;
  }

  /** Rules that may yield a day in [from, to]: started by `to`, not ended before `from`, place not deleted. */
  rulesFor(f: {
    region: string;
    from: string;
    to: string;
    workstation?: string;
    member?: string;
  }): Promise<DutyRuleRow[]> {
    const params: unknown[] = [regionLikePattern(f.region), f.from, f.to];
    const where = [
      `w.region_code LIKE $1`,
      `d.starts_on <= $3`,
      `(d.until IS NULL OR d.until >= $2)`,
      `w.deleted_at IS NULL`,
    ];
    if (f.workstation) {
      params.push(f.workstation);
      where.push(`d.workstation_id = $${params.length}`);
    }
    if (f.member) {
      params.push(f.member);
      where.push(`d.member_id = $${params.length}`);
    }
    return this.db.query(
      `SELECT ${COLS} FROM duty_rules d JOIN workstations w ON w.id = d.workstation_id JOIN members m ON m.id = d.member_id
       WHERE ${where.join(' AND ')} ORDER BY d.start_time, w.name, m.name, d.id`,
      params,
    );
  }

  ofWorkstation(workstationId: string): Promise<DutyRuleRow[]> {
    return this.db.query(
      `SELECT ${COLS} FROM duty_rules d JOIN workstations w ON w.id = d.workstation_id JOIN members m ON m.id = d.member_id
       WHERE d.workstation_id = $1 ORDER BY d.starts_on, d.start_time, m.name, d.id`,
      [workstationId],
    );
  }
}
