import { Inject, Injectable } from '@nestjs/common';
import { DIRECTORY_PORT, GRANTABLE_BY, StaffRole, UserView } from '@xs/contracts';
import type { DirectoryPort } from '@xs/contracts';
import { Page, PiiCipher, pageOffset } from '@xs/platform';
import { assertInScope, canReadPii, hasRole, inScope, Principal } from '../access/principal';
import { hashPassword, passwordProblems } from '../auth/password';
import { SessionsRepository } from '../auth/sessions.repository';
import { AuditService } from '../audit/audit.service';
import { CreateUserDto, ListUsersQuery, UpdateUserDto } from './users.dto';
import { toUserView } from './user-view';
import { AccountSummary, UsersRepository } from './users.repository';
import { Errors } from '../errors';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly pii: PiiCipher,
    private readonly audit: AuditService,
    @Inject(DIRECTORY_PORT) private readonly directory: DirectoryPort,
  ) {}

  /** Who answers for these departments: other contexts ask here rather than reading the users table. */
  /** Demo data: the demo handlers' departments exist only once the directory is seeded. */
  setDepartmentIfUnset(username: string, departmentId: string): Promise<void> {
    return this.users.setDepartmentIfUnset(username, departmentId);
  }

  departmentHandlerIds(departmentIds: string[]): Promise<string[]> {
    return this.users.departmentHandlerIds(departmentIds);
  }

  /** Encrypted phones of enabled accounts, for SMS notices (never decrypted here). */
  encryptedPhones(userIds: string[]): Promise<string[]> {
    return this.users.encryptedPhones(userIds);
  }

  /**
   * The phone on an account, encrypted: a resident's is verified by SMS login, a staff member's was
   * entered by an administrator (staff rows carry no blind index).
   */
  accountPhone(userId: string): Promise<{ phoneEnc: string; phoneBidx: string | null } | null> {
    return this.users.accountPhone(userId);
  }

  /** accountPhone of several accounts at once (a batch of registrations); missing ones have none. */
  accountPhones(userIds: string[]): Promise<Map<string, { phoneEnc: string; phoneBidx: string | null }>> {
    return this.users.accountPhones([...new Set(userIds)]);
  }

  /**
   * Identity by phone: the blind index of the account's SMS-verified phone, or null (staff, or none).
   * Other contexts match it against the blind index of a phone staff entered (walk-ins, registrations
   * made at the desk), so the person and the account are one participant without a clear phone.
   */
  async phoneIndexOf(userId: string): Promise<string | null> {
    return (await this.users.accountPhone(userId))?.phoneBidx ?? null;
  }

  /** The accounts (enabled) whose verified phone has one of these blind indexes. */
  idsByPhoneIndex(bidxs: string[]): Promise<string[]> {
    return this.users.idsByPhoneIndex(bidxs);
  }

  /** Demo data only (the directory seed): the places a demo workstation manager manages, when it has none yet. */
  async grantDemoWorkstations(userId: string, workstationIds: string[]): Promise<void> {
    const u = await this.users.findById(userId);
    if (u && !u.workstationIds.length) await this.users.update(userId, { workstationIds });
  }

  staffAccountExists(userId: string): Promise<boolean> {
    return this.users.staffAccountExists(userId);
  }

  /** Named accounts (the demo seeds of other contexts look up the demo staff this way). */
  accountsNamed(usernames: string[]): Promise<AccountSummary[]> {
    return this.users.summariesByUsername(usernames);
  }

  /** The oldest enabled accounts with any of these roles, e.g. demo residents to register or rate. */
  earliestWithRoles(
    roles: string[],
    limit: number,
    opts: { withPhone?: boolean } = {},
  ): Promise<AccountSummary[]> {
    return this.users.earliestWithRoles(roles, limit, opts.withPhone ?? false);
  }

  async me(p: Principal): Promise<UserView> {
    const u = await this.users.findById(p.id);
    if (!u) throw Errors.notFound('USER_NOT_FOUND');
    // One's own number is not someone else's personal data, but it is still masked in the UI by default.
    return toUserView(u, this.pii, canReadPii(p));
  }

  async create(actor: Principal, dto: CreateUserDto): Promise<UserView> {
    this.assertMayGrant(actor, dto.roles, dto.regionCode, dto.permissions ?? []);
    if (dto.departmentId) await this.assertMayGrantDepartment(actor, dto.departmentId);
    const workstationIds = await this.grantableWorkstations(actor, dto.workstationIds ?? []);
    const problem = passwordProblems(dto.password);
    if (problem) throw Errors.badInput('WEAK_PASSWORD');
    if (await this.users.findByUsername(dto.username)) throw Errors.conflict('USERNAME_TAKEN');
    const phone = dto.phone ? this.pii.encryptPhone(dto.phone) : undefined;
    const user = await this.users.save(undefined, {
      username: dto.username,
      passwordHash: await hashPassword(dto.password),
      displayName: dto.displayName,
      roles: dto.roles,
      regionCode: dto.regionCode,
      departmentId: dto.departmentId ?? null,
      workstationIds,
      permissions: dto.permissions ?? [],
      phoneEnc: phone?.enc ?? null,
      phoneBidx: null,
    });
    await this.audit.by(actor, 'user.create', { type: 'user', id: user.id }, 'ok', null, {
      roles: dto.roles,
      regionCode: dto.regionCode,
    });
    return toUserView(user, this.pii, canReadPii(actor));
  }

  async update(actor: Principal, id: string, dto: UpdateUserDto): Promise<UserView> {
    const user = await this.users.findById(id);
    if (!user || !user.username || !user.regionCode) throw Errors.notFound('USER_NOT_FOUND');
    assertInScope(actor, user.regionCode);
    const roles = (dto.roles ?? user.roles) as StaffRole[];
    const region = dto.regionCode ?? user.regionCode;
    // Changing an account is granting it: the actor must be able to grant what it has and what it gets.
    this.assertMayGrant(
      actor,
      [...new Set([...(user.roles as StaffRole[]), ...roles])],
      region,
      dto.permissions ?? [],
    );
    if (dto.permissions && !hasRole(actor, 'admin')) throw Errors.forbidden('ADMIN_ONLY');
    const departmentId = dto.departmentId ?? user.departmentId;
    if (departmentId) await this.assertMayGrantDepartment(actor, departmentId);
    const workstationIds = await this.grantableWorkstations(actor, dto.workstationIds ?? user.workstationIds);
    if (actor.id === id && dto.disabled) throw Errors.badInput('CANNOT_DISABLE_SELF');
    if (dto.password !== undefined) {
      if (!hasRole(actor, 'admin')) throw Errors.forbidden('ADMIN_ONLY');
      const problem = passwordProblems(dto.password);
      if (problem) throw Errors.badInput('WEAK_PASSWORD', { field: 'password' });
    }
    await this.users.update(id, {
      displayName: dto.displayName ?? user.displayName,
      roles,
      regionCode: region,
      departmentId,
      workstationIds,
      permissions: dto.permissions ?? user.permissions,
      disabledAt: dto.disabled === undefined ? user.disabledAt : dto.disabled ? new Date() : null,
      ...(dto.password !== undefined
        ? { passwordHash: await hashPassword(dto.password), passwordChangedAt: new Date() }
        : {}),
    });
    if (dto.disabled || dto.password !== undefined) await this.sessions.revokeAllForUser(id);
    await this.audit.by(actor, 'user.update', { type: 'user', id }, 'ok', null, {
      fields: Object.keys(dto),
      ...(dto.password !== undefined ? { passwordReset: true } : {}),
    });
    const after = await this.users.findById(id);
    return toUserView(after!, this.pii, canReadPii(actor));
  }

  async list(actor: Principal, q: ListUsersQuery): Promise<Page<UserView>> {
    const region = q.region ?? actor.regionCode;
    assertInScope(actor, region);
    const { items, total } = await this.users.list({
      regionCode: region,
      role: q.role,
      q: q.q,
      offset: pageOffset(q),
      limit: q.pageSize,
    });
    const reveal = canReadPii(actor);
    if (reveal && items.some((u) => u.phoneEnc)) {
      await this.audit.by(actor, 'pii.read', { type: 'user', id: `list:${region}` }, 'ok', null, {
        count: items.length,
      });
    }
    return { items: await this.named(items.map((u) => toUserView(u, this.pii, reveal))), total };
  }

  /** Each view with its region's name, as staff know their regions (one read for the page). */
  private async named(views: UserView[]): Promise<UserView[]> {
    const names = await this.directory.regionNames(
      views.map((v) => v.regionCode).filter((c): c is string => !!c),
    );
    return views.map((v) => ({ ...v, regionName: v.regionCode ? (names.get(v.regionCode) ?? null) : null }));
  }

  async get(actor: Principal, id: string): Promise<UserView> {
    const user = await this.users.findById(id);
    if (!user || !user.username || !user.regionCode || !inScope(actor, user.regionCode))
      throw Errors.notFound('USER_NOT_FOUND');
    if (canReadPii(actor) && user.phoneEnc) await this.audit.by(actor, 'pii.read', { type: 'user', id });
    return (await this.named([toUserView(user, this.pii, canReadPii(actor))]))[0];
  }

  /**
   * A handler answers for its department's suggestions wherever they were raised, so the department is
   * what it is granted: it must exist and lie inside the actor's region (as the roles and region must).
   */
  private async assertMayGrantDepartment(actor: Principal, departmentId: string): Promise<void> {
    const department = await this.directory.department(departmentId);
    if (!department) throw Errors.badInput('UNKNOWN_DEPARTMENT');
    if (!inScope(actor, department.regionCode)) throw Errors.forbidden('DEPARTMENT_OUT_OF_REGION');
  }

  /** A manager's workstations are granted the same way: each must exist and lie inside the actor's region. */
  private async grantableWorkstations(actor: Principal, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    for (const id of unique) {
      const w = await this.directory.workstation(id);
      if (!w) throw Errors.badInput('UNKNOWN_WORKSTATION');
      if (!inScope(actor, w.regionCode)) throw Errors.forbidden('WORKSTATION_OUT_OF_REGION');
    }
    return unique;
  }

  private assertMayGrant(
    actor: Principal,
    roles: StaffRole[],
    regionCode: string,
    permissions: string[],
  ): void {
    assertInScope(actor, regionCode);
    const grantable = new Set(actor.roles.flatMap((r) => (r === 'resident' ? [] : GRANTABLE_BY[r])));
    const refused = roles.filter((r) => !grantable.has(r));
    if (refused.length) throw Errors.forbidden('ROLE_NOT_GRANTABLE', { roles: refused.join(', ') });
    if (permissions.length && !hasRole(actor, 'admin')) throw Errors.forbidden('ADMIN_ONLY');
  }
}
