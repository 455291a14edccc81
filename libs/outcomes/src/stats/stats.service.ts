import { Injectable } from '@nestjs/common';
import { assertInScope } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { ContextPorts } from '../outcomes/context-ports';
import type { RegionPeriodQuery } from '../outcomes/outcomes.dto';
import { RegionPeriod, StatsFigures, StatsRepository } from './stats.repository';
import { Errors } from '../errors';

export interface StatsView extends Omit<StatsFigures, 'ratings'> {
  region: string;
  from: string | null;
  to: string | null;
  ratings: StatsFigures['ratings'];
  byRegion: (Omit<StatsFigures, 'ratings'> & {
    regionCode: string;
    name: string | null;
    ratings: StatsFigures['ratings'];
  })[];
  byMonth: (StatsFigures & { month: string })[];
}

@Injectable()
export class StatsService {
  constructor(
    private readonly repo: StatsRepository,
    private readonly ports: ContextPorts,
  ) {}

  /** The caller's region (or a region inside it) and an optional [from, to) period on session start. */
  scope(p: Principal, q: RegionPeriodQuery): RegionPeriod {
    const regionCode = q.region ?? p.regionCode;
    assertInScope(p, regionCode);
    return this.period(regionCode, q.from, q.to);
  }

  period(regionCode: string, from?: Date, to?: Date): RegionPeriod {
    if (from && to && from >= to) throw Errors.badInput('BAD_PERIOD');
    return { regionCode, from, to };
  }

  async stats(p: Principal, q: RegionPeriodQuery): Promise<StatsView> {
    const scope = this.scope(p, q);
    const [rows, months] = await Promise.all([this.repo.figures(scope), this.repo.monthly(scope)]);
    const [total, ...children] = rows;
    const names = await Promise.all(
      children.map((c) => this.ports.regionName(c.regionCode!).catch(() => null)),
    );
    const { regionCode: _omit, ...figures } = total;
    return {
      region: scope.regionCode,
      from: scope.from?.toISOString() ?? null,
      to: scope.to?.toISOString() ?? null,
      ...figures,
      byRegion: children.map((c, i) => {
        const { regionCode, ...rest } = c;
        return { regionCode: regionCode!, name: names[i], ...rest };
      }),
      byMonth: months.map(({ regionCode, ...rest }) => ({ month: regionCode!, ...rest })),
    };
  }
}
