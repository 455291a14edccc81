import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * What the benches' machine is and how fast it is, so that figures from different days (different
 * machines of the same kind) can be compared: the CPU model, and two fixed workloads timed on one
 * core. `js` is the time of a fixed piece of V8 work (JSON and hashing, what a request does); `write`
 * is the time of one small write to a loopback TCP socket (what a live room's fan-out is made of).
 * Same code, a slower `js` or `write` on another day: the machine, not the code, moved.
 */
export interface Calibration {
  model: string;
  cores: number;
  /** Milliseconds for the fixed JSON-and-hash workload. */
  jsMs: number;
  /** Microseconds per 64-byte write to a loopback TCP socket (a reader on the same process drains it). */
  writeUs: number;
}

const SAMPLE = {
  id: 'c1b6b1a8-0d3e-4a43-9a55-0c7f3b8b9f11',
  text: '建议在社区增设夜间照明，方便居民出行。'.repeat(4),
  author: { name: '居民', masked: '138****0000' },
  at: '2026-12-03T08:00:00.000Z',
  counts: [1, 2, 3, 4, 5, 6, 7, 8],
};

function jsWork(): number {
  const t0 = performance.now();
  let acc = 0;
  for (let i = 0; i < 40_000; i++) {
    const s = JSON.stringify({ ...SAMPLE, seq: i });
    acc += (JSON.parse(s) as { seq: number }).seq;
    if (i % 8 === 0) acc += createHash('sha256').update(s).digest()[0];
  }
  if (acc < 0) throw new Error('unreachable');
  return performance.now() - t0;
}

async function writeWork(writes: number): Promise<number> {
  const server = net.createServer((s) => s.on('data', () => undefined));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  const sock = net.connect(port, '127.0.0.1');
  await new Promise<void>((r) => sock.once('connect', r));
  sock.setNoDelay(true);
  const buf = Buffer.alloc(64, 120);
  let done = 0;
  const t0 = performance.now();
  // Batches of writes, each from its own turn of the event loop, as a fan-out tick does them.
  await new Promise<void>((resolve) => {
    const batch = () => {
      for (let i = 0; i < 500 && done < writes; i++, done++) sock.write(buf);
      if (done < writes) setImmediate(batch);
      else resolve();
    };
    batch();
  });
  const us = ((performance.now() - t0) * 1000) / writes;
  sock.destroy();
  await new Promise<void>((r) => server.close(() => r()));
  return us;
}

/** Best of three of each workload (the least disturbed), on whatever core this process runs on. */
export async function calibrate(): Promise<Calibration> {
  jsWork();
  await writeWork(5_000);
  const js: number[] = [];
  const wr: number[] = [];
  for (let i = 0; i < 3; i++) {
    js.push(jsWork());
    wr.push(await writeWork(20_000));
  }
  return {
    model: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    jsMs: Math.min(...js),
    writeUs: Math.min(...wr),
  };
}

export const calibrationLine = (c: Calibration) =>
  `machine: ${c.cores} × ${c.model}; calibration: fixed JS work ${c.jsMs.toFixed(0)} ms, ` +
  `${c.writeUs.toFixed(2)} µs per small loopback TCP write (lower is faster; compare runs of different days by these)`;

/**
 * BENCH_SERVER_CPU_SHARE (e.g. 0.6): a server process gets only that share of a core (a CPU quota
 * in the cgroup `cpu` controller), to see whether a goal still holds on a machine that much slower
 * than this one. Needs root; v1 (`cpu/`) or v2 (`unified/` or the root) hierarchies. Undefined when
 * no share is asked.
 */
export function cpuShareFromEnv(): number | undefined {
  const v = process.env.BENCH_SERVER_CPU_SHARE;
  if (!v) return undefined;
  const share = Number(v);
  if (!(share > 0 && share <= 1))
    throw new Error(`BENCH_SERVER_CPU_SHARE=${v}: a share of one core, 0 < share <= 1`);
  return share;
}

/** Puts `pid` (and the threads it starts later) under a quota of `share` of one core; undone on exit. */
export function limitCpu(pid: number, share: number): void {
  // A 10 ms period: the quota's pauses stay short, like a slower core rather than a stalling one.
  const period = 10_000;
  const quota = Math.round(period * share);
  const name = `xsbench-${process.pid}-${pid}`;
  const v1 = '/sys/fs/cgroup/cpu';
  const v2 = existsSync('/sys/fs/cgroup/unified/cgroup.controllers')
    ? '/sys/fs/cgroup/unified'
    : '/sys/fs/cgroup';
  let dir: string;
  if (existsSync(path.join(v1, 'cpu.cfs_quota_us'))) {
    dir = path.join(v1, name);
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'cpu.cfs_period_us'), String(period));
    writeFileSync(path.join(dir, 'cpu.cfs_quota_us'), String(quota));
  } else if (readFileSync(path.join(v2, 'cgroup.controllers'), 'utf8').includes('cpu')) {
    dir = path.join(v2, name);
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'cpu.max'), `${quota} ${period}`);
  } else {
    throw new Error('BENCH_SERVER_CPU_SHARE: no cgroup cpu controller on this machine');
  }
  writeFileSync(path.join(dir, 'cgroup.procs'), String(pid));
  process.on('exit', () => {
    try {
      rmdirSync(dir);
    } catch {
      // Still holds the process (it outlived us): the kernel removes nothing; the name is unique.
    }
  });
}

/** `node machine.js`: prints the calibration line (run-all runs it on CPU 0, the servers' core). */
if (require.main === module) {
  void calibrate().then((c) => process.stdout.write(`${calibrationLine(c)}\n`));
}

/** The version a Node.js binary reports (24.22.3): the benches name the runtime their servers ran on. */
export function nodeVersion(node: string): string {
  return spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/^v/, '');
}
