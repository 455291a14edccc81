import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { camelRows, regionLevel, regionLikePattern, ROOT_REGION } from '@xs/platform';

import type { RegionPeriod, StatsFigures, StatsRow } from '@xs/contracts';

export type { RegionPeriod, StatsFigures, StatsRow };

/** How a region's direct children are derived from a descendant's code: the prefix kept and the padded width. */
export function childGrouping(code: string): { keep: number; width: number } {
  if (code === ROOT_REGION) return { keep: 2, width: 6 };
  switch (regionLevel(code)) {
    case 'province':
      return { keep: 4, width: 6 };
    case 'city':
      return { keep: 6, width: 6 };
    case 'county':
      return { keep: 9, width: 9 };
    default:
      return { keep: 12, width: 12 };
  }
}

/** Rows group by the child's prefix (cheap per row); the prefix is padded to a region code once per group. */
const CHILD = `left(x.region_code, $4)`;
const PAD = (col: string) => `CASE WHEN length(${col}) < $4 THEN ${col} ELSE rpad(${col}, $5, '0') END`;
const PERIOD = `x.region_code LIKE $1 AND ($2::timestamptz IS NULL OR x.session_starts_at >= $2)
                AND ($3::timestamptz IS NULL OR x.session_starts_at < $3)`;

/**
 * The yearly figures (docs/domain.md): one SQL statement over this context's tables, totals and per child
 * region together (the total summed from the per-child rows), rates computed by the database. Suggestion
 * figures come from session_suggestion_counts, which a trigger keeps equal to counting `suggestions`. Sessions and suggestions fall in a
 * period by the session's start; exports use the same query so their figures agree.
 */
export const STATS_SQL = `
WITH o AS (
  SELECT ${CHILD} AS child, count(*)::int AS sessions, sum(x.onsite_count)::int AS onsite,
         sum(x.online_unique)::int AS online_unique, max(x.online_peak)::int AS online_peak
    FROM session_outcomes x WHERE ${PERIOD}
   GROUP BY 1
), s AS (
  SELECT ${CHILD} AS child, sum(x.total)::int AS total, sum(x.assigned)::int AS assigned,
         sum(x.replied)::int AS replied, sum(x.completed)::int AS completed, sum(x.adopted)::int AS adopted,
         sum(x.satisfied)::int AS satisfied, sum(x.basically)::int AS basically, sum(x.unsatisfied)::int AS unsatisfied
    FROM session_suggestion_counts x WHERE ${PERIOD}
   GROUP BY 1
), c AS (
  SELECT ${PAD('coalesce(o.child, s.child)')} AS child,
         coalesce(o.sessions, 0) AS sessions, coalesce(o.onsite, 0) AS onsite,
         coalesce(o.online_unique, 0) AS online_unique, coalesce(o.online_peak, 0) AS online_peak,
         coalesce(s.total, 0) AS total, coalesce(s.assigned, 0) AS assigned, coalesce(s.replied, 0) AS replied,
         coalesce(s.completed, 0) AS completed, coalesce(s.adopted, 0) AS adopted,
         coalesce(s.satisfied, 0) AS satisfied, coalesce(s.basically, 0) AS basically,
         coalesce(s.unsatisfied, 0) AS unsatisfied
    FROM o FULL JOIN s ON s.child = o.child
), t AS (
  SELECT 0 AS g, NULL::text AS child,
         coalesce(sum(sessions), 0)::int AS sessions, coalesce(sum(onsite), 0)::int AS onsite,
         coalesce(sum(online_unique), 0)::int AS online_unique, coalesce(max(online_peak), 0)::int AS online_peak,
         coalesce(sum(total), 0)::int AS total, coalesce(sum(assigned), 0)::int AS assigned,
         coalesce(sum(replied), 0)::int AS replied, coalesce(sum(completed), 0)::int AS completed,
         coalesce(sum(adopted), 0)::int AS adopted, coalesce(sum(satisfied), 0)::int AS satisfied,
         coalesce(sum(basically), 0)::int AS basically, coalesce(sum(unsatisfied), 0)::int AS unsatisfied
    FROM c
  UNION ALL
  SELECT 1, c.* FROM c
)
SELECT t.child AS region_code, t.sessions, t.onsite, t.online_unique, t.online_peak, t.total, t.assigned, t.replied,
       t.completed, t.adopted, (t.satisfied + t.basically + t.unsatisfied) AS ratings, t.satisfied, t.basically, t.unsatisfied,
       round(t.replied::numeric / nullif(t.assigned, 0), 4)::float8 AS reply_rate,
       round(t.completed::numeric / nullif(t.assigned, 0), 4)::float8 AS completion_rate,
       round(t.adopted::numeric / nullif(t.assigned, 0), 4)::float8 AS adoption_rate,
       round((t.satisfied + t.basically)::numeric / nullif(t.satisfied + t.basically + t.unsatisfied, 0), 4)::float8
         AS satisfaction_rate
  FROM t
 ORDER BY t.g, t.child`;

/** The same figures per month of the session start (Beijing calendar), for the console's trend charts. */
export const MONTHLY_SQL = `
WITH o AS (
  SELECT to_char(x.session_starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, count(*)::int AS sessions,
         sum(x.onsite_count)::int AS onsite, sum(x.online_unique)::int AS online_unique,
         max(x.online_peak)::int AS online_peak
    FROM session_outcomes x WHERE ${PERIOD}
   GROUP BY 1
), s AS (
  SELECT to_char(x.session_starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, sum(x.total)::int AS total,
         sum(x.assigned)::int AS assigned, sum(x.replied)::int AS replied, sum(x.completed)::int AS completed,
         sum(x.adopted)::int AS adopted, sum(x.satisfied)::int AS satisfied, sum(x.basically)::int AS basically,
         sum(x.unsatisfied)::int AS unsatisfied
    FROM session_suggestion_counts x WHERE ${PERIOD}
   GROUP BY 1
), t AS (
  SELECT coalesce(o.month, s.month) AS month,
         coalesce(o.sessions, 0) AS sessions, coalesce(o.onsite, 0) AS onsite,
         coalesce(o.online_unique, 0) AS online_unique, coalesce(o.online_peak, 0) AS online_peak,
         coalesce(s.total, 0) AS total, coalesce(s.assigned, 0) AS assigned, coalesce(s.replied, 0) AS replied,
         coalesce(s.completed, 0) AS completed, coalesce(s.adopted, 0) AS adopted,
         coalesce(s.satisfied, 0) AS satisfied, coalesce(s.basically, 0) AS basically,
         coalesce(s.unsatisfied, 0) AS unsatisfied
    FROM o FULL JOIN s ON s.month = o.month
)
SELECT t.month AS region_code, t.sessions, t.onsite, t.online_unique, t.online_peak, t.total, t.assigned, t.replied,
       t.completed, t.adopted, (t.satisfied + t.basically + t.unsatisfied) AS ratings, t.satisfied, t.basically, t.unsatisfied,
       round(t.replied::numeric / nullif(t.assigned, 0), 4)::float8 AS reply_rate,
       round(t.completed::numeric / nullif(t.assigned, 0), 4)::float8 AS completion_rate,
       round(t.adopted::numeric / nullif(t.assigned, 0), 4)::float8 AS adoption_rate,
       round((t.satisfied + t.basically)::numeric / nullif(t.satisfied + t.basically + t.unsatisfied, 0), 4)::float8
         AS satisfaction_rate
  FROM t
 ORDER BY t.month`;

/** A row of STATS_SQL or MONTHLY_SQL, keyed camelCase by camelRows(). */
interface RawRow {
  regionCode: string | null;
  sessions: number;
  onsite: number;
  onlineUnique: number;
  onlinePeak: number;
  total: number;
  assigned: number;
  replied: number;
  completed: number;
  adopted: number;
  ratings: number;
  satisfied: number;
  basically: number;
  unsatisfied: number;
  replyRate: number | null;
  completionRate: number | null;
  adoptionRate: number | null;
  satisfactionRate: number | null;
}

@Injectable()
export class StatsRepository {
  constructor(private readonly db: DataSource) {}

  /** First row: the totals (regionCode null); then one row per child region with any data. */
  async figures(q: RegionPeriod): Promise<StatsRow[]> {
    const g = childGrouping(q.regionCode);
    const rows = camelRows<RawRow>(
      await this.db.query(STATS_SQL, [
        regionLikePattern(q.regionCode),
        q.from ?? null,
        q.to ?? null,
        g.keep,
        g.width,
      ]),
    );
    return rows.map(toRow);
  }

  /** One row per month with any data (regionCode holds the month, `YYYY-MM`), oldest first. */
  async monthly(q: RegionPeriod): Promise<StatsRow[]> {
    const rows = camelRows<RawRow>(
      await this.db.query(MONTHLY_SQL, [regionLikePattern(q.regionCode), q.from ?? null, q.to ?? null]),
    );
    return rows.map(toRow);
  }
}

function toRow(r: RawRow): StatsRow {
  return {
    regionCode: r.regionCode,
    sessions: r.sessions,
    participants: { onsite: r.onsite, onlineUnique: r.onlineUnique, onlinePeak: r.onlinePeak },
    suggestions: {
      total: r.total,
      assigned: r.assigned,
      replied: r.replied,
      completed: r.completed,
      adopted: r.adopted,
    },
    ratings: {
      total: r.ratings,
      satisfied: r.satisfied,
      basicallySatisfied: r.basically,
      unsatisfied: r.unsatisfied,
    },
    rates: {
      reply: r.replyRate,
      completion: r.completionRate,
      adoption: r.adoptionRate,
      satisfaction: r.satisfactionRate,
    },
  };
}
