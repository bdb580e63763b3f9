import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService, AuditSource } from '../audit/audit.service';
import { notFound } from '../common/app-error';
import type { Viewer } from '../common/request-context';
import { assertInScope } from '../common/scope';
import { CertificateEntity } from '../certificates/certificate.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { EnrollmentEntity, LessonCompletionEntity } from '../progress/progress.entities';
import { QuizAttemptEntity } from '../quizzes/quiz-attempt.entity';
import { PasswordResetEntity } from '../users/password-reset.entity';
import { UserEntity } from '../users/user.entity';
import { AttendanceEntity, QuestionVoteEntity, RsvpEntity, WebinarQuestionEntity } from '../webinars/webinar.entities';

/** A person's own data, and anonymisation that keeps counts and issued certificates. */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Everything the platform keeps about the user, as one JSON document. */
  async export(userId: string): Promise<Record<string, unknown>> {
    const m = this.dataSource.manager;
    const user = await m.findOneByOrFail(UserEntity, { id: userId });
    const { passwordHash: _hash, calendarToken: _token, tokenVersion: _version, ...profile } = user;
    const by = { where: { userId } };
    const [enrollments, lessons, attempts, attendance, rsvps, questions, certificates, notifications] = await Promise.all([
      m.find(EnrollmentEntity, by),
      m.find(LessonCompletionEntity, by),
      m.find(QuizAttemptEntity, by),
      m.find(AttendanceEntity, by),
      m.find(RsvpEntity, by),
      m.find(WebinarQuestionEntity, by),
      m.find(CertificateEntity, by),
      m.find(NotificationEntity, by),
    ]);
    return {
      exportedAt: new Date().toISOString(),
      profile,
      enrollments,
      lessonsCompleted: lessons,
      quizAttempts: attempts,
      webinarAttendance: attendance,
      webinarRsvps: rsvps,
      webinarQuestions: questions,
      certificates: certificates.map(({ signature: _signature, revokedById: _by, ...certificate }) => certificate),
      notifications,
    };
  }

  async requestDeletion(userId: string): Promise<Date> {
    const at = new Date();
    await this.dataSource.manager.update(UserEntity, { id: userId, deletionRequestedAt: IsNull() }, { deletionRequestedAt: at });
    return (await this.dataSource.manager.findOneByOrFail(UserEntity, { id: userId })).deletionRequestedAt ?? at;
  }

  /**
   * Removes what identifies the person: profile, questions, notices, links and sessions.
   * Enrolments, progress and attendance stay, unnamed, so counts hold; issued certificates
   * stay as issued, so a holder's code still verifies.
   */
  async anonymise(viewer: Viewer, source: AuditSource, userId: string): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager: EntityManager) => {
      const user = await manager.findOneBy(UserEntity, { id: userId });
      if (!user) throw notFound(`User "${userId}"`);
      assertInScope(viewer, user);
      if (user.anonymisedAt) return user;
      Object.assign(user, {
        name: 'Anonymised user',
        email: `anonymised-${randomUUID()}@invalid.example`,
        post: null,
        passwordHash: `!${randomUUID()}`,
        timeZone: null,
        calendarToken: null,
        focalPointCountry: null,
        deactivatedAt: user.deactivatedAt ?? new Date(),
        anonymisedAt: new Date(),
        tokenVersion: user.tokenVersion + 1,
      });
      await manager.save(user);
      const questions = await manager.find(WebinarQuestionEntity, { where: { userId }, select: { id: true } });
      for (const { id } of questions) await manager.delete(QuestionVoteEntity, { questionId: id });
      await manager.delete(WebinarQuestionEntity, { userId });
      await manager.delete(QuestionVoteEntity, { userId });
      await manager.delete(NotificationEntity, { userId });
      await manager.delete(PasswordResetEntity, { userId });
      await manager.delete(RsvpEntity, { userId });
      await this.audit.record(source, 'user.anonymise', userId, {}, manager);
      return user;
    });
  }
}
