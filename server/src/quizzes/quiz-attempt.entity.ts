import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface GradedAnswer {
  questionId: string;
  choiceIds: string[];
  correct: boolean;
}

@Entity('quiz_attempt')
@Index(['userId', 'quizId'])
export class QuizAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  userId: string;

  @Column()
  quizId: string;

  @Column({ type: Date })
  startedAt: Date;

  @Column({ type: Date, nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'float', nullable: true })
  scorePercent: number | null;

  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;

  @Column({ type: 'simple-json', nullable: true })
  answers: GradedAnswer[] | null;
}
