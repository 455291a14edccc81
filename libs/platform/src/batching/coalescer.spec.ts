import { Coalescer } from './coalescer';

describe('Coalescer', () => {
  it('the first read goes at once; those asked meanwhile share the next one, each with its own answer', async () => {
    const calls: string[][] = [];
    let release: () => void = () => undefined;
    const c = new Coalescer<string, string>(async (keys) => {
      calls.push(keys);
      if (calls.length === 1) await new Promise<void>((r) => (release = r));
      return new Map(keys.filter((k) => k !== 'gone').map((k) => [k, k.toUpperCase()]));
    });
    const first = c.load('a');
    const rest = [c.load('b'), c.load('c'), c.load('b'), c.load('gone')];
    expect(calls).toEqual([['a']]);
    release();
    expect(await first).toBe('A');
    expect(await Promise.all(rest)).toEqual(['B', 'C', 'B', undefined]);
    expect(calls).toEqual([['a'], ['b', 'c', 'gone']]);
  });

  it('a failed read fails its own batch only', async () => {
    let n = 0;
    const c = new Coalescer<string, number>(async (keys) => {
      if (++n === 1) throw new Error('down');
      return new Map(keys.map((k) => [k, n]));
    });
    await expect(c.load('x')).rejects.toThrow('down');
    expect(await c.load('x')).toBe(2);
  });

  it('takes at most `max` keys per read', async () => {
    const sizes: number[] = [];
    const c = new Coalescer<number, number>(async (keys) => {
      sizes.push(keys.length);
      return new Map(keys.map((k) => [k, k]));
    }, 2);
    const out = await Promise.all([1, 2, 3, 4, 5].map((k) => c.load(k)));
    expect(out).toEqual([1, 2, 3, 4, 5]);
    expect(sizes).toEqual([1, 2, 2]);
  });
});
