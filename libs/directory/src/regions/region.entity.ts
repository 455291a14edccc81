import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One node of the 行政区划 tree; the code carries the hierarchy (see @xs/platform region-code). */
@Entity('regions')
@Index('IDX_regions_parent', ['parentCode'])
export class Region {
  @PrimaryColumn({ type: 'varchar', length: 12, primaryKeyConstraintName: 'PK_regions' })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  level: string;

  @Column({ name: 'parent_code', type: 'varchar', length: 12, nullable: true })
  parentCode: string | null;

  @Column({ name: 'name_norm', type: 'varchar', length: 100 })
  nameNorm: string;
}
