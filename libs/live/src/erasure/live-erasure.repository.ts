import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { affectedRows } from '@xs/platform';

/** How an erased person's messages, questions and raised hands are signed. */
export const ERASED_NICKNAME = '已注销用户';

/**
 * Live rooms' part of an erasure. What the person said in a public meeting stays in its record, signed
 * "已注销用户"; their likes on questions, poll votes and presence keep counting under random ids, so no
 * tally changes and nothing links them together any more; sanctions about them go.
 */
@Injectable()
export class LiveErasureRepository {
  constructor(private readonly db: DataSource) {}

  async erase(userId: string): Promise<number> {
    return this.db.transaction(async (m) => {
      let n = 0;
      for (const sql of [
        `UPDATE live_messages SET author_nickname = $2 WHERE author_id = $1 AND author_nickname <> $2`,
        `UPDATE live_questions SET author_nickname = $2 WHERE author_id = $1 AND author_nickname <> $2`,
        `UPDATE live_hands SET nickname = $2, note = NULL WHERE user_id = $1 AND nickname <> $2`,
      ])
        n += affectedRows(await m.query(sql, [userId, ERASED_NICKNAME]));
      for (const sql of [
        `UPDATE live_question_votes SET user_id = gen_random_uuid() WHERE user_id = $1`,
        `UPDATE live_poll_votes SET user_id = gen_random_uuid() WHERE user_id = $1`,
        `UPDATE live_participants SET participant_key = 'erased:' || gen_random_uuid(), user_id = NULL
          WHERE user_id = $1`,
        `DELETE FROM live_sanctions WHERE user_id = $1`,
      ])
        n += affectedRows(await m.query(sql, [userId]));
      return n;
    });
  }
}
