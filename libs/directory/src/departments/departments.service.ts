import { Injectable } from '@nestjs/common';
import { assertInScope, AuditService, inScope } from '@xs/identity';
import type { Principal } from '@xs/identity';
import { BadInputError, ConflictError, Page, pageOffset } from '@xs/platform';
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
    if (!name) throw new BadInputError('VALIDATION_FAILED', '名称不能为空');
    if (!(await this.regions.get(dto.regionCode)))
      throw new BadInputError('UNKNOWN_REGION', `行政区划 ${dto.regionCode} 不存在`);
    if (await this.departments.findByNameRegion(name, dto.regionCode))
      throw new ConflictError('DEPARTMENT_EXISTS', `${name} 在该区域已存在`);
    const id = await this.departments.insert(name, dto.regionCode);
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
