import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** `npm run bench -- live-storm`: the `storm` scenario of live.bench.ts (issue 16; knobs there). */
const r = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, 'live.bench.js')], {
  stdio: 'inherit',
  env: { ...process.env, LIVE_BENCH_SCENARIO: 'storm' },
});
process.exit(r.status ?? 1);
