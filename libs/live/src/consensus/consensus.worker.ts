import { parentPort } from 'node:worker_threads';
import { analyse, type ConsensusOptions, type VoteMatrix } from './consensus-math';

/** The recompute thread: analyses one vote matrix per message, so the event loop that acks votes stays free. */
export interface AnalyseRequest {
  id: number;
  matrix: VoteMatrix;
  options: ConsensusOptions;
}

parentPort?.on('message', (req: AnalyseRequest) => {
  try {
    const t0 = performance.now();
    const result = analyse(req.matrix, req.options);
    parentPort!.postMessage({ id: req.id, result, tookMs: performance.now() - t0 });
  } catch (e) {
    parentPort!.postMessage({ id: req.id, error: (e as Error).message });
  }
});
