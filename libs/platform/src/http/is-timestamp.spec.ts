import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsTimestamp } from './is-timestamp';

class Query {
  @IsTimestamp() at?: Date;
}

const check = (at: unknown) => {
  const q = plainToInstance(Query, { at });
  return { errors: validateSync(q).length, at: q.at };
};

describe('IsTimestamp', () => {
  it('turns ISO 8601 dates and date-times into Dates', () => {
    expect(check('2026-03-01').at).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(check('2026-03-01T09:30:00+08:00')).toEqual({ errors: 0, at: new Date('2026-03-01T01:30:00Z') });
  });

  it('refuses what JavaScript would guess at and years an RFC 3339 date-time cannot state', () => {
    for (const bad of [
      '12',
      'tomorrow',
      '2026-02-30',
      '+275760-09-13T00:00:00.000Z',
      '0800-01-01',
      20260301,
      true,
    ])
      expect({ bad, errors: check(bad).errors }).toEqual({ bad, errors: 1 });
  });
});
