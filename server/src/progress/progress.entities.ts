import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('enrollment')
@Index(['userId', 'courseSlug'], { unique: true })
export class EnrollmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  userId: string;

  @Column()
  courseSlug: string;

  @Column()
  cohortId: string;

  @CreateDateColumn()
  enrolledAt: Date;

  /** Set once, when the course is first completed. */
  @Column({ type: Date, nullable: true })
  completedAt: Date | null;
}

@Entity('lesson_completion')
export class LessonCompletionEntity {
  @PrimaryColumn()
  userId: string;

  @PrimaryColumn()
  lessonId: string;

  @CreateDateColumn()
  completedAt: Date;
}
