import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Errors } from '../errors/error-catalogue';
import { detectFileType, DetectedType } from './file-type';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** What multer hands over (memory storage). */
export interface IncomingFile {
  originalname: string;
  size: number;
  buffer: Buffer;
}

export interface AcceptedFile {
  /** By content, never the client's Content-Type or file name. */
  type: DetectedType;
  /** The client's name, decoded (multer reads it as latin1), path characters replaced. */
  name: string;
  size: number;
  sha256: string;
  buffer: Buffer;
}

/** The client's file name as it was meant (UTF-8), without path separators or NUL, at most 200 characters. */
export function uploadName(originalname: string): string {
  return (
    Buffer.from(originalname, 'latin1')
      .toString('utf8')
      .replace(/[\\/\0]/g, '_')
      .slice(0, 200) || 'file'
  );
}

/**
 * Every uploaded file goes through here: present, within the size limit, and one of the allowed types
 * as its bytes say (PDF, DOCX, XLSX, PNG, JPEG, GIF, WebP). HTML, SVG, executables and anything else
 * are refused, whatever name or Content-Type they came with.
 */
export function acceptUpload(file: IncomingFile | undefined): AcceptedFile {
  if (!file || !file.buffer?.length) throw Errors.badInput('FILE_REQUIRED');
  if (file.size > MAX_UPLOAD_BYTES) throw Errors.tooLarge('FILE_TOO_LARGE');
  const type = detectFileType(file.buffer);
  if (!type) throw Errors.badInput('UNSUPPORTED_FILE_TYPE');
  return {
    type,
    name: uploadName(file.originalname),
    size: file.size,
    sha256: createHash('sha256').update(file.buffer).digest('hex'),
    buffer: file.buffer,
  };
}

/**
 * Writes an uploaded file readable by the server's user and group only (0640, folders 0750): uploads
 * may hold personal data, other accounts on the host have no business reading them. Written to a
 * temporary name first, so a reader never sees half a file.
 */
export async function writePrivateFile(target: string, data: Buffer): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true, mode: 0o750 });
  const tmp = `${target}.part`;
  await writeFile(tmp, data, { mode: 0o640 });
  await rename(tmp, target);
}
