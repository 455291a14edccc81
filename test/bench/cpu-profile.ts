import { readFileSync } from 'node:fs';

/**
 * `node dist/test/bench/cpu-profile.js FILE.cpuprofile [top=40] [filter|-] [fromSec] [toSec]`: a
 * server's `--cpu-prof` output (e.g. LIVE_BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/p')
 * summed by self and inclusive time per function, optionally within a window of seconds from the
 * profile's start (a storm's window, not the setup around it). `timeline` as the filter prints the
 * busy milliseconds of each second, to find that window.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg, filterArg, fromArg, toArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: cpu-profile.js FILE.cpuprofile [top] [filter|-|timeline] [fromSec] [toSec]\n');
  process.exit(2);
}
const top = Number(topArg ?? 40);
const filter = filterArg && filterArg !== '-' ? filterArg : undefined;
const from = fromArg ? Number(fromArg) * 1e6 : -Infinity;
const to = toArg ? Number(toArg) * 1e6 : Infinity;
const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const key = (n: ProfileNode) => {
  const f = n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^.*\/(libs|apps|test)\//, '$1/');
  return `${n.callFrame.functionName || '(anon)'} ${f}:${n.callFrame.lineNumber + 1}`;
};
const isIdle = (id: number) => byId.get(id)!.callFrame.functionName === '(idle)';

// A sample's time is the delta to the next one (what ran until then).
const inWindow = new Map<number, number>();
const perSecond = new Map<number, number>();
let t = 0;
for (let i = 0; i < p.samples.length; i++) {
  t += p.timeDeltas[i] ?? 0;
  const id = p.samples[i];
  const d = p.timeDeltas[i + 1] ?? 0;
  if (!isIdle(id)) perSecond.set(Math.floor(t / 1e6), (perSecond.get(Math.floor(t / 1e6)) ?? 0) + d);
  if (t >= from && t <= to) inWindow.set(id, (inWindow.get(id) ?? 0) + d);
}
const out = (line: string) => process.stdout.write(`${line}\n`);
if (filter === 'timeline') {
  for (const [s, us] of [...perSecond].sort((a, b) => a[0] - b[0]))
    out(`${String(s).padStart(4)} s ${(us / 1e3).toFixed(0).padStart(5)} ms busy`);
  process.exit(0);
}
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
let idle = 0;
for (const [id, us] of inWindow) {
  total += us;
  if (isIdle(id)) idle += us;
  const k = key(byId.get(id)!);
  self.set(k, (self.get(k) ?? 0) + us);
  // Each function once per sample, however deep it recurses.
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const kk = key(byId.get(cur)!);
    if (seen.has(kk)) continue;
    seen.add(kk);
    inclusive.set(kk, (inclusive.get(kk) ?? 0) + us);
  }
}
const busy = total - idle;
for (const [title, m] of [
  ['self', self],
  ['inclusive', inclusive],
] as const) {
  out(`\n== ${title} (window ${(total / 1e6).toFixed(2)} s, busy ${(busy / 1e6).toFixed(2)} s)`);
  [...m]
    .filter(([k]) => !filter || k.includes(filter))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([k, us]) =>
      out(
        `${(us / 1e3).toFixed(0).padStart(8)} ms ${((100 * us) / Math.max(1, busy)).toFixed(1).padStart(5)} %  ${k}`,
      ),
    );
}
