import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  OutcomeConsensusPort,
  OutcomePublishedEvent,
  OutcomeStatusPort,
  SessionSnapshot,
} from '@xs/contracts';
import { AuditService, assertInScope, hasRole, inReach, inScope, limitedToWorkstations } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { acceptUpload, APP_CONFIG, DomainEvents, writePrivateFile } from '@xs/platform';
import type { IncomingFile } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { SuggestionsRepository } from '../suggestions/suggestions.repository';
import { toSuggestionView } from '../suggestions/suggestion-view';
import { PiiCipher } from '@xs/platform';
import { ContextPorts } from './context-ports';
import type { OutcomeFile, SessionOutcome } from './outcome.entity';
import { SaveOutcomeDto } from './outcomes.dto';
import { OutcomesRepository } from './outcomes.repository';
import { Errors } from '../errors';

/** Sessions whose outcome may be written: the meeting is over. */
const OVER: SessionSnapshot['status'][] = ['ended', 'concluded'];
/** Who reads a session's outcome (GET /sessions/:id/outcome) and a suggestion, in their region. */
const OUTCOME_READERS = ['admin', 'organiser', 'staff_viewer', 'workstation_manager'] as const;
const SUGGESTION_READERS = ['admin', 'organiser', 'staff_viewer'] as const;

export type UploadedFile = IncomingFile;

@Injectable()
export class OutcomesService implements OnModuleInit, OutcomeStatusPort, OutcomeConsensusPort {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly repo: OutcomesRepository,
    private readonly suggestions: SuggestionsRepository,
    private readonly ports: ContextPorts,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    private readonly pii: PiiCipher,
  ) {}

  onModuleInit(): void {
    // An ended session gets its (pending) outcome row at once, so it shows in the organiser's to-do list.
    this.events.on('session.ended', (e) => this.recordEnded(e.sessionId));
  }

  /** OUTCOME_STATUS_PORT: scheduling's closing reminders ask before reminding. */
  async hasPublishedOutcome(sessionId: string): Promise<boolean> {
    return (await this.repo.find(undefined, sessionId))?.status === 'published';
  }

  async recordEnded(sessionId: string): Promise<void> {
    const s = await this.ports.sessionOrNull(sessionId);
    if (!s || !OVER.includes(s.status)) return;
    await this.repo.upsertFacts(undefined, this.ports.facts(s), await this.ports.attendance(s.id));
  }

  private async heldSession(p: Principal, sessionId: string, write: boolean): Promise<SessionSnapshot> {
    const s = await this.ports.sessionOrNull(sessionId);
    if (!s || (!write && !inReach(p, s.regionCode, s.workstationId)))
      throw Errors.notFound('SESSION_NOT_FOUND');
    if (write) assertInScope(p, s.regionCode);
    return s;
  }

  async get(p: Principal, sessionId: string) {
    const s = await this.heldSession(p, sessionId, false);
    const o = await this.repo.find(undefined, s.id);
    if (!o) throw Errors.notFound('OUTCOME_NOT_FOUND');
    return this.view(o, hasRole(p, 'admin', 'organiser', 'staff_viewer'));
  }

  async save(p: Principal, sessionId: string, dto: SaveOutcomeDto) {
    const s = await this.heldSession(p, sessionId, true);
    if (!OVER.includes(s.status)) throw Errors.conflict('SESSION_NOT_ENDED', { status: s.status });
    const attendance = await this.ports.attendance(s.id);
    const consensus = dto.consensus.map((c) => c.trim()).filter(Boolean);
    await this.db.transaction(async (m) => {
      await this.repo.upsertFacts(m, this.ports.facts(s), attendance);
      await this.repo.saveContent(m, s.id, dto.summary.trim(), consensus, p.id);
    });
    return this.view((await this.repo.find(undefined, s.id))!, true);
  }

  /** OUTCOME_CONSENSUS_PORT: statements adopted from the consensus finder become consensus points. */
  async adoptConsensus(input: { sessionId: string; points: string[]; actorId: string }) {
    const s = await this.ports.sessionOrNull(input.sessionId);
    if (!s) throw Errors.notFound('SESSION_NOT_FOUND');
    if (!OVER.includes(s.status)) throw Errors.conflict('SESSION_NOT_ENDED', { status: s.status });
    const attendance = await this.ports.attendance(s.id);
    await this.db.transaction(async (m) => {
      await this.repo.upsertFacts(m, this.ports.facts(s), attendance);
      const o = await this.repo.findForUpdate(m, s.id);
      const consensus = [...(o?.consensus ?? [])];
      for (const point of input.points) if (!consensus.includes(point)) consensus.push(point);
      await this.repo.saveContent(m, s.id, o?.summary ?? '', consensus, input.actorId);
    });
    return { consensus: (await this.repo.find(undefined, s.id))!.consensus };
  }

  async publish(p: Principal, sessionId: string) {
    const s = await this.heldSession(p, sessionId, true);
    if (!OVER.includes(s.status)) throw Errors.conflict('SESSION_NOT_ENDED', { status: s.status });
    const attendance = await this.ports.attendance(s.id);
    await this.db.transaction(async (m) => {
      const o = await this.repo.findForUpdate(m, s.id);
      if (!o || !o.summary.trim()) throw Errors.badInput('OUTCOME_INCOMPLETE');
      if (o.status === 'published') throw Errors.conflict('ALREADY_PUBLISHED');
      await this.repo.upsertFacts(m, this.ports.facts(s), attendance);
      await this.repo.markPublished(m, s.id, p.id);
    });
    const rows = await this.suggestions.bySession(s.id);
    await this.audit.by(p, 'outcome.publish', { type: 'session', id: s.id }, 'ok', null, {
      suggestions: rows.length,
    });
    const event: OutcomePublishedEvent = {
      type: 'outcome.published',
      sessionId: s.id,
      regionCode: s.regionCode,
      suggestionIds: rows.filter((r) => r.status !== 'rejected').map((r) => r.id),
      publishedAt: new Date().toISOString(),
    };
    this.events.publish(event);
    return this.view((await this.repo.find(undefined, s.id))!, true);
  }

  /** 待办: ended sessions in the caller's region without a published outcome. */
  async todo(p: Principal) {
    await this.backfillEnded();
    const rows = await this.repo.todo(p.regionCode, 200);
    return {
      items: rows.map((r) => ({
        kind: 'outcome.missing',
        sessionId: r.sessionId,
        title: r.sessionTitle,
        regionCode: r.regionCode,
        startsAt: new Date(r.sessionStartsAt).toISOString(),
        endedAt: r.sessionEndedAt ? new Date(r.sessionEndedAt).toISOString() : null,
        outcomeStatus: r.status,
        suggestions: r.suggestions,
        mine: r.organiserId === p.id,
      })),
      total: rows.length,
    };
  }

  /** Sessions that ended while this context missed the event (or were entered afterwards) get their row. */
  async backfillEnded(limit = 500): Promise<number> {
    const ids = await this.ports.endedSessionIds(new Date(), limit);
    if (!ids.length) return 0;
    const known = new Set((await this.repo.existingIds(ids)).map((r) => r.sessionId));
    let added = 0;
    for (const id of ids.filter((i) => !known.has(i))) {
      await this.recordEnded(id);
      added++;
    }
    return added;
  }

  async attach(p: Principal, sessionId: string, file: UploadedFile | undefined) {
    const s = await this.heldSession(p, sessionId, true);
    const o = await this.repo.find(undefined, s.id);
    if (!o) throw Errors.conflict('OUTCOME_NOT_FOUND');
    const f = await this.store(p, s.id, null, s.regionCode, file);
    return f;
  }

  async store(
    p: Principal,
    sessionId: string | null,
    suggestionId: string | null,
    regionCode: string,
    file: UploadedFile | undefined,
  ) {
    // The pipeline session materials use: typed by content and allow-listed, never the client's type.
    const accepted = acceptUpload(file);
    const saved = await this.repo.addFile({
      sessionId,
      suggestionId,
      regionCode,
      fileName: accepted.name,
      mime: accepted.type.mime,
      size: accepted.size,
      sha256: accepted.sha256,
      uploadedBy: p.id,
    });
    await writePrivateFile(path.join(this.config.filesDir, 'outcomes', saved.id), accepted.buffer);
    await this.audit.by(
      p,
      'outcome.attach',
      { type: suggestionId ? 'suggestion' : 'session', id: (suggestionId ?? sessionId)! },
      'ok',
      null,
      {
        fileId: saved.id,
        size: accepted.size,
      },
    );
    return this.fileView(saved);
  }

  async download(p: Principal | undefined, fileId: string) {
    const f = await this.repo.file(fileId);
    if (!f || !(await this.mayDownload(p, f))) throw Errors.notFound('FILE_NOT_FOUND');
    // FILES_DIR (shared by replicas); files stored before it existed are still under DATA_DIR/uploads.
    const full = [
      path.join(this.config.filesDir, 'outcomes', f.id),
      path.join(this.config.dataDir, 'uploads', 'outcomes', f.id),
    ].find((p) => existsSync(p));
    if (!full) throw Errors.notFound('FILE_NOT_FOUND');
    return { file: f, stream: createReadStream(full) };
  }

  /**
   * An outcome's files: the public once the outcome is published, else staff who read outcomes in that
   * region and the handlers of the departments its suggestions went to. A reply's files: whoever may
   * read that suggestion (staff readers in scope, its departments' handlers), never the public.
   */
  private async mayDownload(p: Principal | undefined, f: OutcomeFile): Promise<boolean> {
    if (f.suggestionId) {
      if (!p) return false;
      if (hasRole(p, ...SUGGESTION_READERS) && inScope(p, f.regionCode)) return true;
      const s = await this.suggestions.get(undefined, f.suggestionId);
      return !!s && this.handlesAny(p, [s]);
    }
    if (f.sessionId && (await this.repo.find(undefined, f.sessionId))?.status === 'published') return true;
    if (!p) return false;
    if (hasRole(p, ...OUTCOME_READERS) && inScope(p, f.regionCode)) {
      if (!limitedToWorkstations(p)) return true;
      const s = f.sessionId ? await this.ports.sessionOrNull(f.sessionId) : null;
      if (s && inReach(p, s.regionCode, s.workstationId)) return true;
    }
    return !!f.sessionId && this.handlesAny(p, await this.suggestions.bySession(f.sessionId));
  }

  private handlesAny(p: Principal, rows: { departments: { id: string }[] }[]): boolean {
    if (!hasRole(p, 'department_handler') || !p.departmentId) return false;
    return rows.some((r) => r.departments.some((d) => d.id === p.departmentId));
  }

  fileView(f: OutcomeFile) {
    return {
      id: f.id,
      fileName: f.fileName,
      mime: f.mime,
      size: f.size,
      sha256: f.sha256,
      createdAt: f.createdAt.toISOString(),
    };
  }

  async view(o: SessionOutcome, staff: boolean) {
    const [files, rows] = await Promise.all([
      this.repo.files(o.sessionId, null),
      this.suggestions.bySession(o.sessionId),
    ]);
    return {
      sessionId: o.sessionId,
      sessionTitle: o.sessionTitle,
      regionCode: o.regionCode,
      sessionStartsAt: o.sessionStartsAt.toISOString(),
      status: o.status,
      summary: o.summary,
      consensus: o.consensus,
      attendance: {
        registered: o.registeredCount,
        onsite: o.onsiteCount,
        onlineUnique: o.onlineUnique,
        onlinePeak: o.onlinePeak,
        at: o.attendanceAt ? o.attendanceAt.toISOString() : null,
      },
      attachments: files.map((f) => this.fileView(f)),
      suggestions: rows
        .map((r) => toSuggestionView(r, this.pii, false))
        .filter((s) => staff || s.status !== 'draft'),
      publishedAt: o.publishedAt ? o.publishedAt.toISOString() : null,
    };
  }
}
