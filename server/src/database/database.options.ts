import type { DataSourceOptions } from 'typeorm';
import { mkdirSync } from 'node:fs';
import sqlite3 from 'sqlite3';
import { dirname } from 'node:path';
import type { DatabaseConfig } from '../config/config';
import { CourseEntity, LessonEntity, QuizEntity, WeekEntity } from '../content/content.entities';
import { EnrollmentEntity, LessonCompletionEntity } from '../progress/progress.entities';
import { QuizAttemptEntity } from '../quizzes/quiz-attempt.entity';
import { UserEntity } from '../users/user.entity';
import { CertificateEntity } from '../certificates/certificate.entity';
import { AttendanceEntity, QuestionVoteEntity, RsvpEntity, WebinarEntity, WebinarQuestionEntity } from '../webinars/webinar.entities';
import { Initial1732350000000 } from './migrations/1732350000000-initial';
import { WebinarsCertificates1732436400000 } from './migrations/1732436400000-webinars-certificates';
import { Cohorts1732522800000 } from './migrations/1732522800000-cohorts';
import { CohortEntity } from '../cohorts/cohort.entity';
import { Notifications1732609200000 } from './migrations/1732609200000-notifications';
import { NotificationEntity } from '../notifications/notification.entity';
import { AuditEntity } from '../audit/audit.entity';
import { SignInFailureEntity } from '../auth/sign-in-failure.entity';
import { RateLimitHitEntity } from '../common/rate-limit.entity';
import { PasswordResetEntity } from '../users/password-reset.entity';
import { Administration1732695600000 } from './migrations/1732695600000-administration';
import { ReportIndexes1732782000000 } from './migrations/1732782000000-report-indexes';

export const entities = [
  UserEntity,
  CourseEntity,
  WeekEntity,
  LessonEntity,
  QuizEntity,
  EnrollmentEntity,
  LessonCompletionEntity,
  QuizAttemptEntity,
  WebinarEntity,
  AttendanceEntity,
  CertificateEntity,
  CohortEntity,
  RsvpEntity,
  WebinarQuestionEntity,
  QuestionVoteEntity,
  NotificationEntity,
  AuditEntity,
  PasswordResetEntity,
  SignInFailureEntity,
  RateLimitHitEntity,
];
export const migrations = [Initial1732350000000, WebinarsCertificates1732436400000, Cohorts1732522800000, Notifications1732609200000, Administration1732695600000, ReportIndexes1732782000000];

/** TypeORM always turns on sqlite3's verbose mode, which records a stack trace for every query: this keeps it plain. */
const quietSqlite3 = { ...sqlite3, verbose: () => sqlite3 };

/** Migrations run on start; the schema is never synchronized from the entities. */
export function databaseOptions(database: DatabaseConfig, logSql = false): DataSourceOptions {
  const common = {
    entities,
    migrations,
    migrationsRun: true,
    synchronize: false,
    logging: logSql ? ['query' as const] : false,
    logger: 'simple-console' as const,
  };
  if (database.kind === 'postgres') return { ...common, type: 'postgres', url: database.url, uuidExtension: 'pgcrypto' };
  mkdirSync(dirname(database.file), { recursive: true });
  return { ...common, type: 'sqlite', driver: quietSqlite3, database: database.file, enableWAL: true, busyTimeout: 5000 };
}
