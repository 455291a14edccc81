import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { AuditService } from '@xs/identity';
import { AuditRepository } from '../../libs/identity/src/audit/audit.repository';
import { APP_CONFIG, deriveKey } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import type { AuditRecord } from '../../libs/identity/src/audit/audit.repository';
import { startBenchApp } from './bench-app';

/**
 * Audit trail throughput: N records handed in at once (as N concurrent staff writes would), through
 * AuditService (group commit under the chain lock), against the baseline of one transaction per
 * record under the same lock (what every staff write did before). The chain is verified after each.
 */
const N = Number(process.env.AUDIT_BENCH_RECORDS ?? 2000);

const record = (i: number): AuditRecord => ({
  actorId: null,
  actorName: 'bench',
  action: 'bench.write',
  targetType: 'n',
  targetId: String(i),
  result: 'ok',
  detail: { i },
});

async function main(): Promise<void> {
  const bench = await startBenchApp('audit');
  try {
    const service = bench.app.get(AuditService);
    const repo = bench.app.get(AuditRepository);
    const key = deriveKey(bench.app.get<AppConfig>(APP_CONFIG).piiKey, 'audit-chain');
    let t0 = performance.now();
    await Promise.all(Array.from({ length: N }, (_, i) => service.record(record(i))));
    const grouped = (performance.now() - t0) / 1000;
    t0 = performance.now();
    await Promise.all(Array.from({ length: N }, (_, i) => repo.append(key, [record(N + i)])));
    const single = (performance.now() - t0) / 1000;
    const verified = await service.verify();
    process.stdout.write(
      `${N} audit records handed in at once\n` +
        `  group commit (AuditService):           ${grouped.toFixed(2)} s (${Math.round(N / grouped)} records/s)\n` +
        `  baseline, one transaction per record:  ${single.toFixed(2)} s (${Math.round(N / single)} records/s)\n` +
        `  chain verified: ${JSON.stringify(verified)}\n`,
    );
  } finally {
    await bench.close();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
