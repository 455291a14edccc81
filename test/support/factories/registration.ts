import http from 'node:http';
import zlib from 'node:zlib';
import type { TestApp } from '../test-app';

/** Factories and load helpers for registration tests (and other contexts that need registrants). */

let phoneCounter = 0;

/** Distinct valid mainland mobiles per process (136 + pid-derived block + counter). */
export function testPhone(): string {
  const block = (process.pid % 900) + 100;
  return `136${String(block).padStart(3, '0')}${String(++phoneCounter).padStart(5, '0')}`;
}

export interface RegisterBody {
  name?: string;
  phone?: string | null;
  community?: string;
  role?: string;
  speakIntent?: string;
  consent?: boolean;
}

/** Registers someone for a session through the API (staff token registers others; a resident itself). */
export async function register(
  t: TestApp,
  token: string,
  sessionId: string,
  body: RegisterBody = {},
  idempotencyKey?: string,
) {
  let req = t
    .http()
    .post(`/api/v1/sessions/${sessionId}/registrations`)
    .set('Authorization', `Bearer ${token}`);
  if (idempotencyKey) req = req.set('Idempotency-Key', idempotencyKey);
  return req.send({ name: '测试居民', consent: true, ...body });
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  ms: number;
}

/**
 * Real concurrency: one keep-alive agent with as many sockets as requests against a listening server,
 * so every request is in flight at once (supertest would open them one by one).
 */
export class LoadClient {
  agent: http.Agent;
  private readonly url: URL;

  constructor(
    baseUrl: string,
    private readonly sockets = 1000,
  ) {
    this.url = new URL(baseUrl);
    this.agent = this.newAgent();
  }

  private newAgent(): http.Agent {
    return new http.Agent({ keepAlive: true, maxSockets: this.sockets, maxFreeSockets: this.sockets });
  }

  /**
   * A fresh pool before each burst: a socket left idle past the server's keep-alive timeout may be
   * closed by the server just as the agent hands it out again (ECONNRESET), which is not what a test
   * about seats should trip over.
   */
  reset(): void {
    this.agent.destroy();
    this.agent = this.newAgent();
  }

  request(
    method: string,
    path: string,
    token: string | null,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const started = process.hrtime.bigint();
    return new Promise<RawResponse>((resolve, reject) => {
      const req = http.request(
        {
          agent: this.agent,
          host: this.url.hostname,
          port: this.url.port,
          method,
          path,
          headers: {
            ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': payload.length } : {}),
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            try {
              parsed = text ? JSON.parse(text) : null;
            } catch {
              /* keep the text */
            }
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: parsed,
              ms: Number(process.hrtime.bigint() - started) / 1e6,
            });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      if (payload) req.write(payload);
      req.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/**
 * Decodes an 8-bit, non-interlaced PNG into RGBA (what `qrcode` writes), so tests can hand the pixels
 * to a QR decoder. Checks the signature and every chunk's CRC on the way.
 */
export function decodePng(buf: Buffer): { width: number; height: number; data: Uint8ClampedArray } {
  const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let pos = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  let interlace = 0;
  const idat: Buffer[] = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    const crc = buf.readUInt32BE(pos + 8 + len);
    if (zlib.crc32(buf.subarray(pos + 4, pos + 8 + len)) !== crc) throw new Error(`bad CRC in ${type}`);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8) throw new Error('only 8-bit PNGs');
      colorType = data[9];
      interlace = data[12];
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  if (interlace) throw new Error('interlaced PNG');
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (!channels) throw new Error(`colour type ${colorType}`);
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
      let v = line[x];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = v & 0xff;
    }
  }
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const s = pixels.subarray(i * channels, i * channels + channels);
    const [r, g, b] = channels >= 3 ? [s[0], s[1], s[2]] : [s[0], s[0], s[0]];
    const alpha = channels === 4 ? s[3] : channels === 2 ? s[1] : 255;
    rgba.set([r, g, b, alpha], i * 4);
  }
  return { width, height, data: rgba };
}
