import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertInReach, assertInScope, AuditService, canReadPii, inScope } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { isUniqueViolation, Page, pageOffset, PiiCipher, ROOT_REGION, local } from '@xs/platform';
import { toWgs84 } from '../geo/coords';
import { lockForSingleWrite } from '../import/bulk-writes.repository';
import type { Crs, LatLng } from '../geo/coords';
import { openingHoursProblem, scheduleBetween } from '../hours/opening-hours';
import type { OpeningHours } from '../hours/opening-hours';
import { RegionsRepository } from '../regions/regions.repository';
import { SectorCatalog } from '../sectors/sectors';
import { toWorkstationView, WorkstationRow, WorkstationView } from './workstation-view';
import {
  CreateWorkstationDto,
  ListWorkstationsQuery,
  ScheduleQuery,
  UpdateWorkstationDto,
} from './workstations.dto';
import { WorkstationsRepository, WorkstationWrite } from './workstations.repository';
import { Errors } from '../errors';

export function parseNear(near: string, crs: Crs = 'WGS84'): LatLng {
  const [lat, lng] = near.split(',').map((s) => Number(s.trim()));
  if (!(lat >= -90 && lat <= 90) || !(lng >= -180 && lng <= 180)) throw Errors.badInput('INVALID_NEAR');
  return toWgs84({ lat, lng }, crs);
}

@Injectable()
export class WorkstationsService {
  constructor(
    private readonly db: DataSource,
    private readonly workstations: WorkstationsRepository,
    private readonly regions: RegionsRepository,
    private readonly sectors: SectorCatalog,
    private readonly pii: PiiCipher,
    private readonly audit: AuditService,
  ) {}

  view(p: Principal | undefined, r: WorkstationRow): WorkstationView {
    return toWorkstationView(r, this.pii.reveal(r.contactPhoneEnc, canReadPii(p)));
  }

  /** Validates and normalises what a create or an import row sets. */
  async prepare(input: {
    name: string;
    kind: string;
    regionCode: string;
    address: string;
    location: { lat: number; lng: number; crs: Crs } | null;
    sector?: string | null;
    openingHours?: OpeningHours | null;
    capacity?: number | null;
    contactPhone?: string | null;
    code?: string | null;
    status?: string;
    bufferMinutes?: number;
  }): Promise<WorkstationWrite> {
    if (!(await this.regions.get(undefined, input.regionCode)))
      throw Errors.badInput('UNKNOWN_REGION', { code: input.regionCode });
    return this.prepareSync(input);
  }

  /** The part of `prepare` that needs no database (imports check regions in bulk). */
  prepareSync(input: Parameters<WorkstationsService['prepare']>[0]): WorkstationWrite {
    const name = input.name.trim();
    const address = input.address.trim();
    if (!name)
      throw Errors.badInput(
        'VALIDATION_FAILED',
        { problems: local('名称不能为空', 'the name cannot be empty') },
        { field: 'name' },
      );
    if (!address)
      throw Errors.badInput(
        'VALIDATION_FAILED',
        { problems: local('地址不能为空', 'the address cannot be empty') },
        { field: 'address' },
      );
    let sector: string | null = null;
    if (input.sector) {
      const s = this.sectors.resolve(input.sector);
      if (!s)
        throw Errors.badInput(
          'UNKNOWN_SECTOR',
          { sector: input.sector },
          {
            field: 'sector',
          },
        );
      sector = s;
    }
    if (input.openingHours) {
      const problem = openingHoursProblem(input.openingHours);
      if (problem) throw Errors.badInput('INVALID_OPENING_HOURS', { problem }, { field: 'openingHours' });
    }
    const loc = input.location;
    const wgs = loc ? toWgs84(loc, loc.crs) : null;
    const phone = input.contactPhone ? this.pii.encryptPhone(input.contactPhone) : null;
    return {
      code: input.code?.trim() || null,
      name,
      kind: input.kind,
      regionCode: input.regionCode,
      address,
      lat: loc?.lat ?? null,
      lng: loc?.lng ?? null,
      crs: loc?.crs ?? null,
      wgsLat: wgs?.lat ?? null,
      wgsLng: wgs?.lng ?? null,
      sector,
      openingHours: input.openingHours ?? null,
      capacity: input.capacity ?? null,
      contactPhoneEnc: phone?.enc ?? null,
      contactPhoneBidx: phone?.bidx ?? null,
      status: input.status ?? 'active',
      bufferMinutes: input.bufferMinutes ?? 30,
    };
  }

  async create(p: Principal, dto: CreateWorkstationDto): Promise<WorkstationView> {
    // A new place belongs to no one's management yet: a workstation manager does not create places.
    assertInReach(p, dto.regionCode, null);
    const w = await this.prepare(dto);
    let id: string;
    try {
      id = await this.db.transaction(async (m) => {
        await lockForSingleWrite(m, 'workstations');
        return this.workstations.insert(m, w);
      });
    } catch (e) {
      if (isUniqueViolation(e, 'UQ_workstations_name_region'))
        throw Errors.conflict('WORKSTATION_EXISTS', { name: w.name });
      if (isUniqueViolation(e, 'UQ_workstations_code'))
        throw Errors.conflict('WORKSTATION_CODE_TAKEN', { code: w.code ?? '' });
      throw e;
    }
    await this.audit.by(p, 'workstation.create', { type: 'workstation', id });
    return this.view(p, (await this.workstations.get(undefined, id))!);
  }

  /** By id; soft-deleted places stay readable (status "deleted") so history keeps its context. */
  async get(p: Principal, id: string): Promise<WorkstationView> {
    const r = await this.workstations.get(undefined, id);
    if (!r || !inScope(p, r.regionCode)) throw Errors.notFound('WORKSTATION_NOT_FOUND');
    if (canReadPii(p) && r.contactPhoneEnc) await this.audit.by(p, 'pii.read', { type: 'workstation', id });
    return this.view(p, r);
  }

  async update(p: Principal, id: string, dto: UpdateWorkstationDto): Promise<WorkstationView> {
    await this.db.transaction(async (m) => {
      await lockForSingleWrite(m, 'workstations');
      const cur = await this.workstations.getForUpdate(m, id);
      if (!cur || !inScope(p, cur.regionCode)) {
        if (cur) assertInScope(p, cur.regionCode);
        throw Errors.notFound('WORKSTATION_NOT_FOUND');
      }
      assertInReach(p, cur.regionCode, cur.id);
      if (cur.deletedAt) throw Errors.conflict('WORKSTATION_DELETED');
      if (dto.regionCode) assertInScope(p, dto.regionCode);
      const has = (k: keyof UpdateWorkstationDto) =>
        Object.prototype.hasOwnProperty.call(dto, k) && dto[k] !== undefined;
      const next = await this.prepare({
        name: dto.name ?? cur.name,
        kind: dto.kind ?? cur.kind,
        regionCode: dto.regionCode ?? cur.regionCode,
        address: dto.address ?? cur.address,
        location: has('location')
          ? dto.location!
          : cur.lat !== null && cur.lng !== null
            ? { lat: cur.lat, lng: cur.lng, crs: (cur.crs ?? 'WGS84') as Crs }
            : null,
        sector: has('sector') ? dto.sector : cur.sector,
        openingHours: has('openingHours') ? dto.openingHours : cur.openingHours,
        capacity: has('capacity') ? dto.capacity : cur.capacity,
        contactPhone: null,
        code: has('code') ? dto.code : cur.code,
        status: dto.status ?? cur.status,
        bufferMinutes: dto.bufferMinutes ?? cur.bufferMinutes,
      });
      if (has('contactPhone')) {
        const enc = dto.contactPhone ? this.pii.encryptPhone(dto.contactPhone) : null;
        next.contactPhoneEnc = enc?.enc ?? null;
        next.contactPhoneBidx = enc?.bidx ?? null;
      } else {
        next.contactPhoneEnc = cur.contactPhoneEnc;
        next.contactPhoneBidx = cur.contactPhoneEnc
          ? this.pii.blindIndex(this.pii.decrypt(cur.contactPhoneEnc))
          : null;
      }
      try {
        await this.workstations.update(m, id, next);
      } catch (e) {
        if (isUniqueViolation(e, 'UQ_workstations_name_region'))
          throw Errors.conflict('WORKSTATION_EXISTS', { name: next.name });
        if (isUniqueViolation(e, 'UQ_workstations_code'))
          throw Errors.conflict('WORKSTATION_CODE_TAKEN', { code: next.code ?? '' });
        throw e;
      }
    });
    await this.audit.by(p, 'workstation.update', { type: 'workstation', id }, 'ok', null, {
      fields: Object.keys(dto),
    });
    return this.view(p, (await this.workstations.get(undefined, id))!);
  }

  async remove(p: Principal, id: string): Promise<void> {
    const cur = await this.workstations.get(undefined, id);
    if (!cur) throw Errors.notFound('WORKSTATION_NOT_FOUND');
    assertInReach(p, cur.regionCode, cur.id);
    if (await this.workstations.softDelete(undefined, id))
      await this.audit.by(p, 'workstation.delete', { type: 'workstation', id });
  }

  async list(p: Principal, q: ListWorkstationsQuery): Promise<Page<WorkstationView>> {
    const region = q.region ?? p.regionCode;
    assertInScope(p, region);
    const page = await this.search(region, q);
    if (canReadPii(p) && page.items.some((w) => w.contactPhoneEnc))
      await this.audit.by(p, 'pii.read', { type: 'workstation', id: `list:${region}` }, 'ok', null, {
        count: page.items.length,
      });
    return { items: page.items.map((w) => this.view(p, w)), total: page.total };
  }

  search(region: string, q: ListWorkstationsQuery, forceStatus?: string) {
    if (q.radiusKm !== undefined && !q.near) throw Errors.badInput('RADIUS_WITHOUT_NEAR');
    let sector: string | undefined;
    if (q.sector) {
      sector = this.sectors.resolve(q.sector) ?? q.sector;
    }
    return this.workstations.list({
      region: region ?? ROOT_REGION,
      kind: q.kind,
      sector,
      q: q.q,
      status: forceStatus ?? q.status,
      near: q.near ? parseNear(q.near, q.crs ?? 'WGS84') : undefined,
      radiusKm: q.radiusKm,
      offset: pageOffset(q),
      limit: q.pageSize,
      withMemberCount: true,
    });
  }

  /** Effective opening hours per day (weekly schedule with exceptions applied). */
  async schedule(id: string, q: ScheduleQuery, visible: (r: WorkstationRow) => boolean) {
    const r = await this.workstations.get(undefined, id);
    if (!r || !visible(r)) throw Errors.notFound('WORKSTATION_NOT_FOUND');
    const from = new Date(`${q.from}T00:00:00Z`);
    const to = new Date(`${q.to}T00:00:00Z`);
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to < from)
      throw Errors.badInput('INVALID_RANGE');
    if ((to.getTime() - from.getTime()) / 86400000 > 92)
      throw Errors.badInput('RANGE_TOO_LONG', { limit: local('93 天', '93 days') });
    return {
      workstationId: id,
      timezone: r.openingHours?.timezone ?? 'Asia/Shanghai',
      days: r.openingHours ? scheduleBetween(r.openingHours, q.from, q.to) : [],
    };
  }
}
