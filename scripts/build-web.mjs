// Builds the web client when it exists; the server serves apps/web/dist at /.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('apps/web/vite.config.ts')) {
  process.stdout.write('no web client to build\n');
  process.exit(0);
}
// Always the production build, also when started from the test runner (NODE_ENV=test would ship Vue's
// development build: larger, slower, and not what users get).
const r = spawnSync('npx', ['vite', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
});
process.exit(r.status ?? 1);
