import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Material } from './material.entity';

export type NewMaterial = Pick<
  Material,
  | 'id'
  | 'sessionId'
  | 'filename'
  | 'contentType'
  | 'size'
  | 'sha256'
  | 'storageKey'
  | 'isPublic'
  | 'uploadedBy'
>;

@Injectable()
export class MaterialsRepository {
  constructor(private readonly db: DataSource) {}

  private repo() {
    return this.db.getRepository(Material);
  }

  insert(row: NewMaterial): Promise<Material> {
    return this.repo().save(this.repo().create(row));
  }

  /** A session's files in upload order; `publicOnly` leaves out the ones staff keep internal. */
  list(sessionId: string, publicOnly: boolean): Promise<Material[]> {
    return this.repo().find({
      where: publicOnly ? { sessionId, isPublic: true } : { sessionId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  find(sessionId: string, id: string): Promise<Material | null> {
    return this.repo().findOneBy({ id, sessionId });
  }

  async setPublic(id: string, isPublic: boolean): Promise<void> {
    await this.repo().update({ id }, { isPublic });
  }

  async delete(id: string): Promise<void> {
    await this.repo().delete({ id });
  }
}
