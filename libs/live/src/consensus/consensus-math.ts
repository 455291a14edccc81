import { kmeans } from 'ml-kmeans';
import { Matrix } from 'ml-matrix';
import { PCA } from 'ml-pca';

/** Cell codes of the vote matrix: 0 = not voted. */
export const VOTE_CODE = { agree: 1, disagree: 2, pass: 3 } as const;
export type VoteKind = keyof typeof VOTE_CODE;

/** Participants × statements, one byte a cell (10,000 × 300 is 3 MB). */
export interface VoteMatrix {
  participants: number;
  statements: number;
  cells: Uint8Array;
}

export interface ConsensusOptions {
  seed?: number;
  /** Fewer votes than this: counted, but left out of the clustering (Pol.is uses 7). */
  minVotes?: number;
  /** Largest k tried (k from 2 up to this, chosen by silhouette). */
  maxGroups?: number;
  /** Points the silhouette is computed on (a seeded sample above this). */
  silhouetteSample?: number;
  representativePerGroup?: number;
  /** Spread of the groups' agree rates from which a statement counts as divisive. */
  divisiveSpread?: number;
}

export interface StatementFigures {
  statement: number;
  agree: number;
  disagree: number;
  pass: number;
  /** Raw agree rate per group (agree / voted in that group), 0 when nobody in it voted. */
  groupAgree: number[];
}

export interface ConsensusResult {
  /** Everyone with at least one vote. */
  voters: number;
  /** Participants placed on the map and in groups (≥ minVotes). */
  clustered: number;
  /** 2-D position per participant (null below minVotes); group index or -1. */
  points: Array<[number, number] | null>;
  group: Int16Array;
  groups: Array<{ id: number; size: number; representative: number[] }>;
  consensus: StatementFigures[];
  divisive: Array<StatementFigures & { spread: number }>;
  /** Figures of every statement (in statement order). */
  figures: StatementFigures[];
  k: number;
  silhouette: number | null;
}

/** mulberry32: small, seedable, good enough for initialisation and sampling. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function emptyMatrix(participants: number, statements: number): VoteMatrix {
  return { participants, statements, cells: new Uint8Array(participants * statements) };
}

const VALUE = new Float64Array([0, 1, -1, 0]);

/**
 * Pol.is-style analysis: agree = 1, disagree = −1, pass and missing = 0; PCA to 2-D over the
 * participants with enough votes, each projection scaled by √(statements / own votes) so that people who
 * voted little are not pulled to the centre; k-means with k chosen by silhouette; then per-statement
 * figures per group.
 */
export function analyse(m: VoteMatrix, options: ConsensusOptions = {}): ConsensusResult {
  const S = m.statements;
  const P = m.participants;
  const seed = options.seed ?? 1;
  const minVotes = Math.min(options.minVotes ?? 7, Math.max(S, 1));
  const votesOf = new Int32Array(P);
  for (let p = 0; p < P; p++) {
    let n = 0;
    const row = p * S;
    for (let s = 0; s < S; s++) if (m.cells[row + s] !== 0) n++;
    votesOf[p] = n;
  }
  const rows: number[] = [];
  let voters = 0;
  for (let p = 0; p < P; p++) {
    if (votesOf[p] > 0) voters++;
    if (votesOf[p] >= minVotes) rows.push(p);
  }

  const points: Array<[number, number] | null> = new Array<[number, number] | null>(P).fill(null);
  const group = new Int16Array(P).fill(-1);
  let k = 1;
  let silhouette: number | null = null;
  if (rows.length >= 4 && S >= 2) {
    const xy = project(m, rows, votesOf);
    for (let i = 0; i < rows.length; i++) points[rows[i]] = [xy[2 * i], xy[2 * i + 1]];
    const chosen = chooseClusters(xy, rows.length, options, seed);
    k = chosen.k;
    silhouette = chosen.silhouette;
    for (let i = 0; i < rows.length; i++) group[rows[i]] = chosen.labels[i];
  } else {
    for (const p of rows) group[p] = 0;
  }
  const groupCount = Math.max(k, 1);
  const sizes = new Array<number>(groupCount).fill(0);
  for (const p of rows) sizes[group[p]]++;

  // Counts: overall over every voter, per group over the clustered ones.
  const agree = new Int32Array(S);
  const disagree = new Int32Array(S);
  const pass = new Int32Array(S);
  const gAgree = new Int32Array(groupCount * S);
  const gDisagree = new Int32Array(groupCount * S);
  const gSeen = new Int32Array(groupCount * S);
  for (let p = 0; p < P; p++) {
    const row = p * S;
    const g = group[p];
    for (let s = 0; s < S; s++) {
      const c = m.cells[row + s];
      if (c === 0) continue;
      if (c === 1) agree[s]++;
      else if (c === 2) disagree[s]++;
      else pass[s]++;
      if (g >= 0) {
        const gi = g * S + s;
        gSeen[gi]++;
        if (c === 1) gAgree[gi]++;
        else if (c === 2) gDisagree[gi]++;
      }
    }
  }

  const figures: StatementFigures[] = [];
  for (let s = 0; s < S; s++) {
    const groupAgree: number[] = [];
    for (let g = 0; g < groupCount; g++) {
      const seen = gSeen[g * S + s];
      groupAgree.push(seen ? gAgree[g * S + s] / seen : 0);
    }
    figures.push({ statement: s, agree: agree[s], disagree: disagree[s], pass: pass[s], groupAgree });
  }
  const smoothed = (g: number, s: number, counts: Int32Array) =>
    (counts[g * S + s] + 1) / (gSeen[g * S + s] + 2);

  // Group-informed consensus: a majority agrees in every group; ranked by the product of smoothed rates.
  const consensusScore = new Float64Array(S);
  const consensus: StatementFigures[] = [];
  for (let s = 0; s < S; s++) {
    let everywhere = rows.length > 0;
    let product = 1;
    for (let g = 0; g < groupCount; g++) {
      const seen = gSeen[g * S + s];
      if (!seen || gAgree[g * S + s] * 2 <= seen) everywhere = false;
      product *= smoothed(g, s, gAgree);
    }
    consensusScore[s] = product;
    if (everywhere) consensus.push(figures[s]);
  }
  consensus.sort(
    (a, b) => consensusScore[b.statement] - consensusScore[a.statement] || a.statement - b.statement,
  );

  // Divisive: the groups' smoothed agree rates lie far apart.
  const minSpread = options.divisiveSpread ?? 0.3;
  const divisive: Array<StatementFigures & { spread: number }> = [];
  if (groupCount >= 2) {
    for (let s = 0; s < S; s++) {
      let lo = 1;
      let hi = 0;
      for (let g = 0; g < groupCount; g++) {
        if (!gSeen[g * S + s]) continue;
        const r = smoothed(g, s, gAgree);
        lo = Math.min(lo, r);
        hi = Math.max(hi, r);
      }
      if (hi - lo >= minSpread) divisive.push({ ...figures[s], spread: hi - lo });
    }
    divisive.sort((a, b) => b.spread - a.spread || a.statement - b.statement);
  }

  // Representative statements: how much more (dis)agreeing a group is than the rest, times its own rate.
  const perGroup = options.representativePerGroup ?? 5;
  const groups = sizes.map((size, g) => {
    const scored: Array<[number, number]> = [];
    for (let s = 0; s < S; s++) {
      if (!gSeen[g * S + s]) continue;
      let restSeen = 0;
      let restAgree = 0;
      let restDisagree = 0;
      for (let o = 0; o < groupCount; o++) {
        if (o === g) continue;
        restSeen += gSeen[o * S + s];
        restAgree += gAgree[o * S + s];
        restDisagree += gDisagree[o * S + s];
      }
      const pa = smoothed(g, s, gAgree);
      const pd = smoothed(g, s, gDisagree);
      const ra = pa / ((restAgree + 1) / (restSeen + 2));
      const rd = pd / ((restDisagree + 1) / (restSeen + 2));
      const score = Math.max(pa > 0.5 ? ra * pa : 0, pd > 0.5 ? rd * pd : 0);
      if (score > 0) scored.push([s, score]);
    }
    scored.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return { id: g, size, representative: scored.slice(0, perGroup).map(([s]) => s) };
  });

  return {
    voters,
    clustered: rows.length,
    points,
    group,
    groups: rows.length ? groups : [],
    consensus,
    divisive,
    figures,
    k: rows.length ? groupCount : 0,
    silhouette,
  };
}

/**
 * Projects the clustered rows onto the first two principal components. The covariance is summed over the
 * non-zero cells only (40 % of a 10,000 × 300 matrix is far cheaper than a dense product); ml-pca takes it
 * from there (eigenvectors of the covariance matrix).
 */
function project(m: VoteMatrix, rows: number[], votesOf: Int32Array): Float64Array {
  const S = m.statements;
  const n = rows.length;
  const mean = new Float64Array(S);
  const gram = new Float64Array(S * S);
  const idx = new Int32Array(S);
  const val = new Float64Array(S);
  for (const p of rows) {
    const row = p * S;
    let nz = 0;
    for (let s = 0; s < S; s++) {
      const v = VALUE[m.cells[row + s]];
      if (v !== 0) {
        idx[nz] = s;
        val[nz++] = v;
        mean[s] += v;
      }
    }
    for (let a = 0; a < nz; a++) {
      const base = idx[a] * S;
      const va = val[a];
      for (let b = a; b < nz; b++) gram[base + idx[b]] += va * val[b];
    }
  }
  for (let s = 0; s < S; s++) mean[s] /= n;
  const cov = Matrix.zeros(S, S);
  const denom = Math.max(n - 1, 1);
  for (let a = 0; a < S; a++)
    for (let b = a; b < S; b++) {
      const c = (gram[a * S + b] - n * mean[a] * mean[b]) / denom;
      cov.set(a, b, c);
      cov.set(b, a, c);
    }
  const vectors = new PCA(cov, { isCovarianceMatrix: true }).getEigenvectors();
  const comps: Float64Array[] = [];
  for (let c = 0; c < 2; c++) {
    const v = new Float64Array(S);
    let big = 0;
    for (let s = 0; s < S; s++) {
      v[s] = c < vectors.columns ? vectors.get(s, c) : 0;
      if (Math.abs(v[s]) > Math.abs(big)) big = v[s];
    }
    // Eigenvectors have no sign of their own: fix it so the same votes always give the same map.
    if (big < 0) for (let s = 0; s < S; s++) v[s] = -v[s];
    comps.push(v);
  }
  const out = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    const row = rows[i] * S;
    let x = 0;
    let y = 0;
    for (let s = 0; s < S; s++) {
      const d = VALUE[m.cells[row + s]] - mean[s];
      x += d * comps[0][s];
      y += d * comps[1][s];
    }
    const scale = Math.sqrt(S / votesOf[rows[i]]);
    out[2 * i] = x * scale;
    out[2 * i + 1] = y * scale;
  }
  return out;
}

function chooseClusters(
  xy: Float64Array,
  n: number,
  options: ConsensusOptions,
  seed: number,
): { k: number; labels: Int16Array; silhouette: number | null } {
  const data: number[][] = [];
  for (let i = 0; i < n; i++) data.push([xy[2 * i], xy[2 * i + 1]]);
  const maxK = Math.min(options.maxGroups ?? 5, n - 1);
  const sample = sampleIndices(n, options.silhouetteSample ?? 1000, seededRandom(seed ^ 0x9e3779b9));
  let best: { k: number; labels: Int16Array; silhouette: number | null } = {
    k: 1,
    labels: new Int16Array(n),
    silhouette: null,
  };
  for (let k = 2; k <= maxK; k++) {
    const labels = bestOfRestarts(data, k, seed);
    const score = silhouetteOf(data, labels, k, sample);
    if (best.silhouette === null || score > best.silhouette + 1e-9) best = { k, labels, silhouette: score };
  }
  return best;
}

/** Three seeded k-means++ runs; the one with the smallest within-group squared distance wins. */
function bestOfRestarts(data: number[][], k: number, seed: number): Int16Array {
  let bestLabels: Int16Array = new Int16Array(data.length);
  let bestError = Infinity;
  for (let r = 0; r < 3; r++) {
    const result = kmeans(data, k, {
      seed: seed * 31 + k * 7 + r,
      initialization: 'kmeans++',
      maxIterations: 100,
    });
    let error = 0;
    for (let i = 0; i < data.length; i++) {
      const c = result.centroids[result.clusters[i]];
      error += (data[i][0] - c[0]) ** 2 + (data[i][1] - c[1]) ** 2;
    }
    if (error < bestError - 1e-9) {
      bestError = error;
      bestLabels = canonicalLabels(result.clusters, k);
    }
  }
  return bestLabels;
}

/** Group ids ordered by first appearance, so equal clusterings get equal ids. */
function canonicalLabels(clusters: number[], k: number): Int16Array {
  const map = new Int16Array(k).fill(-1);
  let next = 0;
  const out = new Int16Array(clusters.length);
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters[i];
    if (map[c] < 0) map[c] = next++;
    out[i] = map[c];
  }
  return out;
}

function sampleIndices(n: number, limit: number, random: () => number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  if (n <= limit) return all;
  for (let i = 0; i < limit; i++) {
    const j = i + Math.floor(random() * (n - i));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, limit).sort((a, b) => a - b);
}

/** Mean silhouette over the sampled points (distances to the sampled points only). */
export function silhouetteOf(
  data: number[][],
  labels: ArrayLike<number>,
  k: number,
  sample: number[],
): number {
  let total = 0;
  let counted = 0;
  const sum = new Float64Array(k);
  const count = new Int32Array(k);
  for (const i of sample) {
    sum.fill(0);
    count.fill(0);
    for (const j of sample) {
      if (i === j) continue;
      const dx = data[i][0] - data[j][0];
      const dy = data[i][1] - data[j][1];
      // Math.hypot is several times slower than the plain root, and this loop runs a million times.
      sum[labels[j]] += Math.sqrt(dx * dx + dy * dy);
      count[labels[j]]++;
    }
    const own = labels[i];
    if (!count[own]) continue;
    const a = sum[own] / count[own];
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && count[c]) b = Math.min(b, sum[c] / count[c]);
    if (!Number.isFinite(b)) continue;
    total += (b - a) / Math.max(a, b, 1e-12);
    counted++;
  }
  return counted ? total / counted : -1;
}

/** Adjusted Rand index of two labelings (Hubert & Arabie). */
export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  const table = new Map<string, number>();
  const rowsA = new Map<number, number>();
  const colsB = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]}:${b[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rowsA.set(a[i], (rowsA.get(a[i]) ?? 0) + 1);
    colsB.set(b[i], (colsB.get(b[i]) ?? 0) + 1);
  }
  const pairs = (x: number) => (x * (x - 1)) / 2;
  let index = 0;
  for (const v of table.values()) index += pairs(v);
  let sumA = 0;
  for (const v of rowsA.values()) sumA += pairs(v);
  let sumB = 0;
  for (const v of colsB.values()) sumB += pairs(v);
  const expected = (sumA * sumB) / pairs(n);
  const max = (sumA + sumB) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}
