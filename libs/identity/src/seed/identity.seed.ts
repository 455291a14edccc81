import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { StaffRole } from '@xs/contracts';
import { APP_CONFIG, PiiCipher, SeedRegistry } from '@xs/platform';
import type { AppConfig } from '@xs/platform';
import { hashPassword } from '../auth/password';
import { UsersRepository } from '../users/users.repository';

/** Demo password of every demo staff account (never seeded in production). */
export const DEMO_PASSWORD = 'Demo-2026-xs';

export const DEMO_STAFF: { username: string; displayName: string; roles: StaffRole[]; regionCode: string }[] =
  [
    {
      username: 'km_organiser',
      displayName: '昆明市政协委员工作联络处 张丽',
      roles: ['organiser'],
      regionCode: '530100',
    },
    {
      username: 'km_viewer',
      displayName: '昆明市政协办公室 李强',
      roles: ['staff_viewer'],
      regionCode: '530100',
    },
    { username: 'wh_organiser', displayName: '五华区政协 王芳', roles: ['organiser'], regionCode: '530102' },
    {
      username: 'wh_manager',
      displayName: '五华区综合委员工作室 赵敏',
      roles: ['workstation_manager'],
      regionCode: '530102',
    },
    {
      username: 'wh_handler',
      displayName: '五华区住建局 陈刚',
      roles: ['department_handler'],
      regionCode: '530102',
    },
    { username: 'wh_member', displayName: '五华区政协委员 刘洋', roles: ['member'], regionCode: '530102' },
    { username: 'wh_viewer', displayName: '五华区政协 周静', roles: ['staff_viewer'], regionCode: '530102' },
    { username: 'pl_organiser', displayName: '盘龙区政协 孙伟', roles: ['organiser'], regionCode: '530103' },
    {
      username: 'pl_manager',
      displayName: '盘龙区综合委员工作室 吴倩',
      roles: ['workstation_manager'],
      regionCode: '530103',
    },
    {
      username: 'pl_handler',
      displayName: '盘龙区交通运输局 郑斌',
      roles: ['department_handler'],
      regionCode: '530103',
    },
    { username: 'pl_member', displayName: '盘龙区政协委员 冯雪', roles: ['member'], regionCode: '530103' },
  ];

export const DEMO_RESIDENTS = [
  { phone: '13800000001', nickname: '翠湖居民老杨' },
  { phone: '13800000002', nickname: '青云街坊' },
  { phone: '13800000003', nickname: '盘龙江边' },
  { phone: '13800000004', nickname: '小区业主代表' },
  { phone: '13800000005', nickname: '退休教师李阿姨' },
];

@Injectable()
export class IdentitySeed implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: SeedRegistry,
    private readonly users: UsersRepository,
    private readonly pii: PiiCipher,
  ) {}

  onModuleInit(): void {
    this.registry.register({ name: 'identity.demo-users', order: 10, run: () => this.run() });
  }

  private async run(): Promise<void> {
    if (this.config.nodeEnv === 'production') return;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const s of DEMO_STAFF) {
      if (await this.users.findByUsername(s.username)) continue;
      await this.users.save(undefined, { ...s, passwordHash, permissions: [] });
    }
    for (const r of DEMO_RESIDENTS) {
      const enc = this.pii.encryptPhone(r.phone);
      if (await this.users.findByPhoneIndex(enc.bidx)) continue;
      await this.users.save(undefined, {
        username: null,
        passwordHash: null,
        displayName: r.nickname,
        nickname: r.nickname,
        roles: ['resident'],
        regionCode: null,
        permissions: [],
        phoneEnc: enc.enc,
        phoneBidx: enc.bidx,
      });
    }
  }
}
