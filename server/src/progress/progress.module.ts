import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CertificatesModule } from '../certificates/certificates.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { QuizAttemptEntity } from '../quizzes/quiz-attempt.entity';
import { AttendanceEntity, WebinarEntity } from '../webinars/webinar.entities';
import { EnrollmentEntity, LessonCompletionEntity } from './progress.entities';
import { ProgressResolver } from './progress.resolver';
import { ProgressService } from './progress.service';

@Module({
  imports: [CertificatesModule, CohortsModule, TypeOrmModule.forFeature([EnrollmentEntity, LessonCompletionEntity, QuizAttemptEntity, AttendanceEntity, WebinarEntity])],
  providers: [ProgressService, ProgressResolver],
  exports: [ProgressService],
})
export class ProgressModule {}
