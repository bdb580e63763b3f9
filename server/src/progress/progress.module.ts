import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QuizAttemptEntity } from '../quizzes/quiz-attempt.entity';
import { EnrollmentEntity, LessonCompletionEntity } from './progress.entities';
import { ProgressResolver } from './progress.resolver';
import { ProgressService } from './progress.service';

@Module({
  imports: [TypeOrmModule.forFeature([EnrollmentEntity, LessonCompletionEntity, QuizAttemptEntity])],
  providers: [ProgressService, ProgressResolver],
  exports: [ProgressService],
})
export class ProgressModule {}
