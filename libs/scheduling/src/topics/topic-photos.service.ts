import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import sharp from 'sharp';
import { FILE_STORE } from '@xs/contracts';
import type { FileStore } from '@xs/contracts';
import { AuditService } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { acceptUpload, type IncomingFile } from '@xs/platform';
import { Errors } from '../errors';
import { TopicPhotoRow, TopicPhotosRepository } from './topic-photos.repository';
import type { TopicPhotoResponse } from './topics.responses';

/** A phone photo is 2–8 MB; more is refused before any decoding. */
export const MAX_TOPIC_PHOTO_BYTES = 10 * 1024 * 1024;
/** 9 per topic, as a WeChat moment takes. */
export const MAX_TOPIC_PHOTOS = 9;
/** Unattached uploads per person and day. */
const MAX_PENDING_PHOTOS = 30;
/** Decoding stops above this (a small file may claim a huge canvas). */
const MAX_PIXELS = 50_000_000;
const DISPLAY_EDGE = 1600;
const THUMB_EDGE = 320;

export const topicPhotoView = (p: TopicPhotoRow): TopicPhotoResponse => ({
  id: p.id,
  width: p.width,
  height: p.height,
  size: p.size,
  url: `/api/v1/topic-photos/${p.id}`,
  thumbUrl: `/api/v1/topic-photos/${p.id}/thumb`,
});

@Injectable()
export class TopicPhotosService {
  constructor(
    private readonly repo: TopicPhotosRepository,
    private readonly audit: AuditService,
    @Inject(FILE_STORE) private readonly files: FileStore,
  ) {}

  /**
   * An image (PNG, JPEG, GIF, WebP by its bytes, through the platform's upload check) becomes two JPEGs:
   * at most 1600 px for viewing and a 320 px square thumbnail for lists, turned upright by its EXIF
   * orientation and without any of its metadata (GPS position, device).
   */
  async upload(p: Principal, file: IncomingFile | undefined): Promise<TopicPhotoResponse> {
    const accepted = acceptUpload(file);
    if (!accepted.type.mime.startsWith('image/')) throw Errors.badInput('UNSUPPORTED_FILE_TYPE');
    if (accepted.size > MAX_TOPIC_PHOTO_BYTES) throw Errors.tooLarge('FILE_TOO_LARGE');
    if ((await this.repo.pendingCount(p.id)) >= MAX_PENDING_PHOTOS)
      throw Errors.tooMany('TOO_MANY_PENDING_PHOTOS', 3600);
    const { display, thumb } = await this.encode(accepted.buffer);
    const id = randomUUID();
    const dir = `topics/${id.slice(0, 2)}`;
    const row: TopicPhotoRow = {
      id,
      topicId: null,
      size: display.data.length,
      width: display.info.width,
      height: display.info.height,
      storageKey: `${dir}/${id}.jpg`,
      thumbKey: `${dir}/${id}.thumb.jpg`,
      thumbSize: thumb.length,
      uploadedBy: p.id,
    };
    await this.files.put(row.storageKey, display.data);
    await this.files.put(row.thumbKey, thumb);
    await this.repo.insert({ ...row, sha256: accepted.sha256 });
    await this.audit.by(p, 'topic.photo.upload', { type: 'topic_photo', id });
    return topicPhotoView(row);
  }

  private async encode(
    buf: Buffer,
  ): Promise<{ display: { data: Buffer; info: sharp.OutputInfo }; thumb: Buffer }> {
    // Only the first frame of an animation; refuse what does not decode rather than store it.
    const input = () => sharp(buf, { limitInputPixels: MAX_PIXELS, failOn: 'error', animated: false });
    try {
      const display = await input()
        .rotate()
        .resize(DISPLAY_EDGE, DISPLAY_EDGE, { fit: 'inside', withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 82, mozjpeg: true })
        .toBuffer({ resolveWithObject: true });
      const thumb = await input()
        .rotate()
        .resize(THUMB_EDGE, THUMB_EDGE, { fit: 'cover', position: 'attention' })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 75, mozjpeg: true })
        .toBuffer();
      return { display, thumb };
    } catch (e) {
      if (/pixel limit/i.test((e as Error).message)) throw Errors.badInput('IMAGE_TOO_LARGE');
      throw Errors.badInput('IMAGE_UNREADABLE');
    }
  }

  /** Attaches photos the caller uploaded and no topic has taken yet; any other id fails the whole topic. */
  async attach(
    m: Parameters<TopicPhotosRepository['attach']>[0],
    topicId: string,
    ids: string[],
    p: Principal,
  ): Promise<void> {
    if (!ids.length) return;
    const attached = await this.repo.attach(m, topicId, ids, p.id);
    if (attached.length !== ids.length) throw Errors.badInput('UNKNOWN_TOPIC_PHOTO');
  }

  async forTopics(topicIds: string[]): Promise<Map<string, TopicPhotoResponse[]>> {
    const out = new Map<string, TopicPhotoResponse[]>();
    for (const r of await this.repo.forTopics(topicIds)) {
      const list = out.get(r.topicId!) ?? [];
      list.push(topicPhotoView(r));
      out.set(r.topicId!, list);
    }
    return out;
  }

  /**
   * The photo (or its thumbnail) for whoever may see its topic (`canSeeTopic`); an unattached photo is its
   * uploader's alone. Others get 404, as for a photo that does not exist.
   */
  async open(
    p: Principal,
    id: string,
    thumb: boolean,
    canSeeTopic: (topicId: string) => Promise<boolean>,
  ): Promise<{ size: number; stream: Readable }> {
    const photo = await this.repo.get(id);
    if (!photo) throw Errors.notFound('TOPIC_PHOTO_NOT_FOUND');
    const visible = photo.topicId ? await canSeeTopic(photo.topicId) : photo.uploadedBy === p.id;
    if (!visible) throw Errors.notFound('TOPIC_PHOTO_NOT_FOUND');
    return {
      size: thumb ? photo.thumbSize : photo.size,
      stream: this.files.open(thumb ? photo.thumbKey : photo.storageKey),
    };
  }

  /** Uploads no topic took within a day leave the store (run by the daily purge). */
  async purgeUnattached(): Promise<number> {
    const stale = await this.repo.staleUnattached(500);
    for (const s of stale) {
      await this.files.remove(s.storageKey);
      await this.files.remove(s.thumbKey);
    }
    await this.repo.remove(stale.map((s) => s.id));
    return stale.length;
  }
}
