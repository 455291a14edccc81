import { analyse, emptyMatrix, seededRandom, type VoteMatrix } from './consensus-math';
import { ConsensusThread } from './consensus-thread';

/** Three camps voting on `statements`, with noise and a third of the cells missing. */
function population(people: number, statements: number, seed: number): VoteMatrix {
  const random = seededRandom(seed);
  const camps = Array.from({ length: 3 }, () =>
    Array.from({ length: statements }, () => (random() < 0.5 ? 1 : 2)),
  );
  const m = emptyMatrix(people, statements);
  for (let p = 0; p < people; p++)
    for (let s = 0; s < statements; s++) {
      if (random() < 0.33) continue;
      const r = random();
      m.cells[p * statements + s] = r < 0.1 ? 3 : r < 0.2 ? 3 - camps[p % 3][s] : camps[p % 3][s];
    }
  return m;
}

describe('consensus recompute in a worker thread', () => {
  const thread = new ConsensusThread();
  afterAll(() => thread.close());

  it('gives the same groups, map and lists as the analysis in-process, for the same seed', async () => {
    for (const seed of [3, 11]) {
      const m = population(600, 40, seed);
      const { result } = await thread.analyse(m, { seed });
      expect(result).toEqual(analyse(m, { seed }));
      expect(result.groups.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('leaves the event loop free while it works', async () => {
    const m = population(4000, 120, 5);
    let turns = 0;
    const timer = setInterval(() => turns++, 1);
    await thread.analyse(m, { seed: 1 });
    clearInterval(timer);
    // Timers ran during the analysis: the loop that acks votes was not held.
    expect(turns).toBeGreaterThan(0);
  });

  it('answers each request with its own result when several wait', async () => {
    const a = population(200, 20, 1);
    const b = population(300, 25, 2);
    const [ra, rb] = await Promise.all([thread.analyse(a, { seed: 1 }), thread.analyse(b, { seed: 1 })]);
    expect(ra.result.points).toHaveLength(200);
    expect(rb.result.points).toHaveLength(300);
  });
});
