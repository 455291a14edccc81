import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { affectedRows } from '@xs/platform';

/**
 * Opinion's SQL for an erasure: a 民情日记 entry recorded with the person's phone keeps the concern (it
 * may already be in a report) but loses the phone, its blind index and the community it named.
 */
@Injectable()
export class OpinionErasureRepository {
  constructor(private readonly db: DataSource) {}

  async erase(phoneBidx: string | null): Promise<number> {
    if (!phoneBidx) return 0;
    return affectedRows(
      await this.db.query(
        `UPDATE opinion_entries SET phone_enc = NULL, phone_bidx = NULL, community = NULL WHERE phone_bidx = $1`,
        [phoneBidx],
      ),
    );
  }
}
