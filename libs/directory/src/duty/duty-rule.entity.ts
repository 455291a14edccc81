import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { Member } from '../members/member.entity';
import { Workstation } from '../workstations/workstation.entity';

/**
 * One line of a duty roster: member M is on duty at workstation W from `start_time` to `end_time`
 * on the days an RFC 5545 RRULE yields (e.g. FREQ=MONTHLY;BYMONTH=2,4,6,8,10,12;BYMONTHDAY=22,
 * Songming's 委员走访日), from `starts_on` until `until` (inclusive, optional).
 */
@Entity('duty_rules')
@Index('IDX_duty_rules_workstation', ['workstationId'])
@Index('IDX_duty_rules_member', ['memberId'])
export class DutyRule {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_duty_rules' })
  id: string;

  @Column({ name: 'workstation_id', type: 'uuid' })
  workstationId: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'varchar', length: 300 })
  rrule: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ type: 'date', nullable: true })
  until: string | null;

  @Column({ name: 'start_time', type: 'varchar', length: 5 })
  startTime: string;

  @Column({ name: 'end_time', type: 'varchar', length: 5 })
  endTime: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @ManyToOne(() => Workstation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workstation_id', foreignKeyConstraintName: 'FK_duty_rules_workstation' })
  workstation?: Workstation;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_duty_rules_member' })
  member?: Member;
}
