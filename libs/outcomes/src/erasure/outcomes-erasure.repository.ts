import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { affectedRows } from '@xs/platform';

/**
 * Outcomes' SQL for an erasure: ratings (满意度) keep counting under random ids, so satisfaction rates do
 * not move and no rating leads back to the person; a suggestion they raised no longer names them.
 */
@Injectable()
export class OutcomesErasureRepository {
  constructor(private readonly db: DataSource) {}

  async erase(userId: string): Promise<number> {
    return this.db.transaction(async (m) => {
      let n = 0;
      for (const sql of [
        `UPDATE suggestion_ratings SET user_id = gen_random_uuid() WHERE user_id = $1`,
        `UPDATE suggestion_follow_up_ratings SET user_id = gen_random_uuid() WHERE user_id = $1`,
        `UPDATE suggestions SET source_user_id = NULL WHERE source_user_id = $1`,
      ])
        n += affectedRows(await m.query(sql, [userId]));
      return n;
    });
  }
}
