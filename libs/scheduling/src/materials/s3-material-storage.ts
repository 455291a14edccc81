import http from 'node:http';
import https from 'node:https';
import { PassThrough, Readable } from 'node:stream';
import { ServiceUnavailableError } from '@xs/platform';
import type { S3Settings } from '@xs/platform';
import type { MaterialStorage } from './material-storage';
import { sha256Hex, signV4, uriEncode } from './sigv4';

const EMPTY_SHA256 = sha256Hex('');

/**
 * Session materials in S3-compatible storage (MinIO, Aliyun OSS, Tencent COS, AWS S3): path-style
 * requests signed with AWS Signature V4. Three calls only, so no SDK: PUT, GET (streamed), DELETE.
 */
export class S3MaterialStorage implements MaterialStorage {
  private readonly base: URL;

  constructor(private readonly s3: S3Settings) {
    this.base = new URL(s3.endpoint);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const res = await this.request('PUT', key, data);
    res.resume();
    if (res.statusCode !== 200) throw this.failure('PUT', res.statusCode);
  }

  open(key: string): Readable {
    const out = new PassThrough();
    this.request('GET', key).then(
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          out.destroy(this.failure('GET', res.statusCode));
          return;
        }
        res.on('error', (e) => out.destroy(e));
        res.pipe(out);
      },
      (e: Error) => out.destroy(e),
    );
    return out;
  }

  async remove(key: string): Promise<void> {
    const res = await this.request('DELETE', key);
    res.resume();
    // 204 when deleted; 404 means it is already gone, which is what we wanted.
    if (res.statusCode !== 204 && res.statusCode !== 200 && res.statusCode !== 404)
      throw this.failure('DELETE', res.statusCode);
  }

  private failure(method: string, status: number | undefined): ServiceUnavailableError {
    return new ServiceUnavailableError(
      'STORAGE_UNAVAILABLE',
      `文件存储暂不可用（${method} ${status ?? '无响应'}）`,
    );
  }

  private request(
    method: 'PUT' | 'GET' | 'DELETE',
    key: string,
    body?: Buffer,
  ): Promise<http.IncomingMessage> {
    if (!/^[\w-]+(\/[\w.-]+)*$/.test(key) || key.includes('..')) throw new Error('bad storage key');
    const basePath = this.base.pathname.replace(/\/+$/, '');
    const path = `${basePath}/${uriEncode(this.s3.bucket)}/${key.split('/').map(uriEncode).join('/')}`;
    const now = new Date();
    const amzDate = now
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    const payloadHash = body ? sha256Hex(body) : EMPTY_SHA256;
    const headers: Record<string, string> = {
      host: this.base.host,
      'x-amz-content-sha256': payloadHash,
      'x-amz-date': amzDate,
    };
    if (body) headers['content-length'] = String(body.length);
    const { 'content-length': _length, ...toSign } = headers;
    headers.authorization = signV4({
      method,
      path,
      headers: toSign,
      payloadHash,
      amzDate,
      region: this.s3.region,
      accessKeyId: this.s3.accessKeyId,
      secretAccessKey: this.s3.secretAccessKey,
    });

    const lib = this.base.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const req = lib.request(
        {
          protocol: this.base.protocol,
          hostname: this.base.hostname,
          port: this.base.port,
          method,
          path,
          headers,
          timeout: 30_000,
        },
        resolve,
      );
      req.on('timeout', () => req.destroy(new Error('storage request timed out')));
      req.on('error', () => reject(this.failure(method, undefined)));
      req.end(body);
    });
  }
}
