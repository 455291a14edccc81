import { createHash } from 'node:crypto';
import { candidatesHash, drawWinners } from './draw-algorithm';

const ids = Array.from({ length: 40 }, (_, i) => `id-${String(i).padStart(3, '0')}`);

describe('drawWinners', () => {
  it('gives the same winners for the same seed whatever the input order', () => {
    const a = drawWinners(ids, 'seed-2026', 5);
    const b = drawWinners([...ids].reverse(), 'seed-2026', 5);
    expect(a).toEqual(b);
    expect(new Set(a.winners).size).toBe(5);
    for (const w of a.winners) expect(ids).toContain(w);
  });

  it('gives different winners for another seed', () => {
    expect(drawWinners(ids, 'seed-A', 5).winners).not.toEqual(drawWinners(ids, 'seed-B', 5).winners);
  });

  it('hashes the sorted list with SHA-256', () => {
    const expected = createHash('sha256').update(ids.join('\n')).digest('hex');
    expect(candidatesHash(ids)).toBe(expected);
    expect(drawWinners(ids, 's', 1).candidatesHash).toBe(expected);
  });

  it('takes everyone when there are fewer candidates than seats, and nobody from an empty list', () => {
    expect(new Set(drawWinners(ids.slice(0, 3), 's', 10).winners)).toEqual(new Set(ids.slice(0, 3)));
    expect(drawWinners([], 's', 3).winners).toEqual([]);
  });

  it('is roughly uniform over many seeds', () => {
    const hits = new Map<string, number>();
    const small = ids.slice(0, 10);
    for (let s = 0; s < 5000; s++) {
      const w = drawWinners(small, `s${s}`, 1).winners[0];
      hits.set(w, (hits.get(w) ?? 0) + 1);
    }
    for (const id of small) {
      expect(hits.get(id)).toBeGreaterThan(380);
      expect(hits.get(id)).toBeLessThan(620);
    }
  });
});
