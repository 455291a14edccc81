import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tsSources } from '@test/sources';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { RULES_IN_WORDS } from '@xs/platform';
import './app.module';

const libs = path.join(__dirname, '../../../libs');
/** Types class-validator records that are not rules a value can break. */
const NOT_RULES = new Set(['conditionalValidation', 'customValidation']);

describe('validation problems are said in words', () => {
  it('every rule any DTO declares has words in Chinese and English', async () => {
    const declaring = tsSources(libs).filter((f) => /from 'class-validator'/.test(readFileSync(f, 'utf8')));
    expect(declaring.length).toBeGreaterThan(20);
    // The app (imported above) loaded the contexts in their own order; now any DTO file it does not reach.
    for (const f of declaring) await import(f);
    const storage = getMetadataStorage() as unknown as {
      validationMetadatas: Map<unknown, ValidationMetadata[]>;
      getTargetValidatorConstraints(cls: unknown): { name: string }[];
    };
    const rules = new Set<string>();
    for (const metas of storage.validationMetadatas.values())
      for (const m of metas) {
        const name =
          m.type === 'customValidation'
            ? storage.getTargetValidatorConstraints(m.constraintCls)[0]?.name
            : m.type;
        if (name && !NOT_RULES.has(name)) rules.add(name);
      }
    // The DTOs use these at least; a rule missing words would read "is not valid (rule)".
    expect([...rules]).toEqual(expect.arrayContaining(['isString', 'isLength', 'matches', 'isUuid', 'isIn']));
    expect([...rules].filter((r) => !RULES_IN_WORDS.has(r))).toEqual([]);
  });
});
