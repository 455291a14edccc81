import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { RegistrationsRepository } from '../registrations/registrations.repository';
import { SessionAccess } from '../registrations/session-access';
import type { DrawDto } from '../registrations/registrations.dto';
import { RegistrationDraw } from './draw.entity';
import { DrawsRepository } from './draws.repository';
import { candidatesHash, DRAW_ALGORITHM, drawWinners, sortCandidates } from './draw-algorithm';
import { Errors } from '../errors';

export interface DrawView {
  id: string;
  sessionId: string;
  algorithm: string;
  seed: string;
  count: number;
  candidateCount: number;
  candidatesHash: string;
  candidates: string[];
  winners: { registrationId: string; name: string | null }[];
  createdBy: string | null;
  createdAt: string;
}

/** 随机抽取: a seeded, reproducible draw among the confirmed resident registrants. */
@Injectable()
export class DrawsService {
  constructor(
    private readonly draws: DrawsRepository,
    private readonly repo: RegistrationsRepository,
    private readonly access: SessionAccess,
    private readonly audit: AuditService,
  ) {}

  async draw(p: Principal, sessionId: string, dto: DrawDto): Promise<DrawView> {
    const session = await this.access.forStaffWrite(p, sessionId);
    SessionAccess.assertAcceptsPeople(session);
    const seed = dto.seed ?? randomBytes(16).toString('hex');
    const candidates = sortCandidates(await this.repo.drawCandidates(sessionId));
    const outcome = drawWinners(candidates, seed, dto.count);
    const saved = await this.draws.insert({
      sessionId,
      algorithm: DRAW_ALGORITHM,
      seed,
      count: dto.count,
      candidateCount: candidates.length,
      candidatesHash: outcome.candidatesHash,
      candidates,
      result: outcome.winners,
      createdBy: p.id,
    });
    await this.audit.by(p, 'registration.draw', { type: 'session', id: sessionId }, 'ok', null, {
      drawId: saved.id,
      seed,
      candidatesHash: outcome.candidatesHash,
      winners: outcome.winners,
    });
    return this.view(saved);
  }

  async list(p: Principal, sessionId: string): Promise<{ items: DrawView[]; total: number }> {
    await this.access.forStaffRead(p, sessionId);
    const rows = await this.draws.recent(sessionId);
    const items = [];
    for (const r of rows) items.push(await this.view(r));
    return { items, total: items.length };
  }

  /** Re-runs a stored draw from its seed and candidate list: anyone can check the result was not chosen by hand. */
  async verify(p: Principal, sessionId: string, drawId: string) {
    await this.access.forStaffRead(p, sessionId);
    const d = await this.draws.find(sessionId, drawId);
    if (!d) throw Errors.notFound('DRAW_NOT_FOUND');
    const rerun = drawWinners(d.candidates, d.seed, d.count);
    return {
      drawId: d.id,
      algorithm: d.algorithm,
      candidatesHashMatches: candidatesHash(sortCandidates(d.candidates)) === d.candidatesHash,
      resultMatches: JSON.stringify(rerun.winners) === JSON.stringify(d.result),
      winners: rerun.winners,
    };
  }

  private async view(d: RegistrationDraw): Promise<DrawView> {
    const names = await this.repo.namesOf(d.result);
    return {
      id: d.id,
      sessionId: d.sessionId,
      algorithm: d.algorithm,
      seed: d.seed,
      count: d.count,
      candidateCount: d.candidateCount,
      candidatesHash: d.candidatesHash,
      candidates: d.candidates,
      winners: d.result.map((id) => ({ registrationId: id, name: names.get(id) ?? null })),
      createdBy: d.createdBy,
      createdAt: new Date(d.createdAt).toISOString(),
    };
  }
}
