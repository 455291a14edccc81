import { Injectable } from '@nestjs/common';
import { isUuid } from '@xs/platform';
import type { DepartmentSnapshot, DirectoryPort, MemberSnapshot, WorkstationSnapshot } from '@xs/contracts';
import { DepartmentsRepository } from './departments/departments.repository';
import { MembersRepository, MemberRow } from './members/members.repository';
import { issuerChain, issuingCommitteeName } from './regions/issuing-committee';
import { RegionsRepository } from './regions/regions.repository';
import { statusOf } from './workstations/workstation-view';
import { WorkstationsRepository } from './workstations/workstations.repository';

function memberSnapshot(m: MemberRow): MemberSnapshot {
  return {
    id: m.id,
    name: m.name,
    sector: m.sector,
    level: m.level,
    regionCode: m.regionCode,
    userId: m.userId,
  };
}

/** DIRECTORY_PORT: what other contexts may ask the directory, without reading its tables. */
@Injectable()
export class DirectoryPortService implements DirectoryPort {
  constructor(
    private readonly workstations: WorkstationsRepository,
    private readonly departmentsRepo: DepartmentsRepository,
    private readonly membersRepo: MembersRepository,
    private readonly regions: RegionsRepository,
  ) {}

  /** Deleted places are still answered (status "deleted"): sessions held there stay readable. */
  async workstation(id: string): Promise<WorkstationSnapshot | null> {
    if (!isUuid(id)) return null;
    const w = await this.workstations.get(undefined, id);
    if (!w) return null;
    return {
      id: w.id,
      name: w.name,
      kind: w.kind,
      regionCode: w.regionCode,
      address: w.address,
      capacity: w.capacity,
      status: statusOf(w),
      location:
        w.lat !== null && w.lng !== null
          ? { lat: w.lat, lng: w.lng, crs: (w.crs ?? 'WGS84') as 'GCJ02' | 'WGS84' | 'CGCS2000' }
          : null,
      bufferMinutes: w.bufferMinutes,
      wgs84: w.wgsLat !== null && w.wgsLng !== null ? { lat: w.wgsLat, lng: w.wgsLng } : null,
    };
  }

  async departmentsInRegion(regionCode: string): Promise<DepartmentSnapshot[]> {
    const rows = await this.departmentsRepo.list({ region: regionCode, offset: 0, limit: 100_000 });
    return rows.items.map((d) => ({ id: d.id, name: d.name, regionCode: d.regionCode }));
  }

  /** Active, not deleted places in a subtree, oldest first. */
  workstationIdsInRegion(regionCode: string): Promise<string[]> {
    return this.workstations.activeIdsInRegion(regionCode);
  }

  async department(id: string): Promise<DepartmentSnapshot | null> {
    if (!isUuid(id)) return null;
    const d = await this.departmentsRepo.get(id);
    return d ? { id: d.id, name: d.name, regionCode: d.regionCode } : null;
  }

  async departments(ids: string[]): Promise<DepartmentSnapshot[]> {
    const valid = ids.filter((i) => isUuid(i));
    if (!valid.length) return [];
    return (await this.departmentsRepo.getMany(valid)).map((d) => ({
      id: d.id,
      name: d.name,
      regionCode: d.regionCode,
    }));
  }

  async member(id: string): Promise<MemberSnapshot | null> {
    if (!isUuid(id)) return null;
    const m = await this.membersRepo.get(undefined, id);
    return m ? memberSnapshot(m) : null;
  }

  async members(ids: string[]): Promise<MemberSnapshot[]> {
    const valid = ids.filter((i) => isUuid(i));
    if (!valid.length) return [];
    return (await this.membersRepo.getMany(undefined, valid)).map(memberSnapshot);
  }

  async memberForUser(userId: string): Promise<MemberSnapshot | null> {
    if (!isUuid(userId)) return null;
    const m = await this.membersRepo.byUser(userId);
    return m ? memberSnapshot(m) : null;
  }

  assignedMemberIds(workstationId: string): Promise<string[]> {
    if (!isUuid(workstationId)) return Promise.resolve([]);
    return this.membersRepo.assignedIds(workstationId);
  }

  memberIdsBySector(regionCode: string, sector: string): Promise<string[]> {
    return this.membersRepo.idsBySector(regionCode, sector);
  }

  async regionName(code: string): Promise<string | null> {
    return (await this.regions.names([code])).get(code) ?? null;
  }

  regionNames(codes: string[]): Promise<Map<string, string>> {
    return this.regions.names(codes);
  }

  async issuingCommittee(code: string): Promise<string | null> {
    return issuingCommitteeName(code, await this.regions.names(issuerChain(code)));
  }
}
