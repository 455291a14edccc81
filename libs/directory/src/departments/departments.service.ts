import { Injectable } from '@nestjs/common';
import { assertInScope, AuditService, inScope } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { Page, pageOffset } from '@xs/platform';
import { RegionsRepository } from '../regions/regions.repository';
import { CreateDepartmentDto, DepartmentView, ListDepartmentsQuery } from './departments.dto';
import { DepartmentsRepository } from './departments.repository';
import { Errors } from '../errors';

@Injectable()
export class DepartmentsService {
  constructor(
    private readonly departments: DepartmentsRepository,
    private readonly regions: RegionsRepository,
    private readonly audit: AuditService,
  ) {}

  async create(p: Principal, dto: CreateDepartmentDto): Promise<DepartmentView> {
    assertInScope(p, dto.regionCode);
    const name = dto.name.trim();
    if (!name) throw Errors.badInput('VALIDATION_FAILED', { problems: '名称不能为空' });
    if (!(await this.regions.get(undefined, dto.regionCode)))
      throw Errors.badInput('UNKNOWN_REGION', { code: dto.regionCode });
    if (await this.departments.findByNameRegion(name, dto.regionCode))
      throw Errors.conflict('DEPARTMENT_EXISTS', { name });
    const id = await this.departments.insert(undefined, name, dto.regionCode);
    await this.audit.by(p, 'department.create', { type: 'department', id });
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
