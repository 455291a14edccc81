import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type InviteeKind = 'member' | 'department' | 'expert';
export type InvitationStatus = 'invited' | 'accepted' | 'declined';

/** 确定协商主体: invited members, departments and experts, each with an answer. */
@Entity('session_invitations')
@Index('UQ_session_invitations_member', ['sessionId', 'memberId'], {
  unique: true,
  where: 'member_id IS NOT NULL',
})
@Index('UQ_session_invitations_department', ['sessionId', 'departmentId'], {
  unique: true,
  where: 'department_id IS NOT NULL',
})
@Index('IDX_session_invitations_user', ['userId'])
export class Invitation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_session_invitations' })
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Column({ type: 'varchar', length: 12 })
  kind: InviteeKind;

  @Column({ name: 'member_id', type: 'uuid', nullable: true })
  memberId: string | null;

  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId: string | null;

  /** The account that answers and gets notices: the member's user, or null (departments, experts). */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  org: string | null;

  /** How the member came to be invited: assigned | sector | manual. */
  @Column({ type: 'varchar', length: 12, default: 'manual' })
  via: string;

  @Column({ type: 'varchar', length: 10, default: 'invited' })
  status: InvitationStatus;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
