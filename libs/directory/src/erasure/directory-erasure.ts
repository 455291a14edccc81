import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { affectedRows, DomainEvents } from '@xs/platform';

/** Directory's SQL for an erasure: a member's record (a public office) stays, unlinked from the erased login. */
@Injectable()
export class DirectoryErasureRepository {
  constructor(private readonly db: DataSource) {}

  async erase(userId: string): Promise<number> {
    return affectedRows(
      await this.db.query(`UPDATE members SET user_id = NULL WHERE user_id = $1`, [userId]),
    );
  }
}

/** `user.erased` in directory. */
@Injectable()
export class DirectoryErasureListener implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly repo: DirectoryErasureRepository,
  ) {}

  onModuleInit(): void {
    this.events.on('user.erased', async (e) => {
      await this.repo.erase(e.userId);
    });
  }
}
