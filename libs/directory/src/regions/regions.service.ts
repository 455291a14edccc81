import { Injectable } from '@nestjs/common';
import { assertInScope, AuditService } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { Page, pageOffset, regionLevel, regionPrefix } from '@xs/platform';
import { CreateRegionDto, ListRegionsQuery } from './regions.dto';
import { RegionRow, RegionsRepository } from './regions.repository';
import { Errors } from '../errors';

@Injectable()
export class RegionsService {
  constructor(
    private readonly regions: RegionsRepository,
    private readonly audit: AuditService,
  ) {}

  list(q: ListRegionsQuery): Promise<Page<RegionRow>> {
    return this.regions.list({ ...q, offset: pageOffset(q), limit: q.pageSize });
  }

  async get(code: string): Promise<RegionRow & { path: RegionRow[] }> {
    const r = await this.regions.get(undefined, code);
    if (!r) throw Errors.notFound('REGION_NOT_FOUND', { code });
    return { ...r, path: await this.regions.ancestors(code) };
  }

  async create(p: Principal, dto: CreateRegionDto): Promise<RegionRow> {
    assertInScope(p, dto.parentCode);
    if (regionLevel(dto.code) !== dto.level)
      throw Errors.badInput('REGION_LEVEL_MISMATCH', { code: dto.code, level: dto.level });
    const parent = await this.regions.get(undefined, dto.parentCode);
    if (!parent) throw Errors.badInput('UNKNOWN_REGION', { code: dto.parentCode });
    if (
      dto.code === dto.parentCode ||
      !dto.code.startsWith(regionPrefix(dto.parentCode)) ||
      dto.code.length < dto.parentCode.length
    )
      throw Errors.badInput('REGION_PARENT_MISMATCH', { code: dto.code, parentCode: dto.parentCode });
    if (await this.regions.get(undefined, dto.code))
      throw Errors.conflict('REGION_EXISTS', { code: dto.code });
    const row = { code: dto.code, name: dto.name, level: dto.level, parentCode: dto.parentCode };
    await this.regions.insert(row);
    await this.audit.by(p, 'region.create', { type: 'region', id: dto.code });
    return row;
  }
}
