import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RegistrationDraw } from './draw.entity';

export type NewDraw = Omit<RegistrationDraw, 'id' | 'createdAt'>;

@Injectable()
export class DrawsRepository {
  constructor(private readonly db: DataSource) {}

  private repo() {
    return this.db.getRepository(RegistrationDraw);
  }

  insert(d: NewDraw): Promise<RegistrationDraw> {
    return this.repo().save(this.repo().create(d));
  }

  /** A session's last 100 draws, latest first. */
  recent(sessionId: string): Promise<RegistrationDraw[]> {
    return this.repo().find({ where: { sessionId }, order: { createdAt: 'DESC' }, take: 100 });
  }

  find(sessionId: string, id: string): Promise<RegistrationDraw | null> {
    return this.repo().findOneBy({ id, sessionId });
  }
}
