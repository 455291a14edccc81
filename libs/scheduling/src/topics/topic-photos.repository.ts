import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface TopicPhotoRow {
  id: string;
  topicId: string | null;
  size: number;
  width: number;
  height: number;
  storageKey: string;
  thumbKey: string;
  thumbSize: number;
  uploadedBy: string;
}

const COLS = `id, topic_id AS "topicId", size, width, height, storage_key AS "storageKey",
  thumb_key AS "thumbKey", thumb_size AS "thumbSize", uploaded_by AS "uploadedBy"`;

@Injectable()
export class TopicPhotosRepository {
  constructor(private readonly db: DataSource) {}

  async insert(p: TopicPhotoRow & { sha256: string }): Promise<void> {
    await this.db.query(
      `INSERT INTO topic_photos (id, size, width, height, sha256, storage_key, thumb_key, thumb_size, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [p.id, p.size, p.width, p.height, p.sha256, p.storageKey, p.thumbKey, p.thumbSize, p.uploadedBy],
    );
  }

  async get(id: string): Promise<TopicPhotoRow | null> {
    const rows: TopicPhotoRow[] = await this.db.query(`SELECT ${COLS} FROM topic_photos WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** Photos the uploader sent in the last day that no topic took (a limit against filling the store). */
  async pendingCount(uploadedBy: string): Promise<number> {
    const rows: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM topic_photos
        WHERE uploaded_by = $1 AND topic_id IS NULL AND created_at > now() - interval '1 day'`,
      [uploadedBy],
    );
    return rows[0].n;
  }

  /** Attaches the uploader's own unattached photos to a topic, keeping the order given; the ids attached. */
  async attach(m: EntityManager, topicId: string, ids: string[], uploadedBy: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      // As a SELECT, so the driver answers rows (a bare UPDATE … RETURNING answers [rows, count]).
      `WITH attached AS (
         UPDATE topic_photos SET topic_id = $1
          WHERE id = ANY($2::uuid[]) AND uploaded_by = $3 AND topic_id IS NULL RETURNING id
       ) SELECT id FROM attached`,
      [topicId, ids, uploadedBy],
    );
    return rows.map((r) => r.id);
  }

  /** Photos of these topics in upload order. */
  async forTopics(topicIds: string[]): Promise<TopicPhotoRow[]> {
    if (!topicIds.length) return [];
    return this.db.query(
      `SELECT ${COLS} FROM topic_photos WHERE topic_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [topicIds],
    );
  }

  /** Unattached photos older than a day: what a purge removes from the store and the table. */
  async staleUnattached(limit: number): Promise<TopicPhotoRow[]> {
    return this.db.query(
      `SELECT ${COLS} FROM topic_photos
        WHERE topic_id IS NULL AND created_at < now() - interval '1 day' ORDER BY created_at LIMIT $1`,
      [limit],
    );
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length)
      await this.db.query(`DELETE FROM topic_photos WHERE id = ANY($1::uuid[]) AND topic_id IS NULL`, [ids]);
  }
}
