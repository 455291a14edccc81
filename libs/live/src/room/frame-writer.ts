import type { Namespace, Socket } from 'socket.io';
import * as ws from 'ws';

/** ws exposes frame building (socket.io-adapter uses it for the same purpose); its typings do not. */
const { Sender } = ws as unknown as { Sender: { frame(data: Buffer, o: object): Buffer[] } };

/** What a socket.io socket holds underneath, read only to decide whether a direct write is safe. */
interface Underneath {
  readyState?: string;
  writeBuffer?: unknown[];
  transport?: {
    name?: string;
    writable?: boolean;
    perMessageDeflate?: unknown;
    socket?: { readyState?: number; _socket?: { write(b: Buffer): boolean; writable?: boolean } };
  };
}

/**
 * One broadcast packet, encoded and framed once, written straight to each socket's TCP stream.
 *
 * Why: in a 10,000-viewer room every tick is 10,000 writes; going through socket.io and engine.io
 * costs a packet object, two events and a drain callback per socket, about half of the write loop.
 * The bytes are exactly what socket.io would send (its own encoder, ws's own framing, as
 * socket.io-adapter pre-frames broadcasts). A socket only gets the direct write when nothing of its
 * own is queued or in flight (so nothing can be overtaken) and it is a plain open WebSocket; any
 * other socket (long-polling, compression, busy) gets an ordinary emit.
 */
export class FramedPacket {
  private readonly frame: Buffer;

  constructor(
    nsp: Namespace,
    private readonly event: string,
    private readonly body: unknown,
  ) {
    // Socket.IO packet type 2 = EVENT; engine.io message type "4" prefixes it.
    const [encoded] = nsp.server.encoder.encode({ type: 2, nsp: nsp.name, data: [event, body] }) as string[];
    this.frame = Buffer.concat(
      Sender.frame(Buffer.from(`4${encoded}`), {
        readOnly: false,
        mask: false,
        rsv1: false,
        opcode: 1,
        fin: true,
      }),
    );
  }

  /** Sends to one socket; true when written directly, false when it went through socket.io. */
  writeTo(socket: Socket): boolean {
    const conn = socket.conn as unknown as Underneath;
    const t = conn.transport;
    const raw = t?.socket?._socket;
    if (
      raw &&
      conn.readyState === 'open' &&
      t.name === 'websocket' &&
      t.writable === true &&
      !t.perMessageDeflate &&
      t.socket?.readyState === 1 &&
      conn.writeBuffer?.length === 0 &&
      raw.writable !== false
    ) {
      raw.write(this.frame);
      return true;
    }
    socket.emit(this.event, this.body);
    return false;
  }
}

/**
 * Calls `each` for every local socket still in `room`, in time-boxed slices of `budgetMs`, letting acks
 * and database replies through in between (one 10,000-socket loop would hold them for a tick); then
 * `done` with the milliseconds the slices themselves held the event loop (not the gaps between them).
 * The room's members are taken when it starts: a socket that left meanwhile is passed over.
 */
export function forEachInRoomSliced(
  nsp: Namespace,
  room: string,
  budgetMs: number,
  each: (s: Socket) => void,
  done?: (busyMs: number) => void,
): void {
  const targets = [...(nsp.adapter.rooms.get(room) ?? [])];
  let i = 0;
  let busy = 0;
  const slice = () => {
    const start = performance.now();
    const until = Date.now() + budgetMs;
    for (let n = 0; i < targets.length; i++, n++) {
      if ((n & 255) === 255 && Date.now() >= until) break;
      const s = nsp.sockets.get(targets[i]);
      if (s?.rooms.has(room)) each(s);
    }
    busy += performance.now() - start;
    if (i < targets.length) return void setImmediate(slice);
    done?.(busy);
  };
  slice();
}

/** One packet to every local socket of a room, framed once and written in slices (see above). */
export function writeToRoom(nsp: Namespace, room: string, packet: FramedPacket, budgetMs: number): void {
  forEachInRoomSliced(nsp, room, budgetMs, (s) => {
    try {
      packet.writeTo(s);
    } catch {
      // a socket torn down mid-write: it is gone, the others still get the packet
    }
  });
}
