import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortsModule } from '../cohorts/cohorts.module';
import { ProgressModule } from '../progress/progress.module';
import { QuizAttemptEntity } from './quiz-attempt.entity';
import { ChoicesResolver, QuizzesResolver } from './quizzes.resolver';
import { QuizzesService } from './quizzes.service';

@Module({
  imports: [ProgressModule, CohortsModule, TypeOrmModule.forFeature([QuizAttemptEntity])],
  providers: [QuizzesService, QuizzesResolver, ChoicesResolver],
})
export class QuizzesModule {}
