import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { affectedRows, DomainEvents } from '@xs/platform';

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

/** `user.erased` in opinion (reached by the phone: entries are written by staff, not linked to the account). */
@Injectable()
export class OpinionErasureListener implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly repo: OpinionErasureRepository,
  ) {}

  onModuleInit(): void {
    this.events.on('user.erased', async (e) => {
      await this.repo.erase(e.phoneBidx);
    });
  }
}
