import { Injectable } from '@nestjs/common';
import { hasRole } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { OutcomesRepository } from '../outcomes/outcomes.repository';
import { OutcomesService } from '../outcomes/outcomes.service';
import type { UploadedFile } from '../outcomes/outcomes.service';
import { SuggestionsService } from './suggestions.service';
import { Errors } from '../errors';

/** Attachments of a department's reply (or of the suggestion itself, by the organiser). */
@Injectable()
export class SuggestionFilesService {
  constructor(
    private readonly suggestions: SuggestionsService,
    private readonly outcomes: OutcomesService,
    private readonly repo: OutcomesRepository,
  ) {}

  async attach(p: Principal, id: string, file: UploadedFile | undefined) {
    const row = await this.suggestions.readable(p, id);
    if (hasRole(p, 'department_handler') && !hasRole(p, 'admin', 'organiser')) {
      const lead = row.departments.find((d) => d.role === 'lead');
      if (lead?.id !== p.departmentId) throw Errors.forbidden('NOT_YOUR_DEPARTMENT');
    }
    return this.outcomes.store(p, row.sessionId, row.id, row.regionCode, file);
  }

  async list(p: Principal, id: string) {
    const row = await this.suggestions.readable(p, id);
    return { items: (await this.repo.files(row.sessionId, row.id)).map((f) => this.outcomes.fileView(f)) };
  }
}
