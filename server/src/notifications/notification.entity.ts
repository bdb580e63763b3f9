import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type NotificationKind = 'WEBINAR_SCHEDULED' | 'WEBINAR_CHANGED' | 'WEBINAR_CANCELLED' | 'WEBINAR_SOON' | 'WEEK_OPEN';

@Entity('notification')
@Index(['userId', 'key'], { unique: true })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  userId: string;

  @Column({ type: 'varchar' })
  kind: NotificationKind;

  /** Makes each notice once per user: e.g. webinar-soon:<id>, week-open:<cohort>:<week>. */
  @Column()
  key: string;

  @Column('simple-json')
  data: Record<string, string | number | null>;

  @CreateDateColumn()
  createdAt: Date;

  @Column({ type: Date, nullable: true })
  readAt: Date | null;
}
