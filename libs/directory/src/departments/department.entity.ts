import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { Region } from '../regions/region.entity';

/** 承办单位: a government department that answers suggestions, in a region. */
@Entity('departments')
@Index('IDX_departments_region', ['regionCode'])
@Index('UQ_departments_name_region', ['name', 'regionCode'], { unique: true })
export class Department {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_departments' })
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ name: 'name_norm', type: 'varchar', length: 120 })
  nameNorm: string;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Region)
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'FK_departments_region' })
  region?: Region;
}
