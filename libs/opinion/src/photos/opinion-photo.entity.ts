import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A photo for a 民情日记 entry, in the file storage session materials use (FILE_STORE). Uploaded first
 * (entry_id null, the uploader's alone), then attached when the entry is recorded with its id.
 */
@Entity('opinion_photos')
@Index('IDX_opinion_photos_entry', ['entryId'])
@Index('IDX_opinion_photos_uploader', ['uploadedBy', 'createdAt'])
export class OpinionPhoto {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_opinion_photos' })
  id: string;

  @Column({ name: 'entry_id', type: 'uuid', nullable: true })
  entryId: string | null;

  @Column({ name: 'content_type', type: 'varchar', length: 40 })
  contentType: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
