import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import type { OpeningHours } from '../hours/opening-hours';
import { Region } from '../regions/region.entity';

/**
 * A place where consultation happens. Coordinates are kept as entered (`lat`, `lng`, `crs`) and,
 * converted to WGS-84, in `wgs_lat`/`wgs_lng` for distances. Deleting sets `deleted_at` only:
 * sessions held there keep pointing at a readable row.
 */
@Entity('workstations')
@Check('CHK_workstations_status', `status IN ('active', 'suspended')`)
@Check('CHK_workstations_lat', `lat IS NULL OR lat BETWEEN -90 AND 90`)
@Index('IDX_workstations_region', ['regionCode'])
@Index('UQ_workstations_name_region', ['name', 'regionCode'], { unique: true, where: 'deleted_at IS NULL' })
@Index('UQ_workstations_code', ['code'], { unique: true, where: 'code IS NOT NULL AND deleted_at IS NULL' })
// Hand-written in the migration (operator classes TypeORM cannot declare): trigram on name_norm,
// varchar_pattern_ops on region_code for prefix LIKE.
@Index('IDX_workstations_name_trgm', { synchronize: false })
@Index('IDX_workstations_region_prefix', { synchronize: false })
export class Workstation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_workstations' })
  id: string;

  /** Optional external code (e.g. the committee's own numbering), a natural key for re-import. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  code: string | null;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** normalizeZh(name + ' ' + address), searched with LIKE and a trigram index. */
  @Column({ name: 'name_norm', type: 'text' })
  nameNorm: string;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'varchar', length: 300 })
  address: string;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng: number | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  crs: string | null;

  @Column({ name: 'wgs_lat', type: 'double precision', nullable: true })
  wgsLat: number | null;

  @Column({ name: 'wgs_lng', type: 'double precision', nullable: true })
  wgsLng: number | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  sector: string | null;

  @Column({ name: 'opening_hours', type: 'jsonb', nullable: true })
  openingHours: OpeningHours | null;

  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ name: 'contact_phone_enc', type: 'varchar', length: 200, nullable: true })
  contactPhoneEnc: string | null;

  @Column({ name: 'contact_phone_bidx', type: 'varchar', length: 64, nullable: true })
  contactPhoneBidx: string | null;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: string;

  @Column({ name: 'buffer_minutes', type: 'integer', default: 30 })
  bufferMinutes: number;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => Region)
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'FK_workstations_region' })
  region?: Region;
}
