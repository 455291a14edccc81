import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Errors } from '../errors';
import { HttpStatus } from '@nestjs/common';

/**
 * Where material files live: under DATA_DIR/files by default, or in S3-compatible storage when
 * S3_ENDPOINT is set (S3MaterialStorage).
 */
export interface PresignOptions {
  /** Offered to the browser as the download's name (Content-Disposition). */
  filename?: string;
  contentType?: string;
  /** Defaults to S3_PRESIGN_SECONDS. */
  expiresInSeconds?: number;
}

export interface MaterialStorage {
  put(key: string, data: Buffer): Promise<void>;
  open(key: string): Readable;
  remove(key: string): Promise<void>;
  /**
   * A short-lived URL the browser can GET straight from object storage (signed downloads redirect
   * there); absent when files are local and the server streams them itself.
   */
  presignedGet?(key: string, opts?: PresignOptions): Promise<string>;
}

/** Keys are ours (session id / file id), never a client's path: anything else is a bug. */
export function assertStorageKey(key: string): void {
  if (!/^[\w-]+(\/[\w.-]+)*$/.test(key) || key.includes('..')) throw new Error('bad storage key');
}

export const MATERIAL_STORAGE = Symbol('MATERIAL_STORAGE');

export class LocalMaterialStorage implements MaterialStorage {
  constructor(private readonly root: string) {}

  private file(key: string): string {
    assertStorageKey(key);
    return path.join(this.root, key);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const target = this.file(key);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o750 });
    // Write then rename, so a reader never sees half a file.
    const tmp = `${target}.part`;
    try {
      await writeFile(tmp, data, { mode: 0o640 });
      await rename(tmp, target);
    } catch (e) {
      // A full disk leaves part of the file behind: remove it, and say so plainly.
      await rm(tmp, { force: true }).catch(() => undefined);
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOSPC' || code === 'EDQUOT')
        throw Errors.withStatus(HttpStatus.INSUFFICIENT_STORAGE, 'STORAGE_FULL');
      throw e;
    }
  }

  open(key: string): Readable {
    return createReadStream(this.file(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }
}
