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

  /** The organiser's IANA time zone, shown beside each viewer's own. */
  @Column()
  timeZone: string;

  /** Seats for RSVPs; null: no limit. */
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ type: Date, nullable: true })
  cancelledAt: Date | null;

  /** Raised on every change, so calendars replace their copy (iCalendar SEQUENCE). */
  @Column({ default: 0 })
  sequence: number;

  @Column()
  createdById: string;
}

@Entity('webinar_rsvp')
export class RsvpEntity {
  @PrimaryColumn()
  webinarId: string;

  @PrimaryColumn()
  userId: string;

  @CreateDateColumn()
  createdAt: Date;
}

@Entity('webinar_question')
@Index(['webinarId'])
export class WebinarQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  webinarId: string;

  @Column()
  userId: string;

  @Column()
  text: string;

  @CreateDateColumn()
  createdAt: Date;
}

@Entity('webinar_question_vote')
export class QuestionVoteEntity {
  @PrimaryColumn()
  questionId: string;

  @PrimaryColumn()
  userId: string;
}

@Entity('attendance')
export class AttendanceEntity {
  @PrimaryColumn()
  webinarId: string;

  @PrimaryColumn()
  userId: string;

  @Column()
  recordedById: string;

  /** Credited for watching the recording rather than attending live. */
  @Column({ default: false })
  viaRecording: boolean;

  @CreateDateColumn()
  recordedAt: Date;
}
