import { nameGrams, queryGrams } from './members.repository';

describe('name grams (the index of short Chinese names)', () => {
  it('holds every character and every pair of a name', () => {
    expect(nameGrams('欧阳明').sort()).toEqual(['明', '欧', '欧阳', '阳', '阳明'].sort());
    expect(nameGrams('李 明')).toEqual(['李', '李明', '明']);
  });

  it('asks for the pairs of a query, or its single character', () => {
    expect(queryGrams('张伟')).toEqual(['张伟']);
    expect(queryGrams('欧阳明')).toEqual(['欧阳', '阳明']);
    expect(queryGrams('张')).toEqual(['张']);
    expect(queryGrams(' ')).toEqual([]);
  });

  it('a name contains a query only if its grams contain the query grams', () => {
    for (const [name, q, hit] of [
      ['张伟华', '伟华', true],
      ['张伟华', '张华', false],
      ['王芳', '芳', true],
    ] as const) {
      const g = new Set(nameGrams(name));
      expect(queryGrams(q).every((x) => g.has(x)) && name.includes(q)).toBe(hit);
    }
  });
});
