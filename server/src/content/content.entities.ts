import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from '../common/locale';
import type { QuestionDefinition } from './content.types';

/** Rows mirror the files in content/; the loader keeps them in step, keyed by the files' stable ids. */
@Entity('course')
export class CourseEntity {
  @PrimaryColumn()
  slug: string;

  @Column('simple-json')
  title: LocalizedText;

  @Column('simple-json')
  summary: LocalizedText;

  @Column('simple-json')
  issuer: LocalizedText;

  @Column()
  hours: number;
}

@Entity('week')
export class WeekEntity {
  @PrimaryColumn()
  courseSlug: string;

  @PrimaryColumn()
  number: number;

  @Column()
  isWebinarWeek: boolean;

  @Column('simple-json')
  title: LocalizedText;

  @Column('simple-json')
  summary: LocalizedText;
}

@Entity('lesson')
export class LessonEntity {
  @PrimaryColumn()
  id: string;

  @Column()
  courseSlug: string;

  @Column()
  weekNumber: number;

  @Column()
  position: number;

  @Column()
  slug: string;

  @Column('simple-json')
  title: LocalizedText;

  @Column('simple-json')
  html: LocalizedText;

  @Column()
  minutes: number;

  /** Removed from the files: kept so that past progress still refers to something. */
  @Column({ default: false })
  retired: boolean;
}

@Entity('quiz')
export class QuizEntity {
  @PrimaryColumn()
  id: string;

  @Column()
  courseSlug: string;

  @Column()
  weekNumber: number;

  @Column()
  position: number;

  @Column('simple-json')
  title: LocalizedText;

  @Column()
  passPercent: number;

  @Column({ type: 'integer', nullable: true })
  maxAttempts: number | null;

  @Column('simple-json')
  questions: QuestionDefinition[];

  @Column({ default: false })
  retired: boolean;
}
