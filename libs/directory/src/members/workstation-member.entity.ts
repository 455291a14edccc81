import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, JoinColumn, ManyToOne } from 'typeorm';
import { Member } from './member.entity';
import { Workstation } from '../workstations/workstation.entity';

/** Assignment of a member to a workstation, with a role (召集人 convener, 成员 member, 联络员 liaison). */
@Entity('workstation_members')
@Index('IDX_workstation_members_member', ['memberId'])
export class WorkstationMember {
  @PrimaryColumn({ name: 'workstation_id', type: 'uuid', primaryKeyConstraintName: 'PK_workstation_members' })
  workstationId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid', primaryKeyConstraintName: 'PK_workstation_members' })
  memberId: string;

  @Column({ type: 'varchar', length: 20, default: 'member' })
  role: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Workstation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workstation_id', foreignKeyConstraintName: 'FK_workstation_members_workstation' })
  workstation?: Workstation;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_workstation_members_member' })
  member?: Member;
}
