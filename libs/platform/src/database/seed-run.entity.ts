import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('seed_runs')
export class SeedRun {
  @PrimaryColumn({ type: 'varchar', length: 100, primaryKeyConstraintName: 'PK_seed_runs' })
  name: string;

  @Column({ name: 'ran_at', type: 'timestamptz', default: () => 'now()' })
  ranAt: Date;
}
