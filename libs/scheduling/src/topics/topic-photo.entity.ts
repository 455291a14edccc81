import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A photo of a topic (群众出题 with pictures of the problem), in the file storage session materials use
 * (FILE_STORE). Uploaded first (topic_id null, the uploader's alone), attached when the topic is
 * submitted with its id. Only re-encoded copies are kept (a display size and a thumbnail): the original's
 * metadata, such as where it was taken, never reaches the store.
 */
@Entity('topic_photos')
@Index('IDX_topic_photos_topic', ['topicId'])
@Index('IDX_topic_photos_uploader', ['uploadedBy', 'createdAt'])
export class TopicPhoto {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_topic_photos' })
  id: string;

  @Column({ name: 'topic_id', type: 'uuid', nullable: true })
  topicId: string | null;

  /** Bytes of the display copy (JPEG). */
  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'integer' })
  height: number;

  /** Of the uploaded file, to tell a repeated upload. */
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey: string;

  @Column({ name: 'thumb_key', type: 'varchar', length: 200 })
  thumbKey: string;

  @Column({ name: 'thumb_size', type: 'integer' })
  thumbSize: number;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
