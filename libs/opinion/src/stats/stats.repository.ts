import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { regionLikePattern } from '@xs/platform';

export interface CountFilter {
  region?: string;
  memberId?: string;
  from: Date;
  to: Date;
}

export interface EntryCountRow {
  memberId: string | null;
  district: string;
  n: number;
}

export interface ReportStatRow {
  id: string;
  memberId: string | null;
  district: string;
  status: string;
  instructed: boolean;
  suggestionId: string | null;
}

/** The rows 社情民意 statistics are counted from: entries by recording time, reports by submission time. */
@Injectable()
export class OpinionStatsRepository {
  constructor(private readonly db: DataSource) {}

  private where(f: CountFilter, time: string, region: string, member: string): [string, unknown[]] {
    const params: unknown[] = [f.from, f.to];
    const where = [`${time} >= $1`, `${time} < $2`];
    if (f.region) {
      params.push(regionLikePattern(f.region));
      where.push(`${region} LIKE $${params.length}`);
    }
    if (f.memberId) {
      params.push(f.memberId);
      where.push(`${member} = $${params.length}`);
    }
    return [where.join(' AND '), params];
  }

  async entryCounts(f: CountFilter): Promise<EntryCountRow[]> {
    const [where, params] = this.where(f, 'created_at', 'region_code', 'member_id');
    return this.db.query(
      `SELECT member_id AS "memberId", left(region_code, 6) AS district, count(*)::int AS n
         FROM opinion_entries WHERE ${where} GROUP BY 1, 2`,
      params,
    );
  }

  async reports(f: CountFilter): Promise<ReportStatRow[]> {
    const [where, params] = this.where(f, 'r.submitted_at', 'r.region_code', 'r.author_member_id');
    return this.db.query(
      `SELECT r.id, r.author_member_id AS "memberId", left(r.region_code, 6) AS district, r.status,
              EXISTS (SELECT 1 FROM opinion_report_instructions i WHERE i.report_id = r.id) AS instructed,
              r.suggestion_id AS "suggestionId"
         FROM opinion_reports r WHERE ${where}`,
      params,
    );
  }
}
