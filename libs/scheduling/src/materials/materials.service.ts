import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { hasRole, inScope } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { acceptUpload } from '@xs/platform';
import { Session } from '../sessions/session.entity';
import { SessionsRepository } from '../sessions/sessions.repository';
import { SessionsService } from '../sessions/sessions.service';
import { InvitationsRepository } from '../invitations/invitations.repository';
import { MaterialsRepository } from './materials.repository';
import { Material } from './material.entity';
import { MATERIAL_STORAGE } from './material-storage';
import type { MaterialStorage } from './material-storage';
import { Errors } from '../errors';

export interface MaterialView {
  id: string;
  sessionId: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  public: boolean;
  createdAt: Date;
  url: string;
}

const toView = (m: Material): MaterialView => ({
  id: m.id,
  sessionId: m.sessionId,
  filename: m.filename,
  contentType: m.contentType,
  size: m.size,
  sha256: m.sha256,
  public: m.isPublic,
  createdAt: m.createdAt,
  url: `/api/v1/sessions/${m.sessionId}/materials/${m.id}/download`,
});

/** Keeps the name readable but harmless: no path parts, no control characters. */
function safeName(original: string, ext: string): string {
  let base = path_basename(original)
    .replace(/[\u0000-\u001f\u007f"\\/<>:|?*]/g, '_')
    .trim();
  if (!base) base = 'material';
  base = base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return `${base.slice(0, 200)}.${ext}`;
}

function path_basename(name: string): string {
  const parts = name.split(/[\\/]/);
  return parts[parts.length - 1] ?? '';
}

@Injectable()
export class MaterialsService {
  constructor(
    private readonly materials: MaterialsRepository,
    private readonly invitations: InvitationsRepository,
    private readonly sessionsRepo: SessionsRepository,
    private readonly sessions: SessionsService,
    @Inject(MATERIAL_STORAGE) private readonly storage: MaterialStorage,
  ) {}

  async upload(
    p: Principal,
    sessionId: string,
    file: Express.Multer.File | undefined,
    isPublic: boolean,
  ): Promise<MaterialView> {
    const s = await this.sessions.forWrite(undefined, p, sessionId);
    if (!file) throw Errors.badInput('FILE_REQUIRED');
    if (s.status === 'cancelled') throw Errors.conflict('SESSION_CANCELLED');
    // The upload pipeline shared with outcome attachments: typed by content, allow-listed.
    const { type, sha256 } = acceptUpload(file);
    const id = randomUUID();
    const key = `materials/${sessionId}/${id}.${type.ext}`;
    await this.storage.put(key, file.buffer);
    const filename = safeName(Buffer.from(file.originalname, 'latin1').toString('utf8'), type.ext);
    // The file is stored before its row: if the row cannot be written, the file goes too.
    const saved = await this.saveOrRemove(key, () =>
      this.materials.insert({
        id,
        sessionId,
        filename,
        contentType: type.mime,
        size: file.size,
        sha256,
        storageKey: key,
        isPublic,
        uploadedBy: p.id,
      }),
    );
    return toView(saved);
  }

  private async saveOrRemove<T>(key: string, save: () => Promise<T>): Promise<T> {
    try {
      return await save();
    } catch (e) {
      await this.storage.remove(key).catch(() => undefined);
      throw e;
    }
  }

  async list(p: Principal | undefined, sessionId: string) {
    const s = await this.session(sessionId);
    const all = await this.mayReadAll(p, s);
    if (!all && s.status === 'draft') throw Errors.notFound('SESSION_NOT_FOUND');
    const items = await this.materials.list(sessionId, !all);
    return { items: items.map(toView), total: items.length };
  }

  async open(
    p: Principal | undefined,
    sessionId: string,
    id: string,
  ): Promise<{ m: MaterialView; stream: Readable }> {
    const s = await this.session(sessionId);
    const m = await this.materials.find(sessionId, id);
    if (!m) throw Errors.notFound('MATERIAL_NOT_FOUND');
    const allowed = (m.isPublic && s.status !== 'draft') || (await this.mayReadAll(p, s));
    if (!allowed) throw Errors.notFound('MATERIAL_NOT_FOUND');
    return { m: toView(m), stream: this.storage.open(m.storageKey) };
  }

  async setPublic(p: Principal, sessionId: string, id: string, isPublic: boolean): Promise<MaterialView> {
    await this.sessions.forWrite(undefined, p, sessionId);
    const m = await this.materials.find(sessionId, id);
    if (!m) throw Errors.notFound('MATERIAL_NOT_FOUND');
    await this.materials.setPublic(id, isPublic);
    return toView({ ...m, isPublic });
  }

  async remove(p: Principal, sessionId: string, id: string): Promise<void> {
    await this.sessions.forWrite(undefined, p, sessionId);
    const m = await this.materials.find(sessionId, id);
    if (!m) throw Errors.notFound('MATERIAL_NOT_FOUND');
    await this.materials.delete(id);
    await this.storage.remove(m.storageKey);
  }

  private async session(id: string): Promise<Session> {
    const s = await this.sessionsRepo.findById(undefined, id);
    if (!s) throw Errors.notFound('SESSION_NOT_FOUND');
    return s;
  }

  /** Staff of the region and invitees (members by account, departments by their handlers) read everything. */
  private async mayReadAll(p: Principal | undefined, s: Session): Promise<boolean> {
    if (!p) return false;
    if (p.kind === 'staff' && inScope(p, s.regionCode) && !hasRole(p, 'member', 'department_handler'))
      return true;
    if (s.status === 'draft') return false;
    return this.invitations.isInvited(s.id, p.id, p.departmentId);
  }
}
