import { Injectable } from '@nestjs/common';
import type { OpinionCounts, OpinionStatsPort, OpinionStatsRow } from '@xs/contracts';
import { assertInScope } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { OpinionPorts } from '../opinion-ports';
import type { OpinionStatsQuery } from './stats.dto';
import { CountFilter, OpinionStatsRepository } from './stats.repository';
import type { OpinionStatsResponse } from './stats.responses';

const NO_SECTOR = '未填界别';
const zero = (): OpinionCounts => ({ entries: 0, submitted: 0, adopted: 0, instructed: 0, completed: 0 });
const sum = (c: OpinionCounts) => c.entries + c.submitted + c.adopted + c.instructed + c.completed;

/** A calendar year in China's time zone, [from, to). */
export function yearRange(year: number): { from: Date; to: Date } {
  return { from: new Date(`${year}-01-01T00:00:00+08:00`), to: new Date(`${year + 1}-01-01T00:00:00+08:00`) };
}

export function currentYear(now = new Date()): number {
  return new Date(now.getTime() + 8 * 3_600_000).getUTCFullYear();
}

interface Tally {
  totals: OpinionCounts;
  district: Map<string, OpinionCounts>;
  member: Map<string, OpinionCounts>;
}

/**
 * Counts committees report (point 5 of issue 17): entries by the time they were recorded; reports by
 * the time they were submitted, and of those how many were adopted, got 批示, and were handled to completion.
 */
@Injectable()
export class OpinionStatsService implements OpinionStatsPort {
  constructor(
    private readonly repo: OpinionStatsRepository,
    private readonly ports: OpinionPorts,
  ) {}

  private async tally(f: CountFilter): Promise<Tally> {
    const t: Tally = { totals: zero(), district: new Map(), member: new Map() };
    const bucket = (map: Map<string, OpinionCounts>, key: string) => {
      let c = map.get(key);
      if (!c) map.set(key, (c = zero()));
      return c;
    };
    const counted = (memberId: string | null, district: string): OpinionCounts[] => [
      t.totals,
      bucket(t.district, district),
      ...(memberId ? [bucket(t.member, memberId)] : []),
    ];
    for (const e of await this.repo.entryCounts(f))
      for (const c of counted(e.memberId, e.district)) c.entries += e.n;
    const reports = await this.repo.reports(f);
    const handling = await this.ports.handling(reports.filter((r) => r.suggestionId).map((r) => r.id));
    for (const r of reports) {
      // A merged report was submitted; its content lives on in the report it was merged into.
      const adopted = r.status === 'adopted';
      const completed = handling.get(r.id)?.status === 'completed';
      for (const c of counted(r.memberId, r.district)) {
        c.submitted++;
        if (adopted) c.adopted++;
        if (adopted && r.instructed) c.instructed++;
        if (adopted && completed) c.completed++;
      }
    }
    return t;
  }

  async stats(p: Principal, q: OpinionStatsQuery): Promise<OpinionStatsResponse> {
    const region = q.region ?? p.regionCode;
    assertInScope(p, region);
    return this.figures(region, q.year ?? currentYear());
  }

  async figures(region: string, year: number): Promise<OpinionStatsResponse> {
    const t = await this.tally({ region, ...yearRange(year) });
    const districts = [...t.district.keys()].sort();
    const names = await Promise.all(districts.map((d) => this.ports.regionName(d)));
    const members = await this.ports.memberSnapshots([...t.member.keys()]);
    const byMember = members
      .map((m) => ({ memberId: m.id, name: m.name, sector: m.sector, ...t.member.get(m.id)! }))
      .sort((a, b) => sum(b) - sum(a) || a.name.localeCompare(b.name, 'zh'));
    const sectors = new Map<string, OpinionCounts>();
    for (const m of byMember) {
      const key = m.sector ?? NO_SECTOR;
      const c = sectors.get(key) ?? zero();
      for (const k of Object.keys(c) as (keyof OpinionCounts)[]) c[k] += m[k];
      sectors.set(key, c);
    }
    return {
      region,
      year,
      totals: t.totals,
      byDistrict: districts.map((d, i) => ({ regionCode: d, name: names[i], ...t.district.get(d)! })),
      bySector: [...sectors]
        .map(([sector, c]) => ({ sector, ...c }))
        .sort((a, b) => sum(b) - sum(a) || a.sector.localeCompare(b.sector, 'zh')),
      byMember,
    };
  }

  async memberCounts(memberId: string, from: Date, to: Date): Promise<OpinionCounts> {
    return (await this.tally({ memberId, from, to })).totals;
  }

  async yearRows(regionCode: string, year: number): Promise<OpinionStatsRow[]> {
    const s = await this.figures(regionCode, year);
    const name = (await this.ports.regionName(regionCode)) ?? regionCode;
    return [
      { kind: 'total', label: `${name}（合计）`, ...s.totals },
      ...s.byDistrict.map(({ regionCode: code, name: n, ...c }) => ({
        kind: 'district' as const,
        label: n ?? code,
        ...c,
      })),
      ...s.bySector.map(({ sector, ...c }) => ({ kind: 'sector' as const, label: sector, ...c })),
      ...s.byMember.map(({ memberId: _id, name: n, sector, ...c }) => ({
        kind: 'member' as const,
        label: sector ? `${n}（${sector}）` : n,
        ...c,
      })),
    ];
  }
}
