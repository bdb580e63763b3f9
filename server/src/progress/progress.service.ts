import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { CertificatesService } from '../certificates/certificates.service';
import { CohortEntity } from '../cohorts/cohort.entity';
import { CohortsService } from '../cohorts/cohorts.service';
import { forbidden, notFound } from '../common/app-error';
import type { Viewer } from '../common/request-context';
import { perRequest, RequestContext } from '../common/request-context';
import { ContentService } from '../content/content.service';
import type { CourseDefinition } from '../content/content.types';
import { Progress } from './models/progress.model';
import { CohortProgress } from './models/cohort-progress.model';
import { UserEntity } from '../users/user.entity';
import { rawQuery } from '../database/raw-query';
import { EnrollmentEntity, LessonCompletionEntity } from './progress.entities';

export interface QuizStanding {
  attemptsUsed: number;
  bestScorePercent: number | null;
  passed: boolean;
}

/** What one learner has done: lessons completed and, per quiz, submitted attempts and best score. */
export interface LearnerState {
  completedLessons: Set<string>;
  quizzes: Map<string, QuizStanding>;
  /** Weeks with recorded webinar attendance, as weekKey(courseSlug, week). */
  attendedWeeks: Set<string>;
}

export const weekKey = (courseSlug: string, week: number) => `${courseSlug}#${week}`;

const NO_QUIZ: QuizStanding = { attemptsUsed: 0, bestScorePercent: null, passed: false };

@Injectable()
export class ProgressService {
  constructor(
    private readonly content: ContentService,
    private readonly certificates: CertificatesService,
    private readonly cohorts: CohortsService,
    @InjectRepository(EnrollmentEntity) private readonly enrollments: Repository<EnrollmentEntity>,
  ) {}

  requireCourse(slug: string): CourseDefinition {
    const course = this.content.course(slug);
    if (!course) throw notFound(`Course "${slug}"`);
    return course;
  }

  /** Enrols the learner in the cohort named, or the one open now; enrolling again changes nothing. */
  async enroll(userId: string, courseSlug: string, cohortId?: string): Promise<Progress> {
    this.requireCourse(courseSlug);
    await this.enrollments.manager.transaction(async (manager) => {
      if (await manager.findOneBy(EnrollmentEntity, { userId, courseSlug })) return;
      const cohort = await this.cohorts.cohortToJoin(courseSlug, cohortId, manager);
      await manager.createQueryBuilder().insert().into(EnrollmentEntity).values({ userId, courseSlug, cohortId: cohort.id }).orIgnore().execute();
    });
    return this.progress(userId, courseSlug);
  }

  async requireEnrollment(userId: string, courseSlug: string, manager: EntityManager = this.enrollments.manager) {
    const enrollment = await manager.findOneBy(EnrollmentEntity, { userId, courseSlug });
    if (!enrollment) throw forbidden(`Enroll in the course "${courseSlug}" first`);
    return enrollment;
  }

  /** Enrolment in the course, with the week open for the learner's cohort. */
  async requireOpenWeek(userId: string, courseSlug: string, week: number, manager: EntityManager = this.enrollments.manager) {
    const enrollment = await this.requireEnrollment(userId, courseSlug, manager);
    this.cohorts.assertOpen(await manager.findOneBy(CohortEntity, { id: enrollment.cohortId }), week);
    return enrollment;
  }

  async completeLesson(userId: string, lessonId: string): Promise<Progress> {
    const place = this.content.lesson(lessonId);
    if (!place) throw notFound(`Lesson "${lessonId}"`);
    const slug = place.course.slug;
    await this.enrollments.manager.transaction(async (manager) => {
      await this.requireOpenWeek(userId, slug, place.week.number, manager);
      await manager.createQueryBuilder().insert().into(LessonCompletionEntity).values({ userId, lessonId }).orIgnore().execute();
      await this.recordCompletion(manager, userId, place.course);
    });
    return this.progress(userId, slug);
  }

  async learnerState(userId: string, manager: EntityManager = this.enrollments.manager): Promise<LearnerState> {
    return (await this.learnerStates([userId], manager)).get(userId)!;
  }

  /** Several learners' states in one query, whatever their number. */
  async learnerStates(userIds: string[], manager: EntityManager = this.enrollments.manager): Promise<Map<string, LearnerState>> {
    const states = new Map<string, LearnerState>(userIds.map((id) => [id, { completedLessons: new Set(), quizzes: new Map(), attendedWeeks: new Set() }]));
    if (userIds.length === 0) return states;
    // One statement for the three kinds of record: it runs on every request that shows progress.
    // The NULLs are typed for PostgreSQL, which matches a UNION's column types pair by pair
    // (and reads an untyped NULL under DISTINCT as text).
    const rows = await rawQuery<{ kind: 'L' | 'Q' | 'A'; userId: string; item: string; used: string | number | null; best: string | number | null; passed: string | number | null; week: string | number | null }>(
      manager,
      `SELECT 'L' AS "kind", "userId", "lessonId" AS "item", CAST(NULL AS INTEGER) AS "used", CAST(NULL AS REAL) AS "best", CAST(NULL AS INTEGER) AS "passed", CAST(NULL AS INTEGER) AS "week"
         FROM "lesson_completion" WHERE "userId" IN (:...userIds)
       UNION ALL
       SELECT 'Q', "userId", "quizId", COUNT(*), MAX("scorePercent"), MAX(CASE WHEN "passed" THEN 1 ELSE 0 END), CAST(NULL AS INTEGER)
         FROM "quiz_attempt" WHERE "userId" IN (:...userIds) AND "submittedAt" IS NOT NULL GROUP BY "userId", "quizId"
       UNION ALL
       SELECT DISTINCT 'A', at."userId", w."courseSlug", CAST(NULL AS INTEGER), CAST(NULL AS REAL), CAST(NULL AS INTEGER), w."week"
         FROM "attendance" at JOIN "webinar" w ON w."id" = at."webinarId" WHERE at."userId" IN (:...userIds)`,
      { userIds },
    );
    for (const row of rows) {
      const state = states.get(row.userId)!;
      if (row.kind === 'L') state.completedLessons.add(row.item);
      else if (row.kind === 'Q') state.quizzes.set(row.item, { attemptsUsed: Number(row.used), bestScorePercent: row.best === null ? null : Number(row.best), passed: Number(row.passed) === 1 });
      else state.attendedWeeks.add(weekKey(row.item, Number(row.week)));
    }
    return states;
  }

  /** The viewer's state, read once per request however many lessons and quizzes the query names. */
  viewerState(ctx: RequestContext): Promise<LearnerState | undefined> {
    const viewer = ctx.viewer;
    if (!viewer) return Promise.resolve(undefined);
    return perRequest(ctx, 'learner-state', () => this.learnerState(viewer.id));
  }

  quizStanding(state: LearnerState | undefined, quizId: string): QuizStanding {
    return state?.quizzes.get(quizId) ?? NO_QUIZ;
  }

  /** A learner's progress; with the request's context, the state the rest of the query reads is shared. */
  async progress(userId: string, courseSlug: string, ctx?: RequestContext): Promise<Progress> {
    const course = this.requireCourse(courseSlug);
    // the viewer's own progress: read with what the rest of the query reads, once per request
    const viewing = ctx?.viewer?.id === userId ? ctx : undefined;
    const [enrollment, learner] = await Promise.all([
      viewing ? this.cohorts.viewerEnrollment(viewing, courseSlug) : this.enrollments.findOneBy({ userId, courseSlug }),
      viewing ? this.viewerState(viewing) : this.learnerState(userId),
    ]);
    return { ...this.measure(course, learner!), enrolled: Boolean(enrollment), completedAt: enrollment?.completedAt ?? null };
  }

  /** Every trainee of a cohort with progress per week and the weeks they are behind on, in a constant number of queries. */
  async cohortProgress(viewer: Viewer, cohortId: string, now = new Date()): Promise<CohortProgress> {
    const cohort = await this.cohorts.findById(cohortId);
    if (!cohort) throw notFound(`Cohort "${cohortId}"`);
    const course = this.requireCourse(cohort.courseSlug);
    const query = this.enrollments.manager
      .createQueryBuilder(UserEntity, 'u')
      .innerJoin(EnrollmentEntity, 'e', 'e.userId = u.id AND e.cohortId = :cohortId', { cohortId })
      .orderBy('u.name', 'ASC');
    if (viewer.scopeCountry) query.where('u.country = :country', { country: viewer.scopeCountry });
    const users = await query.getMany();
    const states = await this.learnerStates(users.map((user) => user.id));
    const weekOver = (week: number) => {
      const opensAt = this.cohorts.opensAt(cohort, week);
      return opensAt !== null && opensAt.getTime() + 7 * 24 * 3600 * 1000 <= now.getTime();
    };
    return {
      cohort,
      trainees: users.map((user) => {
        const measured = this.measure(course, states.get(user.id)!);
        return { user, ...measured, weeksBehind: measured.weeks.filter((w) => !w.completed && weekOver(w.number)).map((w) => w.number) };
      }),
    };
  }

  /** The completion rule of the contract, in one place: every lesson, every quiz passed, attendance in each webinar week. */
  measure(course: CourseDefinition, state: LearnerState): Omit<Progress, 'enrolled' | 'completedAt'> {
    let done = 0;
    let total = 0;
    const weeks = course.weeks.map((week) => {
      const items = [
        ...week.lessons.map((lesson) => state.completedLessons.has(lesson.id)),
        ...week.quizzes.map((quiz) => this.quizStanding(state, quiz.id).passed),
        ...(week.isWebinarWeek ? [state.attendedWeeks.has(weekKey(course.slug, week.number))] : []),
      ];
      const weekDone = items.filter(Boolean).length;
      done += weekDone;
      total += items.length;
      return { number: week.number, percent: percentOf(weekDone, items.length), completed: weekDone === items.length };
    });
    return { courseSlug: course.slug, percent: percentOf(done, total), completed: total > 0 && done === total, weeks };
  }

  /**
   * Marks the enrollment completed the first time the rule is met, and issues the
   * certificate in the same transaction; later calls leave both alone.
   */
  async recordCompletion(manager: EntityManager, userId: string, course: CourseDefinition) {
    const { completed } = this.measure(course, await this.learnerState(userId, manager));
    if (!completed) return;
    const completedAt = new Date();
    const result = await manager
      .createQueryBuilder()
      .update(EnrollmentEntity)
      .set({ completedAt })
      .where('userId = :userId AND courseSlug = :slug AND completedAt IS NULL', { userId, slug: course.slug })
      .execute();
    if (result.affected) await this.certificates.issue(manager, userId, course.slug, completedAt);
  }
}

function percentOf(done: number, total: number): number {
  return total === 0 ? 100 : Math.round((done / total) * 1000) / 10;
}
