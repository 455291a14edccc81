import { SinkReader } from './ws-sink';

const MARK = Buffer.from('"text":"bench ');

/** A server-to-client frame (unmasked), with the length in 7, 16 or 64 bits as the payload needs. */
function frame(payload: string, opcode = 0x1): Buffer {
  const body = Buffer.from(payload);
  const n = body.length;
  const head = n < 126 ? Buffer.from([0x80 | opcode, n]) : Buffer.alloc(n < 65536 ? 4 : 10);
  if (n >= 126 && n < 65536) {
    head[0] = 0x80 | opcode;
    head[1] = 126;
    head.writeUInt16BE(n, 2);
  } else if (n >= 65536) {
    head[0] = 0x80 | opcode;
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(n), 2);
  }
  return Buffer.concat([head, body]);
}

const batch = (msgs: [number, number][], pad = 0) =>
  `42/live,["chat:batch",{"sessionId":"s","messages":[${msgs
    .map(
      ([at, id]) => `{"seq":${id},"author":{"nickname":"观众${'x'.repeat(pad)}"},"text":"bench ${at} ${id}"}`,
    )
    .join(',')}]}]`;

/** The stream a viewer reads: batches of every frame length class, pings, a close at the end. */
function stream(): { bytes: Buffer; messages: [number, number][]; pings: number } {
  const parts: Buffer[] = [];
  const messages: [number, number][] = [];
  let pings = 0;
  let id = 0;
  for (const [count, pad] of [
    [1, 0],
    [3, 40],
    [2, 70_000],
    [5, 3],
  ]) {
    const msgs: [number, number][] = [];
    for (let k = 0; k < count; k++) msgs.push([1_796_000_000_000 + id * 7, id++]);
    messages.push(...msgs);
    parts.push(frame(batch(msgs, pad)));
    parts.push(frame('2'));
    pings++;
  }
  // A one-byte frame that is not a ping, and a text that only looks like the start of the mark.
  parts.push(frame('3'), frame('42/live,["x",{"text":"ben"}]'));
  parts.push(frame('', 0x8));
  return { bytes: Buffer.concat(parts), messages, pings };
}

/** Feeds `bytes` in reads of the given sizes, each copied into one reused buffer full of stale bytes. */
function read(bytes: Buffer, sizes: () => number) {
  const got: [number, number][] = [];
  let pings = 0;
  let closed = 0;
  const reader = new SinkReader(MARK, {
    message: (at, id) => got.push([at, id]),
    ping: () => pings++,
    close: () => closed++,
  });
  const staticBuf = Buffer.alloc(bytes.length + 1000, MARK.toString() + '12345 6 ');
  for (let at = 0; at < bytes.length && !closed;) {
    const n = Math.min(bytes.length - at, Math.max(1, sizes()));
    bytes.copy(staticBuf, 0, at, at + n);
    reader.feed(staticBuf.subarray(0, n), 0, n);
    at += n;
  }
  return { got, pings, closed };
}

describe('bench viewers: SinkReader', () => {
  const s = stream();

  it('reads every message, ping and the close in one read', () => {
    expect(read(s.bytes, () => s.bytes.length)).toEqual({ got: s.messages, pings: s.pings, closed: 1 });
  });

  it.each([1, 2, 3, 7, 13, 14, 15, 16, 100, 4096])(
    'carries headers, marks and numbers over reads of %i bytes',
    (n) => {
      expect(read(s.bytes, () => n)).toEqual({ got: s.messages, pings: s.pings, closed: 1 });
    },
  );

  it('carries them over reads cut at random', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % 300) + 1;
    for (let run = 0; run < 20; run++)
      expect(read(s.bytes, rand)).toEqual({ got: s.messages, pings: s.pings, closed: 1 });
  });
});
