import { Injectable } from '@nestjs/common';
import { assertInScope, AuditService, inScope } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { isUniqueViolation, Page, pageOffset, local } from '@xs/platform';
import { DataSource } from 'typeorm';
import { RegionsRepository } from '../regions/regions.repository';
import {
  CreateDepartmentDto,
  DepartmentView,
  ListDepartmentsQuery,
  UpdateDepartmentDto,
} from './departments.dto';
import { DepartmentsRepository } from './departments.repository';
import { Errors } from '../errors';

@Injectable()
export class DepartmentsService {
  constructor(
    private readonly departments: DepartmentsRepository,
    private readonly regions: RegionsRepository,
    private readonly audit: AuditService,
    private readonly db: DataSource,
  ) {}

  async create(p: Principal, dto: CreateDepartmentDto): Promise<DepartmentView> {
    assertInScope(p, dto.regionCode);
    const name = dto.name.trim();
    if (!name)
      throw Errors.badInput(
        'VALIDATION_FAILED',
        { problems: local('名称不能为空', 'the name cannot be empty') },
        { field: 'name' },
      );
    if (!(await this.regions.get(undefined, dto.regionCode)))
      throw Errors.badInput('UNKNOWN_REGION', { code: dto.regionCode }, { field: 'regionCode' });
    if (await this.departments.findByNameRegion(name, dto.regionCode))
      throw Errors.conflict('DEPARTMENT_EXISTS', { name }, { field: 'name' });
    let id: string;
    try {
      id = await this.departments.insert(undefined, name, dto.regionCode);
    } catch (e) {
      // Two creates of one name at once: the unique index decides, the loser hears why.
      if (isUniqueViolation(e, 'UQ_departments_name_region'))
        throw Errors.conflict('DEPARTMENT_EXISTS', { name }, { field: 'name' });
      throw e;
    }
    await this.audit.by(p, 'department.create', { type: 'department', id });
    return (await this.departments.get(id))!;
  }

  /** Renames or moves a department within the caller's reach; suggestions already handed keep the name they were given. */
  async update(p: Principal, id: string, dto: UpdateDepartmentDto): Promise<DepartmentView> {
    const name = dto.name?.trim();
    if (dto.name !== undefined && !name)
      throw Errors.badInput(
        'VALIDATION_FAILED',
        { problems: local('名称不能为空', 'the name cannot be empty') },
        { field: 'name' },
      );
    if (dto.regionCode) {
      assertInScope(p, dto.regionCode);
      if (!(await this.regions.get(undefined, dto.regionCode)))
        throw Errors.badInput('UNKNOWN_REGION', { code: dto.regionCode }, { field: 'regionCode' });
    }
    let changed: string[] = [];
    await this.db.transaction(async (m) => {
      const cur = await this.departments.getForUpdate(m, id);
      if (!cur || !inScope(p, cur.regionCode)) throw Errors.notFound('DEPARTMENT_NOT_FOUND');
      const next = { name: name ?? cur.name, regionCode: dto.regionCode ?? cur.regionCode };
      changed = (['name', 'regionCode'] as const).filter((k) => next[k] !== cur[k]);
      if (!changed.length) return;
      try {
        await this.departments.update(m, id, next.name, next.regionCode);
      } catch (e) {
        if (isUniqueViolation(e, 'UQ_departments_name_region'))
          throw Errors.conflict('DEPARTMENT_EXISTS', { name: next.name }, { field: 'name' });
        throw e;
      }
    });
    if (changed.length)
      await this.audit.by(p, 'department.update', { type: 'department', id }, 'ok', null, {
        fields: changed,
      });
    return (await this.departments.get(id))!;
  }

  async get(p: Principal, id: string): Promise<DepartmentView> {
    const d = await this.departments.get(id);
    if (!d || !inScope(p, d.regionCode)) throw Errors.notFound('DEPARTMENT_NOT_FOUND');
    return d;
  }

  list(p: Principal, q: ListDepartmentsQuery): Promise<Page<DepartmentView>> {
    const region = q.region ?? p.regionCode;
    assertInScope(p, region);
    return this.departments.list({ region, q: q.q, offset: pageOffset(q), limit: q.pageSize });
  }
}
