import {
  adjustedRandIndex,
  analyse,
  emptyMatrix,
  seededRandom,
  VOTE_CODE,
  type VoteMatrix,
} from './consensus-math';

interface Planted {
  matrix: VoteMatrix;
  truth: number[];
}

/**
 * A population with planted groups: each group has an opinion per statement (agree or disagree), members
 * vote it with probability 1 − noise (else the opposite or a pass) and skip a share of the statements.
 * Statement 0 is agreed by every group (the planted consensus). Opinions are built from two independent
 * splits so that up to four groups stay apart in two dimensions, as with real opinion maps.
 */
function plant(
  groups: number,
  perGroup: number,
  statements: number,
  noise: number,
  missing: number,
  seed = 7,
): Planted {
  const random = seededRandom(seed);
  const splitA = Array.from({ length: statements }, () => (random() < 0.5 ? 1 : -1));
  const splitB = Array.from({ length: statements }, () => (random() < 0.5 ? 1 : -1));
  const signs = [
    [1, 1],
    [-1, -1],
    [1, -1],
    [-1, 1],
  ];
  const opinion = (g: number, s: number) => {
    if (s === 0) return 1;
    // Half the statements follow split A, half split B.
    return s % 2 === 0 ? signs[g][0] * splitA[s] : signs[g][1] * splitB[s];
  };
  const matrix = emptyMatrix(groups * perGroup, statements);
  const truth: number[] = [];
  for (let g = 0; g < groups; g++)
    for (let i = 0; i < perGroup; i++) {
      const p = g * perGroup + i;
      truth.push(g);
      for (let s = 0; s < statements; s++) {
        if (random() < missing) continue;
        const r = random();
        let v = opinion(g, s);
        if (r < noise / 2) v = -v;
        const code =
          r < noise / 2 || r >= noise ? (v === 1 ? VOTE_CODE.agree : VOTE_CODE.disagree) : VOTE_CODE.pass;
        matrix.cells[p * statements + s] = code;
      }
    }
  return { matrix, truth };
}

function clusteredTruth(planted: Planted, group: Int16Array): [number[], number[]] {
  const a: number[] = [];
  const b: number[] = [];
  planted.truth.forEach((t, p) => {
    if (group[p] >= 0) {
      a.push(t);
      b.push(group[p]);
    }
  });
  return [a, b];
}

describe('adjusted Rand index', () => {
  it('is 1 for the same partition under other names and about 0 for an unrelated one', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2, 2], [5, 5, 3, 3, 9, 9])).toBeCloseTo(1);
    const random = seededRandom(3);
    const a = Array.from({ length: 2000 }, () => Math.floor(random() * 3));
    const b = Array.from({ length: 2000 }, () => Math.floor(random() * 3));
    expect(Math.abs(adjustedRandIndex(a, b))).toBeLessThan(0.05);
  });
});

describe('opinion groups on planted populations', () => {
  it.each([
    [2, 0.1, 0.3],
    [3, 0.1, 0.3],
    [4, 0.1, 0.3],
    [2, 0.2, 0.5],
  ])('finds %i planted groups (noise %f, %f of the votes missing)', (groups, noise, missing) => {
    const planted = plant(groups, 60, 40, noise, missing);
    const result = analyse(planted.matrix, { seed: 11 });
    expect(result.k).toBe(groups);
    const [truth, found] = clusteredTruth(planted, result.group);
    expect(adjustedRandIndex(truth, found)).toBeGreaterThanOrEqual(0.9);
    expect(result.groups.map((g) => g.size).reduce((a, b) => a + b)).toBe(result.clustered);
  });

  it('ranks the planted consensus statement first and lists split statements as divisive', () => {
    const planted = plant(3, 50, 30, 0.1, 0.2);
    const result = analyse(planted.matrix, { seed: 5 });
    expect(result.consensus[0].statement).toBe(0);
    for (const rate of result.consensus[0].groupAgree) expect(rate).toBeGreaterThan(0.5);
    expect(result.divisive.length).toBeGreaterThan(0);
    expect(result.divisive.map((d) => d.statement)).not.toContain(0);
    // Every group's representative statements are ones it differs on, never the shared one.
    for (const g of result.groups) {
      expect(g.representative.length).toBeGreaterThan(0);
      expect(g.representative).not.toContain(0);
    }
  });

  it('leaves participants with too few votes out of the groups but counts their votes', () => {
    const planted = plant(2, 30, 20, 0.05, 0.1);
    // Participant 0 keeps just three votes.
    const row = planted.matrix.cells.subarray(0, 20);
    row.fill(0);
    row[0] = VOTE_CODE.agree;
    row[1] = VOTE_CODE.disagree;
    row[2] = VOTE_CODE.pass;
    const result = analyse(planted.matrix, { seed: 1, minVotes: 7 });
    expect(result.group[0]).toBe(-1);
    expect(result.points[0]).toBeNull();
    expect(result.clustered).toBe(59);
    expect(result.voters).toBe(60);
    const total = (s: number) => {
      const f = result.figures[s];
      return f.agree + f.disagree + f.pass;
    };
    let votedOnTwo = 0;
    for (let p = 0; p < 60; p++) if (planted.matrix.cells[p * 20 + 2]) votedOnTwo++;
    expect(total(2)).toBe(votedOnTwo);
  });

  it('gives the same result for the same seed', () => {
    const planted = plant(3, 40, 25, 0.25, 0.4, 99);
    const a = analyse(planted.matrix, { seed: 42 });
    const b = analyse(planted.matrix, { seed: 42 });
    expect(Array.from(b.group)).toEqual(Array.from(a.group));
    expect(b.points).toEqual(a.points);
    expect(b.consensus).toEqual(a.consensus);
    expect(b.groups).toEqual(a.groups);
  });

  it('handles an empty room and a room too small to cluster', () => {
    expect(analyse(emptyMatrix(0, 0))).toMatchObject({ voters: 0, clustered: 0, groups: [], consensus: [] });
    const small = emptyMatrix(2, 2);
    small.cells.set([VOTE_CODE.agree, VOTE_CODE.agree, VOTE_CODE.agree, VOTE_CODE.disagree]);
    const result = analyse(small, { minVotes: 1 });
    expect(result.voters).toBe(2);
    expect(result.consensus.map((c) => c.statement)).toEqual([0]);
    expect(result.figures[1]).toMatchObject({ agree: 1, disagree: 1, pass: 0 });
  });
});
