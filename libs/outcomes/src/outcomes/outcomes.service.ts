import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  OutcomeConsensusPort,
  OutcomePublishedEvent,
  OutcomeStatusPort,
  SessionSnapshot,
} from '@xs/contracts';
import { AuditService, assertInScope, hasRole, inScope } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { APP_CONFIG, DomainEvents } from '@xs/platform';
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
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export interface UploadedFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

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
    return (await this.repo.find(sessionId))?.status === 'published';
  }

  async recordEnded(sessionId: string): Promise<void> {
    const s = await this.ports.sessionOrNull(sessionId);
    if (!s || !OVER.includes(s.status)) return;
    await this.repo.upsertFacts(this.ports.facts(s), await this.ports.attendance(s.id));
  }

  private async heldSession(p: Principal, sessionId: string, write: boolean): Promise<SessionSnapshot> {
    const s = await this.ports.sessionOrNull(sessionId);
    if (!s || (!write && !inScope(p, s.regionCode))) throw Errors.notFound('SESSION_NOT_FOUND');
    if (write) assertInScope(p, s.regionCode);
    return s;
  }

  async get(p: Principal, sessionId: string) {
    const s = await this.heldSession(p, sessionId, false);
    const o = await this.repo.find(s.id);
    if (!o) throw Errors.notFound('OUTCOME_NOT_FOUND');
    return this.view(o, hasRole(p, 'admin', 'organiser', 'staff_viewer'));
  }

  async save(p: Principal, sessionId: string, dto: SaveOutcomeDto) {
    const s = await this.heldSession(p, sessionId, true);
    if (!OVER.includes(s.status)) throw Errors.conflict('SESSION_NOT_ENDED', { status: s.status });
    const attendance = await this.ports.attendance(s.id);
    const consensus = dto.consensus.map((c) => c.trim()).filter(Boolean);
    await this.db.transaction(async (m) => {
      await this.repo.upsertFacts(this.ports.facts(s), attendance, m);
      await this.repo.saveContent(s.id, dto.summary.trim(), consensus, p.id, m);
    });
    return this.view((await this.repo.find(s.id))!, true);
  }

  /** OUTCOME_CONSENSUS_PORT: statements adopted from the consensus finder become consensus points. */
  async adoptConsensus(input: { sessionId: string; points: string[]; actorId: string }) {
    const s = await this.ports.sessionOrNull(input.sessionId);
    if (!s) throw Errors.notFound('SESSION_NOT_FOUND');
    if (!OVER.includes(s.status)) throw Errors.conflict('SESSION_NOT_ENDED', { status: s.status });
    const attendance = await this.ports.attendance(s.id);
    await this.db.transaction(async (m) => {
      await this.repo.upsertFacts(this.ports.facts(s), attendance, m);
      const o = await this.repo.findForUpdate(s.id, m);
      const consensus = [...(o?.consensus ?? [])];
      for (const point of input.points) if (!consensus.includes(point)) consensus.push(point);
      await this.repo.saveContent(s.id, o?.summary ?? '', consensus, input.actorId, m);
    });
    return { consensus: (await this.repo.find(s.id))!.consensus };
  }

  async publish(p: Principal, sessionId: string) {
    const s = await this.heldSession(p, sessionId, true);
    if (!OVER.includes(s.status)) throw Errors.conflict('SESSION_NOT_ENDED', { status: s.status });
    const attendance = await this.ports.attendance(s.id);
    await this.db.transaction(async (m) => {
      const o = await this.repo.findForUpdate(s.id, m);
      if (!o || !o.summary.trim()) throw Errors.badInput('OUTCOME_INCOMPLETE');
      if (o.status === 'published') throw Errors.conflict('ALREADY_PUBLISHED');
      await this.repo.upsertFacts(this.ports.facts(s), attendance, m);
      await this.repo.markPublished(s.id, p.id, m);
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
    };
    this.events.publish(event);
    return this.view((await this.repo.find(s.id))!, true);
  }

  /** 待办: ended sessions in the caller's region without a published outcome. */
  async todo(p: Principal) {
    await this.backfillEnded();
    const rows = await this.repo.todo(p.regionCode, 200);
    return {
      items: rows.map((r) => ({
        kind: 'outcome.missing',
        sessionId: r.session_id,
        title: r.session_title,
        regionCode: r.region_code,
        startsAt: new Date(r.session_starts_at).toISOString(),
        endedAt: r.session_ended_at ? new Date(r.session_ended_at).toISOString() : null,
        outcomeStatus: r.status,
        suggestions: r.suggestions,
        mine: r.organiser_id === p.id,
      })),
      total: rows.length,
    };
  }

  /** Sessions that ended while this context missed the event (or were entered afterwards) get their row. */
  async backfillEnded(limit = 500): Promise<number> {
    const ids = await this.ports.endedSessionIds(new Date(), limit);
    if (!ids.length) return 0;
    const known = new Set((await this.repo.existingIds(ids)).map((r) => r.session_id));
    let added = 0;
    for (const id of ids.filter((i) => !known.has(i))) {
      await this.recordEnded(id);
      added++;
    }
    return added;
  }

  async attach(p: Principal, sessionId: string, file: UploadedFile | undefined) {
    const s = await this.heldSession(p, sessionId, true);
    const o = await this.repo.find(s.id);
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
    if (!file || !file.buffer?.length) throw Errors.badInput('FILE_REQUIRED');
    if (file.size > MAX_ATTACHMENT_BYTES) throw Errors.tooLarge('FILE_TOO_LARGE');
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const name =
      Buffer.from(file.originalname, 'latin1')
        .toString('utf8')
        .replace(/[\\/\0]/g, '_')
        .slice(0, 200) || 'file';
    const saved = await this.repo.addFile({
      sessionId,
      suggestionId,
      regionCode,
      fileName: name,
      mime: file.mimetype.slice(0, 120) || 'application/octet-stream',
      size: file.size,
      sha256,
      uploadedBy: p.id,
    });
    const dir = path.join(this.config.dataDir, 'uploads', 'outcomes');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, saved.id), file.buffer);
    await this.audit.by(
      p,
      'outcome.attach',
      { type: suggestionId ? 'suggestion' : 'session', id: (suggestionId ?? sessionId)! },
      'ok',
      null,
      {
        fileId: saved.id,
        size: file.size,
      },
    );
    return this.fileView(saved);
  }

  async download(p: Principal | undefined, fileId: string) {
    const f = await this.repo.file(fileId);
    if (!f) throw Errors.notFound('FILE_NOT_FOUND');
    // A report's reply files (no session) are never public.
    const published = !!f.sessionId && (await this.repo.find(f.sessionId))?.status === 'published';
    const staffMay =
      !!p && (inScope(p, f.regionCode) || (!!p.departmentId && hasRole(p, 'department_handler')));
    if (!published && !staffMay) throw Errors.notFound('FILE_NOT_FOUND');
    const full = path.join(this.config.dataDir, 'uploads', 'outcomes', f.id);
    if (!existsSync(full)) throw Errors.notFound('FILE_NOT_FOUND');
    return { file: f, stream: createReadStream(full) };
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
