import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Permission, Role } from '@xs/contracts';

/** Staff accounts and residents share one table: residents have a phone and no username. */
@Entity('users')
@Index('UQ_users_username', ['username'], { unique: true, where: 'username IS NOT NULL' })
@Index('UQ_users_phone_bidx', ['phoneBidx'], { unique: true, where: 'phone_bidx IS NOT NULL' })
@Index('IDX_users_region', ['regionCode'])
export class User {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_users' })
  id: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  username: string | null;

  @Column({ name: 'password_hash', type: 'varchar', length: 200, nullable: true })
  passwordHash: string | null;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  nickname: string | null;

  @Column({ type: 'text', array: true })
  roles: Role[];

  /** Staff's region (their scope); null for residents, who have none. */
  @Column({ name: 'region_code', type: 'varchar', length: 12, nullable: true })
  regionCode: string | null;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  permissions: Permission[];

  /** The workstations a workstation_manager manages: its scope, inside its region. */
  @Column({ name: 'workstation_ids', type: 'uuid', array: true, default: () => "'{}'" })
  workstationIds: string[];

  @Column({ name: 'phone_enc', type: 'varchar', length: 200, nullable: true })
  phoneEnc: string | null;

  @Column({ name: 'phone_bidx', type: 'varchar', length: 64, nullable: true })
  phoneBidx: string | null;

  @Column({ name: 'totp_secret_enc', type: 'varchar', length: 200, nullable: true })
  totpSecretEnc: string | null;

  @Column({ name: 'totp_enabled', type: 'boolean', default: false })
  totpEnabled: boolean;

  /** A new secret being enrolled; it replaces totp_secret_enc only once a code from it is confirmed. */
  @Column({ name: 'totp_pending_enc', type: 'varchar', length: 200, nullable: true })
  totpPendingEnc: string | null;

  /** The last 30-second step whose code was accepted: a code works once, on any replica. */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true })
  totpLastStep: string | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** Set when the person was erased: the row stays for references, scrubbed of everything about them. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  passwordChangedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
