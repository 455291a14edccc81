/**
 * The bench viewers' reader for a server-to-client WebSocket stream (unmasked frames), fed the bytes
 * of each read in place (a static buffer that the next read overwrites). It follows frame headers
 * only to find engine.io pings and close frames, and scans the payloads for each chat message's
 * `<mark><sentAt> <id>`; a frame header, a mark or a number cut by the end of a read is carried over.
 */
export interface SinkEvents {
  /** A message's send time and id (−1 when the text has none). */
  message(sentAt: number, id: number): void;
  /** An engine.io ping (the text frame "2"): the caller answers "3". */
  ping(): void;
  /** The server's close frame. */
  close(): void;
}

export class SinkReader {
  /** Payload bytes left in the current frame, and a frame header cut by the end of a read. */
  private left = 0;
  private head: Buffer | undefined;
  private frameStart = false;
  private maybePing = false;
  /** Bytes of the mark matched so far (−1: reading the send time, −2: reading the id). */
  private match = 0;
  private sentAt = 0;
  private id = 0;

  constructor(
    private readonly mark: Buffer,
    private readonly on: SinkEvents,
  ) {}

  /** Reads buf[from, to): whole frames, or parts of them. */
  feed(buf: Buffer, from: number, to: number): void {
    let at = from;
    while (at < to) {
      if (this.left > 0) {
        const end = Math.min(to, at + this.left);
        if (this.frameStart) {
          this.frameStart = false;
          if (this.maybePing && buf[at] === 0x32) {
            this.left = 0;
            at = end;
            this.on.ping();
            continue;
          }
        }
        this.scan(buf, at, end);
        this.left -= end - at;
        at = end;
        continue;
      }
      // A frame header: 2 bytes, then 2 or 8 more for a long length (server frames are not masked).
      let h = buf;
      let hAt = at;
      let avail = to - at;
      const held = this.head?.length ?? 0;
      if (this.head) {
        h = Buffer.concat([this.head, buf.subarray(at, Math.min(to, at + 10))]);
        hAt = 0;
        avail = h.length;
      }
      const len7 = avail >= 2 ? h[hAt + 1] & 0x7f : 0;
      const need = avail < 2 ? 2 : len7 === 126 ? 4 : len7 === 127 ? 10 : 2;
      if (avail < need) {
        this.head = Buffer.from(h.subarray(hAt, hAt + avail));
        return;
      }
      const opcode = h[hAt] & 0x0f;
      const len =
        len7 === 126 ? h.readUInt16BE(hAt + 2) : len7 === 127 ? Number(h.readBigUInt64BE(hAt + 2)) : len7;
      at += need - held;
      this.head = undefined;
      if (opcode === 0x8) return this.on.close();
      this.left = len;
      this.frameStart = len > 0;
      this.maybePing = opcode === 0x1 && len === 1;
    }
  }

  /** Scans payload bytes buf[from, to) for the mark and the two numbers after it. */
  private scan(buf: Buffer, from: number, to: number): void {
    const mark = this.mark;
    const markLen = mark.length;
    let at = from;
    while (at < to) {
      if (this.match > 0) {
        while (at < to && this.match < markLen && buf[at] === mark[this.match]) {
          at++;
          this.match++;
        }
        if (this.match === markLen) {
          this.match = -1;
          this.sentAt = 0;
        } else if (at < to) this.match = 0;
        continue;
      }
      if (this.match === 0) {
        // indexOf may look past `to` (into the next frame of this read): only a hit inside counts.
        const hit = buf.indexOf(mark, at);
        if (hit >= 0 && hit + markLen <= to) {
          at = hit + markLen;
          this.match = -1;
          this.sentAt = 0;
          continue;
        }
        // A mark cut by the end of this read or frame?
        for (let s = Math.max(at, to - markLen + 1); s < to; s++) {
          let k = 0;
          while (s + k < to && buf[s + k] === mark[k]) k++;
          if (s + k === to) {
            this.match = k;
            break;
          }
        }
        return;
      }
      const c = buf[at];
      if (c >= 0x30 && c <= 0x39) {
        if (this.match === -1) this.sentAt = this.sentAt * 10 + (c - 0x30);
        else this.id = this.id * 10 + (c - 0x30);
        at++;
        continue;
      }
      if (this.match === -1 && c === 0x20) {
        this.match = -2;
        this.id = 0;
        at++;
        continue;
      }
      this.on.message(this.sentAt, this.match === -2 ? this.id : -1);
      this.match = 0;
    }
  }
}
