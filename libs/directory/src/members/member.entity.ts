import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { Region } from '../regions/region.entity';

/** 政协委员. The phone is stored encrypted with a blind index; `user_id` links a login if any. */
@Entity('members')
@Index('IDX_members_region', ['regionCode'])
@Index('IDX_members_sector', ['sector'])
@Index('UQ_members_user', ['userId'], { unique: true, where: 'user_id IS NOT NULL' })
@Index('UQ_members_code', ['code'], { unique: true, where: 'code IS NOT NULL' })
@Index('UQ_members_phone_bidx', ['phoneBidx'], { unique: true, where: 'phone_bidx IS NOT NULL' })
@Index('IDX_members_name_trgm', { synchronize: false })
@Index('IDX_members_name_grams', { synchronize: false })
@Index('IDX_members_region_prefix', { synchronize: false })
export class Member {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_members' })
  id: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  code: string | null;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ name: 'name_norm', type: 'varchar', length: 60 })
  nameNorm: string;

  /** Single characters and character pairs of name_norm, GIN-indexed: 2-character names have no trigram. */
  @Column({ name: 'name_grams', type: 'text', array: true, default: () => "'{}'" })
  nameGrams: string[];

  /** national | provincial | city | county */
  @Column({ type: 'varchar', length: 16 })
  level: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  sector: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'varchar', length: 60, nullable: true })
  party: string | null;

  @Column({ name: 'phone_enc', type: 'varchar', length: 200, nullable: true })
  phoneEnc: string | null;

  @Column({ name: 'phone_bidx', type: 'varchar', length: 64, nullable: true })
  phoneBidx: string | null;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => Region)
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'FK_members_region' })
  region?: Region;
}
