import { SeatQueue } from './seat-queue';

/** A handler that records each batch and finishes it only when the test says so. */
function gated() {
  const batches: { key: string; items: number[]; release: () => void }[] = [];
  const queue = new SeatQueue<number, string>(
    (key, items) =>
      new Promise((resolve) =>
        batches.push({
          key,
          items,
          release: () =>
            resolve(
              items.map((n) =>
                n < 0
                  ? { status: 'rejected', reason: new Error(`refused ${n}`) }
                  : { status: 'fulfilled', value: `${key}:${n}` },
              ),
            ),
        }),
      ),
    3,
  );
  return { queue, batches };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('SeatQueue', () => {
  it('sends the first at once, then those that arrived meanwhile together, in arrival order and at most maxBatch', async () => {
    const { queue, batches } = gated();
    const answers = [1, 2, 3, 4, 5, 6].map((n) => queue.run('s', n));
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1]]);
    expect(queue.waiting).toBe(5);
    batches[0].release();
    await tick();
    expect(batches.map((b) => b.items)).toEqual([[1], [2, 3, 4]]);
    batches[1].release();
    await tick();
    batches[2].release();
    expect(await Promise.all(answers)).toEqual(['s:1', 's:2', 's:3', 's:4', 's:5', 's:6']);
    expect(batches.map((b) => b.items)).toEqual([[1], [2, 3, 4], [5, 6]]);
    expect(queue.waiting).toBe(0);
  });

  it('runs sessions independently and answers each request with its own outcome', async () => {
    const { queue, batches } = gated();
    const a = queue.run('a', 1);
    const b = queue.run('b', -2);
    await tick();
    expect(batches.map((x) => x.key)).toEqual(['a', 'b']);
    batches[1].release();
    await expect(b).rejects.toThrow('refused -2');
    batches[0].release();
    await expect(a).resolves.toBe('a:1');
  });

  it('a handler that throws refuses that batch only; the queue goes on', async () => {
    let calls = 0;
    const queue = new SeatQueue<number, number>(async (_key, items) => {
      if (calls++ === 0) throw new Error('database gone');
      return items.map((n) => ({ status: 'fulfilled' as const, value: n * 10 }));
    }, 10);
    const first = queue.run('s', 1);
    const second = queue.run('s', 2);
    await expect(first).rejects.toThrow('database gone');
    await expect(second).resolves.toBe(20);
  });
});
