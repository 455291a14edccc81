import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** `npm run bench -- live-memory`: the `memory` scenario of live.bench.ts (issue 16; knobs there). */
const r = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, 'live.bench.js')], {
  stdio: 'inherit',
  env: { ...process.env, LIVE_BENCH_SCENARIO: 'memory' },
});
process.exit(r.status ?? 1);
