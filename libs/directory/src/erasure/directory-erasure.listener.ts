import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@xs/platform';
import { DirectoryErasureRepository } from './directory-erasure.repository';

/** `user.erased` in directory. */
@Injectable()
export class DirectoryErasureListener implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly repo: DirectoryErasureRepository,
  ) {}

  onModuleInit(): void {
    this.events.on('user.erased', async (e) => {
      await this.repo.erase(e.userId);
    });
  }
}
