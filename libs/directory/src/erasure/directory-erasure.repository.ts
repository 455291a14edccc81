import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { affectedRows } from '@xs/platform';

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
