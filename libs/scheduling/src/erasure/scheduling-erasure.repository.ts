import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { affectedRows } from '@xs/platform';

/** How an erased proposer is named on a topic that stays on the list. */
const ERASED_NAME = '已注销用户';

/** Scheduling's SQL for an erasure: the person's notices go; topics they proposed stay, unnamed; supports keep counting. */
@Injectable()
export class SchedulingErasureRepository {
  constructor(private readonly db: DataSource) {}

  async erase(userId: string): Promise<number> {
    return this.db.transaction(async (m) => {
      let n = affectedRows(await m.query(`DELETE FROM notifications WHERE user_id = $1`, [userId]));
      n += affectedRows(
        await m.query(`UPDATE topics SET proposer_name = $2 WHERE proposer_id = $1 AND proposer_name <> $2`, [
          userId,
          ERASED_NAME,
        ]),
      );
      // 附议 keeps its count under a random id: nothing links the support to the person any more.
      n += affectedRows(
        await m.query(`UPDATE topic_supports SET user_id = gen_random_uuid() WHERE user_id = $1`, [userId]),
      );
      n += affectedRows(
        await m.query(`UPDATE session_invitations SET user_id = NULL WHERE user_id = $1`, [userId]),
      );
      return n;
    });
  }
}
