import 'reflect-metadata';
import { IsInt, IsString, Length, validateSync } from 'class-validator';
import { cacheValidationMetadata } from './validation-metadata-cache';

class Base {
  @IsString() @Length(1, 3) name!: string;
}

describe('cacheValidationMetadata', () => {
  it('validates as before, inherited rules too, and learns rules declared after it', () => {
    cacheValidationMetadata();
    const bad = Object.assign(new Base(), { name: 'four' });
    expect(validateSync(bad).map((e) => e.property)).toEqual(['name']);
    expect(validateSync(bad)).toHaveLength(1);
    expect(validateSync(Object.assign(new Base(), { name: 'ok' }))).toHaveLength(0);

    // Declared after the first validations: its own rule and the inherited one both count.
    class Later extends Base {
      @IsInt() n!: number;
    }
    const later = Object.assign(new Later(), { name: 'four', n: 1.5 });
    expect(
      validateSync(later)
        .map((e) => e.property)
        .sort(),
    ).toEqual(['n', 'name']);
    expect(validateSync(Object.assign(new Later(), { name: 'ok', n: 2 }))).toHaveLength(0);
    // Groups are part of the key: with a group no rule applies (only "unknown value"), without both do.
    expect(validateSync(later, { groups: ['x'] }).map((e) => Object.keys(e.constraints ?? {}))).toEqual([
      ['unknownValue'],
    ]);
    expect(validateSync(later)).toHaveLength(2);
  });
});
