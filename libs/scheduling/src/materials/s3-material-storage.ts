import { PassThrough, Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { ServiceUnavailableError, local } from '@xs/platform';
import type { S3Settings } from '@xs/platform';
import { assertStorageKey } from './material-storage';
import type { MaterialStorage, PresignOptions } from './material-storage';
import { Errors } from '../errors';

/**
 * Session materials in S3-compatible storage (MinIO, Aliyun OSS, Tencent COS, AWS S3) through the AWS
 * SDK: path-style or virtual-hosted addressing by S3_FORCE_PATH_STYLE (Aliyun OSS wants virtual-hosted),
 * uploads in parts from S3_MULTIPART_THRESHOLD_MB, presigned GETs for downloads the browser opens itself.
 */
export class S3MaterialStorage implements MaterialStorage {
  private readonly client: S3Client;

  /** `overrides` lets a test give the SDK its own request handler (e.g. a resolver for a local host). */
  constructor(
    private readonly s3: S3Settings,
    overrides: Partial<S3ClientConfig> = {},
  ) {
    this.client = new S3Client({
      endpoint: s3.endpoint,
      region: s3.region,
      forcePathStyle: s3.forcePathStyle,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
      // Our own 503 answers the caller; the SDK's retries would only make them wait longer.
      maxAttempts: 2,
      // MinIO, OSS and COS do not all speak the newer default checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      ...overrides,
    });
  }

  async put(key: string, data: Buffer): Promise<void> {
    assertStorageKey(key);
    try {
      // One PUT below the part size, a multipart upload (parts of that size, four at a time) above it.
      await new Upload({
        client: this.client,
        params: { Bucket: this.s3.bucket, Key: key, Body: data },
        partSize: this.s3.multipartThresholdBytes,
        queueSize: 4,
        leavePartsOnError: false,
      }).done();
    } catch (e) {
      throw this.failure('PUT', e);
    }
  }

  open(key: string): Readable {
    assertStorageKey(key);
    const out = new PassThrough();
    this.client.send(new GetObjectCommand({ Bucket: this.s3.bucket, Key: key })).then(
      (res) => {
        const body = res.Body as Readable | undefined;
        if (!body) return out.destroy(this.failure('GET', new Error('empty body')));
        body.on('error', (e) => out.destroy(e));
        body.pipe(out);
      },
      (e: unknown) => out.destroy(this.failure('GET', e)),
    );
    return out;
  }

  async remove(key: string): Promise<void> {
    assertStorageKey(key);
    try {
      // S3 answers 204 whether or not the object was there: gone is what we wanted.
      await this.client.send(new DeleteObjectCommand({ Bucket: this.s3.bucket, Key: key }));
    } catch (e) {
      throw this.failure('DELETE', e);
    }
  }

  async presignedGet(key: string, opts: PresignOptions = {}): Promise<string> {
    assertStorageKey(key);
    const command = new GetObjectCommand({
      Bucket: this.s3.bucket,
      Key: key,
      ResponseContentType: opts.contentType,
      ResponseContentDisposition: opts.filename
        ? `attachment; filename*=UTF-8''${encodeURIComponent(opts.filename)}`
        : undefined,
    });
    return getSignedUrl(this.client, command, { expiresIn: opts.expiresInSeconds ?? this.s3.presignSeconds });
  }

  private failure(method: string, e: unknown): ServiceUnavailableError {
    const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    return Errors.unavailable('STORAGE_UNAVAILABLE', {
      operation: local(`${method} ${status ?? '无响应'}`, `${method} ${status ?? 'no response'}`),
    });
  }
}
