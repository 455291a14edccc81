import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@xs/platform';
import { OutcomesErasureRepository } from './outcomes-erasure.repository';

/** `user.erased` in outcomes. */
@Injectable()
export class OutcomesErasureListener implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly repo: OutcomesErasureRepository,
  ) {}

  onModuleInit(): void {
    this.events.on('user.erased', async (e) => {
      await this.repo.erase(e.userId);
    });
  }
}
