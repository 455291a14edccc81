import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ConsensusOptions, ConsensusResult, VoteMatrix } from './consensus-math';

/**
 * Running from the TypeScript sources (tests): the worker compiles its files with SWC, the compiler the
 * build uses. The built server has consensus.worker.js beside this file and loads it directly.
 */
const FROM_SOURCE = `
const { transformSync } = require('@swc/core');
const fs = require('fs');
require.extensions['.ts'] = (m, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    module: { type: 'commonjs' },
    jsc: { target: 'es2022', parser: { syntax: 'typescript', decorators: true } },
  });
  m._compile(code, filename);
};
require(require('worker_threads').workerData.file);
`;

interface Answer {
  id: number;
  result?: ConsensusResult;
  tookMs?: number;
  error?: string;
}

/** One worker thread that runs the analyses, one at a time, in the order asked. */
export class ConsensusThread {
  private worker: Worker | null = null;
  private seq = 0;
  private readonly pending = new Map<
    number,
    { resolve: (a: { result: ConsensusResult; tookMs: number }) => void; reject: (e: Error) => void }
  >();

  analyse(
    matrix: VoteMatrix,
    options: ConsensusOptions,
  ): Promise<{ result: ConsensusResult; tookMs: number }> {
    const worker = this.worker ?? this.spawn();
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // The cells are copied, not transferred: the caller may keep its matrix.
      worker.postMessage({ id, matrix, options });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private spawn(): Worker {
    const compiled = path.join(__dirname, 'consensus.worker.js');
    const w = existsSync(compiled)
      ? new Worker(compiled)
      : new Worker(FROM_SOURCE, {
          eval: true,
          workerData: { file: path.join(__dirname, 'consensus.worker.ts') },
        });
    // An idle worker does not keep the process alive.
    w.unref();
    w.on('message', (a: Answer) => {
      const p = this.pending.get(a.id);
      if (!p) return;
      this.pending.delete(a.id);
      if (a.error || !a.result) p.reject(new Error(a.error ?? 'no result'));
      else p.resolve({ result: a.result, tookMs: a.tookMs ?? 0 });
    });
    const fail = (e: Error) => {
      if (this.worker === w) this.worker = null;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`consensus worker exited (${code})`)));
    this.worker = w;
    return w;
  }
}
