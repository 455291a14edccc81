import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm run bench [name…]`: runs every compiled `*.bench.js` beside this file (or those named) one
 * after another, each in its own process so one's memory does not colour the next's figures.
 * Each bench prints its own figures with a baseline measured in the same run.
 */
const wanted = process.argv.slice(2);
const all = readdirSync(__dirname).filter((f) => f.endsWith('.bench.js'));
// A name that is a bench's whole name runs that bench alone (`live` is not also `live-storm`).
const files = all
  .filter(
    (f) =>
      !wanted.length ||
      wanted.some((w) => (all.includes(`${w}.bench.js`) ? f === `${w}.bench.js` : f.startsWith(w))),
  )
  .sort();
// How fast this machine is today (on the core the isolated benches pin their servers to).
const pin = spawnSync('taskset', ['-c', '0', 'true']).status === 0 ? ['taskset', '-c', '0'] : [];
const cal = [...pin, process.execPath, path.join(__dirname, 'machine.js')];
spawnSync(cal[0], cal.slice(1), { stdio: 'inherit' });
let failed = 0;
for (const f of files) {
  process.stdout.write(`\n=== ${f.replace(/\.bench\.js$/, '')} ===\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, f)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
if (!files.length) process.stdout.write('no benchmarks found\n');
process.exit(failed ? 1 : 0);
