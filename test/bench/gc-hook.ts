import { renameSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';

/**
 * Preloaded (`node --expose-gc --require …/gc-hook.js`) into a server under bench, never into the
 * product: on SIGWINCH (a signal Nest's shutdown hooks leave alone, and harmless where
 * the hook is not loaded) it runs a full GC and writes the process's memory figures to XS_BENCH_GC_FILE
 * (and, with XS_BENCH_HEAP_SNAPSHOT=1, a heap snapshot beside it), so the bench can read RSS per
 * socket without the garbage a busy server has not collected yet.
 */
const file = process.env.XS_BENCH_GC_FILE;
if (file) {
  process.on('SIGWINCH', () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    // Twice: the first pass may leave objects whose finalizers free more on the second.
    gc?.();
    gc?.();
    const snapshot =
      process.env.XS_BENCH_HEAP_SNAPSHOT === '1'
        ? v8.writeHeapSnapshot(`${file}.${Date.now()}.heapsnapshot`)
        : undefined;
    gc?.();
    writeFileSync(`${file}.tmp`, JSON.stringify({ ...process.memoryUsage(), gc: !!gc, snapshot }));
    renameSync(`${file}.tmp`, file);
  });
}
