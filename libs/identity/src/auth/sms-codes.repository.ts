import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { returningRows } from '@xs/platform';

@Injectable()
export class SmsCodesRepository {
  constructor(private readonly db: DataSource) {}

  async create(phoneBidx: string, codeHash: string, expiresAt: Date): Promise<void> {
    await this.db.query(`INSERT INTO sms_codes (phone_bidx, code_hash, expires_at) VALUES ($1, $2, $3)`, [
      phoneBidx,
      codeHash,
      expiresAt,
    ]);
  }

  /**
   * Checks a code against the newest live code for the phone, counting the attempt; a code is good
   * for one login and at most `maxAttempts` guesses. One statement, so parallel guesses all count.
   */
  async consume(phoneBidx: string, codeHash: string, maxAttempts: number): Promise<boolean> {
    const rows = returningRows<{ matched: boolean }>(
      await this.db.query(
        `UPDATE sms_codes c
          SET attempts = c.attempts + 1,
              consumed_at = CASE WHEN c.code_hash = $2 THEN now() ELSE c.consumed_at END
        WHERE c.id = (SELECT id FROM sms_codes
                       WHERE phone_bidx = $1 AND consumed_at IS NULL AND expires_at > now() AND attempts < $3
                       ORDER BY created_at DESC LIMIT 1 FOR UPDATE)
        RETURNING c.code_hash = $2 AS matched`,
        [phoneBidx, codeHash, maxAttempts],
      ),
    );
    return rows[0]?.matched === true;
  }

  /** Codes that were used or expired more than `days` ago go; live ones stay. */
  async purge(days: number): Promise<number> {
    return returningRows<{ id: string }>(
      await this.db.query(
        `DELETE FROM sms_codes
          WHERE (consumed_at IS NOT NULL OR expires_at < now()) AND created_at < now() - make_interval(days => $1)
        RETURNING id`,
        [days],
      ),
    ).length;
  }
}
