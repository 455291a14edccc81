import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { analyse, emptyMatrix, type ConsensusResult } from './consensus-math';
import { ConsensusThread } from './consensus-thread';
import { ConsensusRepository } from './consensus.repository';

/** The last analysis of a session, with the ids its rows and columns stand for. */
export interface SessionAnalysis {
  sessionId: string;
  version: number;
  computedAt: Date;
  userIds: string[];
  userIndex: Map<string, number>;
  statementIds: string[];
  result: ConsensusResult;
  /** Milliseconds the analysis itself took (without loading the votes). */
  tookMs: number;
}

interface SessionState {
  dirty: boolean;
  busy: boolean;
  version: number;
  last: SessionAnalysis | null;
  touchedAt: number;
}

/**
 * Recomputes opinion groups in the background: a vote only marks its session dirty; every
 * `intervalMs` each dirty session is analysed once (never on a request). Listeners (the live push)
 * hear of each new analysis.
 */
@Injectable()
export class ConsensusEngine implements OnModuleDestroy {
  intervalMs = 3000;
  seed = 1;
  /** Analyse in a worker thread (votes keep being acked while a large room is recomputed). */
  useWorker = true;
  private readonly thread = new ConsensusThread();
  private readonly sessions = new Map<string, SessionState>();
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners: Array<(a: SessionAnalysis) => void> = [];
  private readonly logger = new Logger('consensus');

  constructor(private readonly repo: ConsensusRepository) {}

  onAnalysis(fn: (a: SessionAnalysis) => void): void {
    this.listeners.push(fn);
  }

  start(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = setInterval(() => void this.runDirty(), this.intervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.thread.close();
  }

  markDirty(sessionId: string): void {
    const st = this.state(sessionId);
    st.dirty = true;
    if (!this.timer) this.start();
  }

  /** The latest analysis, or null before the first one (which is then scheduled). */
  latest(sessionId: string): SessionAnalysis | null {
    const st = this.state(sessionId);
    st.touchedAt = Date.now();
    if (!st.last && !st.busy) this.markDirty(sessionId);
    return st.last;
  }

  async runDirty(): Promise<void> {
    const now = Date.now();
    for (const [id, st] of this.sessions) {
      // Rooms nobody asked about for an hour are forgotten (they reload on the next question).
      if (!st.dirty && !st.busy && now - st.touchedAt > 3_600_000) this.sessions.delete(id);
      else if (st.dirty && !st.busy) await this.recompute(id).catch(() => undefined);
    }
  }

  async recompute(sessionId: string): Promise<SessionAnalysis> {
    const st = this.state(sessionId);
    st.busy = true;
    st.dirty = false;
    try {
      const rows = await this.repo.matrixRows(sessionId);
      const userIds = rows.users;
      const statementIds = rows.statements;
      const userIndex = new Map(userIds.map((id, i) => [id, i]));
      const m = emptyMatrix(userIds.length, statementIds.length);
      const packed = rows.cells;
      for (let o = 0; o + 4 <= packed.length; o += 4) {
        const x = packed.readInt32BE(o);
        m.cells[x >>> 2] = x & 3;
      }
      let result: ConsensusResult;
      let tookMs: number;
      if (this.useWorker) ({ result, tookMs } = await this.thread.analyse(m, { seed: this.seed }));
      else {
        const t0 = performance.now();
        result = analyse(m, { seed: this.seed });
        tookMs = performance.now() - t0;
      }
      const analysis: SessionAnalysis = {
        sessionId,
        version: ++st.version,
        computedAt: new Date(),
        userIds,
        userIndex,
        statementIds,
        result,
        tookMs,
      };
      st.last = analysis;
      for (const fn of this.listeners) {
        try {
          fn(analysis);
        } catch (e) {
          this.logger.error({ msg: 'consensus listener failed', error: (e as Error).message });
        }
      }
      return analysis;
    } catch (e) {
      st.dirty = true;
      this.logger.error({ msg: 'consensus recompute failed', sessionId, error: (e as Error).message });
      throw e;
    } finally {
      st.busy = false;
    }
  }

  private state(sessionId: string): SessionState {
    let st = this.sessions.get(sessionId);
    if (!st) {
      st = { dirty: false, busy: false, version: 0, last: null, touchedAt: Date.now() };
      this.sessions.set(sessionId, st);
    }
    return st;
  }
}
