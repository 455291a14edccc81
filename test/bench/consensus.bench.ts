import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Matrix } from 'ml-matrix';
import { PCA } from 'ml-pca';
import { analyse, emptyMatrix, seededRandom, VOTE_CODE } from '../../libs/live/src/consensus/consensus-math';

/**
 * Consensus finder (issue 18): one recomputation of 10,000 participants × 300 statements with 40 % of the
 * cells voted (goal ≤ 1 s on one core), beside a baseline in the same run: ml-pca's own dense PCA
 * (covariance method) on a fifth of the rows, which is what the sparse covariance replaces.
 */
const PARTICIPANTS = 10_000;
const STATEMENTS = 300;
const DENSITY = 0.4;
const RUNS = 5;

function population() {
  const random = seededRandom(2026);
  const m = emptyMatrix(PARTICIPANTS, STATEMENTS);
  const opinion = Array.from({ length: 3 }, () =>
    Array.from({ length: STATEMENTS }, () => (random() < 0.5 ? 1 : 2)),
  );
  for (let p = 0; p < PARTICIPANTS; p++) {
    const g = p % 3;
    for (let s = 0; s < STATEMENTS; s++) {
      if (random() >= DENSITY) continue;
      const r = random();
      m.cells[p * STATEMENTS + s] = r < 0.1 ? VOTE_CODE.pass : r < 0.2 ? 3 - opinion[g][s] : opinion[g][s];
    }
  }
  return m;
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
const m = population();
const times: number[] = [];
const cpu: number[] = [];
let k = 0;
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = analyse(m, { seed: 1 });
  const c = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  // CPU time of this process: on a machine shared with others it says more than the wall clock.
  cpu.push((c.user + c.system) / 1000);
  k = r.k;
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);

// Baseline: dense PCA by ml-pca on 2,000 rows (the dense product grows with the rows).
const rows = PARTICIPANTS / 5;
const dense = new Matrix(rows, STATEMENTS);
const value = [0, 1, -1, 0];
for (let p = 0; p < rows; p++)
  for (let s = 0; s < STATEMENTS; s++) dense.set(p, s, value[m.cells[p * STATEMENTS + s]]);
const b0 = performance.now();
const bc = process.cpuUsage();
new PCA(dense, { method: 'covarianceMatrix' });
const baseline = performance.now() - b0;
const baselineCpu = process.cpuUsage(bc);

const load = os.loadavg()[0].toFixed(2);
process.stdout.write(
  [
    `machine: ${os.cpus().length} cores, load average ${load} (shared: figures are pessimistic)`,
    `recompute ${PARTICIPANTS} × ${STATEMENTS}, ${DENSITY * 100} % voted, k found = ${k}: ` +
      `wall median ${ms(times[Math.floor(RUNS / 2)])}, best ${ms(times[0])}, worst ${ms(times[RUNS - 1])}; ` +
      `CPU median ${ms(cpu[Math.floor(RUNS / 2)])} (goal ≤ 1000 ms on one core)`,
    `baseline: ml-pca dense covariance PCA on ${rows} rows alone: wall ${ms(baseline)}, ` +
      `CPU ${ms((baselineCpu.user + baselineCpu.system) / 1000)}`,
    '',
  ].join('\n'),
);
