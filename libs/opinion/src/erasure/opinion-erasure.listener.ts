import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@xs/platform';
import { OpinionErasureRepository } from './opinion-erasure.repository';

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
