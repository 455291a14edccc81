import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@xs/platform';
import { ConsensusService } from '../consensus/consensus.service';
import { LiveErasureRepository } from './live-erasure.repository';

/** `user.erased`: consensus votes go (the opinion groups are recomputed), the room records are anonymised. */
@Injectable()
export class LiveErasureListener implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly repo: LiveErasureRepository,
    private readonly consensus: ConsensusService,
  ) {}

  onModuleInit(): void {
    this.events.on('user.erased', async (e) => {
      await this.consensus.eraseUser(e.userId);
      await this.repo.erase(e.userId);
    });
  }
}
