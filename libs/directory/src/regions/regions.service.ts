import { Injectable } from '@nestjs/common';
import { assertInScope, AuditService } from '@xs/identity';
import type { Principal } from '@xs/identity';
import {
  BadInputError,
  ConflictError,
  NotFoundError,
  Page,
  pageOffset,
  regionLevel,
  regionPrefix,
} from '@xs/platform';
import { CreateRegionDto, ListRegionsQuery } from './regions.dto';
import { RegionRow, RegionsRepository } from './regions.repository';

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
    const r = await this.regions.get(code);
    if (!r) throw new NotFoundError('REGION_NOT_FOUND', `行政区划 ${code} 不存在`);
    return { ...r, path: await this.regions.ancestors(code) };
  }

  async create(p: Principal, dto: CreateRegionDto): Promise<RegionRow> {
    assertInScope(p, dto.parentCode);
    if (regionLevel(dto.code) !== dto.level)
      throw new BadInputError('REGION_LEVEL_MISMATCH', `代码 ${dto.code} 与级别 ${dto.level} 不符`);
    const parent = await this.regions.get(dto.parentCode);
    if (!parent) throw new BadInputError('UNKNOWN_REGION', `上级行政区划 ${dto.parentCode} 不存在`);
    if (
      dto.code === dto.parentCode ||
      !dto.code.startsWith(regionPrefix(dto.parentCode)) ||
      dto.code.length < dto.parentCode.length
    )
      throw new BadInputError('REGION_PARENT_MISMATCH', `代码 ${dto.code} 不在上级 ${dto.parentCode} 之下`);
    if (await this.regions.get(dto.code))
      throw new ConflictError('REGION_EXISTS', `行政区划 ${dto.code} 已存在`);
    const row = { code: dto.code, name: dto.name, level: dto.level, parentCode: dto.parentCode };
    await this.regions.insert(row);
    await this.audit.by(p, 'region.create', { type: 'region', id: dto.code });
    return row;
  }
}
