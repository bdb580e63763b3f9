import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('webinar')
@Index(['courseSlug', 'week'])
export class WebinarEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  courseSlug: string;

  @Column()
  week: number;

  @Column()
  title: string;

  @Column({ type: 'varchar', nullable: true })
  description: string | null;

  @Column({ type: Date })
  startsAt: Date;

  @Column()
  durationMinutes: number;

  @Column()
  joinUrl: string;

  @Column({ type: 'varchar', nullable: true })
  recordingUrl: string | null;

  @Column()
  createdById: string;
}

@Entity('attendance')
export class AttendanceEntity {
  @PrimaryColumn()
  webinarId: string;

  @PrimaryColumn()
  userId: string;

  @Column()
  recordedById: string;

  @CreateDateColumn()
  recordedAt: Date;
}
