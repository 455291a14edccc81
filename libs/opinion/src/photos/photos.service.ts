import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { FILE_STORE } from '@xs/contracts';
import type { FileStore } from '@xs/contracts';
import { AuditService } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { NotFoundError } from '@xs/platform';
import { EntriesService } from '../entries/entries.service';
import type { OpinionPhotoResponse } from '../entries/entries.responses';
import { PhotoRow, PhotosRepository, photoView } from './photos.repository';
import { Errors } from '../errors';

@Injectable()
export class PhotosService {
  constructor(
    private readonly repo: PhotosRepository,
    private readonly entries: EntriesService,
    private readonly audit: AuditService,
    @Inject(FILE_STORE) private readonly files: FileStore,
  ) {}

  /** Stores an image (recognised by its bytes, never its name) for an entry the caller is about to record. */
  async upload(p: Principal, file: Express.Multer.File | undefined): Promise<OpinionPhotoResponse> {
    if (!file) throw Errors.badInput('FILE_REQUIRED');
    const type = this.files.detectType(file.buffer);
    if (!type?.mime.startsWith('image/')) throw Errors.badInput('UNSUPPORTED_FILE_TYPE');
    const id = randomUUID();
    const row: PhotoRow = {
      id,
      entryId: null,
      contentType: type.mime,
      size: file.size,
      storageKey: `opinion/${id.slice(0, 2)}/${id}.${type.ext}`,
      uploadedBy: p.id,
    };
    await this.files.put(row.storageKey, file.buffer);
    await this.repo.insert({ ...row, sha256: createHash('sha256').update(file.buffer).digest('hex') });
    await this.audit.by(p, 'opinion.photo.upload', { type: 'opinion_photo', id });
    return photoView(row);
  }

  /** Whoever may read the entry reads its photos; an unattached photo is its uploader's alone. */
  async open(p: Principal, id: string): Promise<{ photo: PhotoRow; stream: Readable }> {
    const photo = await this.repo.get(id);
    const missing = Errors.notFound('PHOTO_NOT_FOUND');
    if (!photo) throw missing;
    if (photo.entryId) {
      try {
        await this.entries.visible(p, photo.entryId);
      } catch (e) {
        throw e instanceof NotFoundError ? missing : e;
      }
    } else if (photo.uploadedBy !== p.id) throw missing;
    return { photo, stream: this.files.open(photo.storageKey) };
  }
}
