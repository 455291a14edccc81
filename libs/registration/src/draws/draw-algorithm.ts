import { createHash, createHmac } from 'node:crypto';

/**
 * The published draw algorithm, so anyone can re-run a draw from its seed and candidate list:
 * 1. candidates = ids of confirmed resident registrations, sorted by code point, joined with "\n";
 *    candidatesHash = SHA-256 hex of that string;
 * 2. a byte stream HMAC-SHA256(key = seed as UTF-8, message = "<candidatesHash>:<counter>"),
 *    counter = 0, 1, 2 …, each block giving eight unsigned 32-bit big-endian numbers;
 * 3. a Fisher–Yates shuffle from the end, index j = uniform in [0, i] by rejection sampling
 *    (numbers ≥ floor(2^32 / (i+1)) · (i+1) are skipped); the first `count` of the shuffled
 *    list (positions n-1, n-2, …) are the winners, in draw order.
 */
export const DRAW_ALGORITHM = 'hmac-sha256-fy-v1';

export function candidatesHash(sortedIds: string[]): string {
  return createHash('sha256').update(sortedIds.join('\n'), 'utf8').digest('hex');
}

export function sortCandidates(ids: string[]): string[] {
  return [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

class SeededStream {
  private counter = 0;
  private buf = Buffer.alloc(0);
  private pos = 0;

  constructor(
    private readonly seed: string,
    private readonly salt: string,
  ) {}

  nextUint32(): number {
    if (this.pos + 4 > this.buf.length) {
      this.buf = createHmac('sha256', Buffer.from(this.seed, 'utf8'))
        .update(`${this.salt}:${this.counter++}`)
        .digest();
      this.pos = 0;
    }
    const v = this.buf.readUInt32BE(this.pos);
    this.pos += 4;
    return v;
  }

  /** Uniform integer in [0, n). */
  below(n: number): number {
    const limit = Math.floor(0x1_0000_0000 / n) * n;
    for (;;) {
      const v = this.nextUint32();
      if (v < limit) return v % n;
    }
  }
}

export interface DrawOutcome {
  candidatesHash: string;
  winners: string[];
}

/** Draws `count` of the candidates (all of them when fewer); the same seed and list give the same winners. */
export function drawWinners(candidateIds: string[], seed: string, count: number): DrawOutcome {
  const sorted = sortCandidates(candidateIds);
  const hash = candidatesHash(sorted);
  const stream = new SeededStream(seed, hash);
  const pool = [...sorted];
  const take = Math.min(count, pool.length);
  const winners: string[] = [];
  for (let i = pool.length - 1; winners.length < take; i--) {
    const j = stream.below(i + 1);
    [pool[i], pool[j]] = [pool[j], pool[i]];
    winners.push(pool[i]);
  }
  return { candidatesHash: hash, winners };
}
