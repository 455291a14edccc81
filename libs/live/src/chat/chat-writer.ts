import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RoomsRepository } from '../room/rooms.repository';
import { MessageRow, MessagesRepository, NewMessage } from './messages.repository';

interface Pending {
  n: NewMessage;
  resolve: (row: MessageRow) => void;
  reject: (e: unknown) => void;
}

const MAX_BATCH = 200;

/**
 * Group commit per room: the sequence counter row is locked from its UPDATE until COMMIT, so one
 * transaction per message caps a room at 1 / (commit time). While a room's transaction is in flight,
 * further messages wait here and go into the next transaction together: one counter UPDATE for n
 * seqs, one multi-row INSERT, one commit. Seqs stay contiguous and every message is stored before
 * its sender is acked. The usual path is a single statement (one round trip); see
 * MessagesRepository.append. A batch that fails (e.g. a duplicate clientMsgId racing in) is retried one
 * message per transaction, so each sender gets its own answer.
 */
@Injectable()
export class ChatWriter {
  private readonly queues = new Map<string, { items: Pending[]; running: boolean }>();

  constructor(
    private readonly db: DataSource,
    private readonly rooms: RoomsRepository,
    private readonly messages: MessagesRepository,
  ) {}

  write(n: NewMessage): Promise<MessageRow> {
    return new Promise((resolve, reject) => {
      let q = this.queues.get(n.sessionId);
      if (!q) {
        q = { items: [], running: false };
        this.queues.set(n.sessionId, q);
      }
      q.items.push({ n, resolve, reject });
      if (!q.running) void this.drain(n.sessionId, q);
    });
  }

  private async drain(sessionId: string, q: { items: Pending[]; running: boolean }): Promise<void> {
    q.running = true;
    try {
      while (q.items.length) {
        const batch = q.items.splice(0, MAX_BATCH);
        try {
          const rows = await this.insert(
            sessionId,
            batch.map((b) => b.n),
          );
          batch.forEach((b, i) => b.resolve(rows[i]));
        } catch (e) {
          if (batch.length === 1) batch[0].reject(e);
          else {
            for (const b of batch) {
              await this.insert(sessionId, [b.n]).then(
                (rows) => b.resolve(rows[0]),
                (err: unknown) => b.reject(err),
              );
            }
          }
        }
      }
    } finally {
      q.running = false;
      if (!q.items.length) this.queues.delete(sessionId);
      else void this.drain(sessionId, q);
    }
  }

  private async insert(sessionId: string, items: NewMessage[]): Promise<MessageRow[]> {
    const rows = await this.messages.append(sessionId, items);
    if (rows) return rows;
    // No counter row yet (a room written to before anyone opened it): create it inside a transaction.
    return this.db.transaction(async (m) => {
      const last = await this.rooms.reserveSeqs(m, sessionId, items.length);
      const first = last - items.length + 1;
      const rows = await this.messages.insertMany(m, first, items);
      const bySeq = new Map(rows.map((r) => [Number(r.seq), r]));
      return items.map((_, i) => bySeq.get(first + i)!);
    });
  }
}
