import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@xs/platform';
import { SchedulingErasureRepository } from './scheduling-erasure.repository';

/** `user.erased` in scheduling. */
@Injectable()
export class SchedulingErasureListener implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly repo: SchedulingErasureRepository,
  ) {}

  onModuleInit(): void {
    this.events.on('user.erased', async (e) => {
      await this.repo.erase(e.userId);
    });
  }
}
