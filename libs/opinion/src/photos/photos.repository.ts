import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { OpinionPhotoResponse } from '../entries/entries.responses';

export interface PhotoRow {
  id: string;
  entryId: string | null;
  contentType: string;
  size: number;
  storageKey: string;
  uploadedBy: string;
}

export const photoView = (p: PhotoRow): OpinionPhotoResponse => ({
  id: p.id,
  contentType: p.contentType,
  size: p.size,
  url: `/api/v1/opinion-photos/${p.id}`,
});

const COLS = `id, entry_id AS "entryId", content_type AS "contentType", size, storage_key AS "storageKey",
  uploaded_by AS "uploadedBy"`;

@Injectable()
export class PhotosRepository {
  constructor(private readonly db: DataSource) {}

  async insert(p: PhotoRow & { sha256: string }): Promise<void> {
    await this.db.query(
      `INSERT INTO opinion_photos (id, content_type, size, sha256, storage_key, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [p.id, p.contentType, p.size, p.sha256, p.storageKey, p.uploadedBy],
    );
  }

  async get(id: string): Promise<PhotoRow | null> {
    const rows: PhotoRow[] = await this.db.query(`SELECT ${COLS} FROM opinion_photos WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Attaches the uploader's own unattached photos to an entry; the ids attached. */
  async attach(m: EntityManager, entryId: string, ids: string[], uploadedBy: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      // As a SELECT, so the driver answers rows (a bare UPDATE … RETURNING answers [rows, count]).
      `WITH attached AS (
         UPDATE opinion_photos SET entry_id = $1
          WHERE id = ANY($2::uuid[]) AND uploaded_by = $3 AND entry_id IS NULL RETURNING id
       ) SELECT id FROM attached`,
      [entryId, ids, uploadedBy],
    );
    return rows.map((r) => r.id);
  }

  /** Photos of these entries, oldest first. */
  async forEntries(entryIds: string[]): Promise<PhotoRow[]> {
    if (!entryIds.length) return [];
    return this.db.query(
      `SELECT ${COLS} FROM opinion_photos WHERE entry_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [entryIds],
    );
  }
}
