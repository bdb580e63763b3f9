import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { rawQuery } from '../database/raw-query';
import { forbidden, notFound } from '../common/app-error';
import { Locale } from '../common/locale';
import type { Viewer } from '../common/request-context';
import { Role } from '../common/role';
import { scopedCountry } from '../common/scope';
import { ContentService } from '../content/content.service';
import type { CourseDefinition } from '../content/content.types';
import { CertificateEntity } from '../certificates/certificate.entity';
import { WebinarEntity } from '../webinars/webinar.entities';
import { IsNull, MoreThan } from 'typeorm';
import { CompletionDashboard, CompletionReport, CountryCompletion, WeekStop } from './models/completion-report.model';

export interface ReportFilter {
  courseSlug: string;
  country?: string;
  cohortId?: string;
}

export interface ReportRow {
  id: string;
  name: string;
  email: string;
  country: string;
  post: string | null;
  role: Role;
  locale: Locale;
  cohortName: string | null;
  cohortSelfPaced: boolean;
  enrolledAt: Date;
  completedAt: Date | null;
  certificateCode: string | null;
  percent: number;
}

interface RawRow {
  id: string;
  name: string;
  email: string;
  country: string;
  post: string | null;
  role: Role;
  locale: Locale;
  cohortName: string | null;
  cohortSelfPaced: boolean | number | null;
  enrolledAt: string | Date;
  completedAt: string | Date | null;
  certificateCode: string | null;
  done: string | number;
}

/** Rows a page: small, so an export of any size holds little at once. */
const PAGE = 500;

/**
 * Completion across learners in one SQL statement: the enrolments joined with per-learner
 * counts of completed lessons, passed quizzes and attended webinar weeks.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly content: ContentService,
    private readonly dataSource: DataSource,
  ) {}

  /** The course, and the filter as the viewer may see it: focal points are held to their country. */
  scope(viewer: Viewer, filter: ReportFilter): { course: CourseDefinition; filter: ReportFilter } {
    const course = this.content.course(filter.courseSlug);
    if (!course) throw notFound(`Course "${filter.courseSlug}"`);
    if (viewer.role !== Role.ADMIN && viewer.role !== Role.INSTRUCTOR) throw forbidden();
    return { course, filter: { ...filter, country: scopedCountry(viewer, filter.country) } };
  }

  private get postgres() {
    return this.dataSource.options.type === 'postgres';
  }

  private toDate(value: string | Date | null): Date | null {
    if (value === null) return null;
    if (value instanceof Date) return value;
    return new Date(this.postgres ? value : `${value.replace(' ', 'T')}Z`);
  }

  /**
   * One page of rows after the given (name, id), ordered by name then id: the page's
   * learners first, then their counts from the indexes, so each page costs the same
   * however many learners there are.
   */
  async page(course: CourseDefinition, filter: ReportFilter, after?: { name: string; id: string }, limit = PAGE, offset = 0): Promise<ReportRow[]> {
    const webinarWeeks = course.weeks.filter((w) => w.isWebinarWeek).map((w) => w.number);
    const total = course.weeks.reduce((n, w) => n + w.lessons.length + w.quizzes.length + (w.isWebinarWeek ? 1 : 0), 0);
    const where = ['e."courseSlug" = :slug'];
    if (filter.country) where.push('u."country" = :country');
    if (filter.cohortId) where.push('e."cohortId" = :cohortId');
    if (after) where.push('(u."name" > :afterName OR (u."name" = :afterName AND u."id" > :afterId))');
    const attendance = webinarWeeks.length
      ? `+ (SELECT COUNT(DISTINCT w."week") FROM "attendance" at JOIN "webinar" w ON w."id" = at."webinarId"
           WHERE at."userId" = p."userId" AND w."courseSlug" = :slug AND w."week" IN (:...weeks))`
      : '';
    const sql = `WITH p AS (
        SELECT e."userId", e."cohortId", e."enrolledAt", e."completedAt", u."name"
        FROM "enrollment" e JOIN "user" u ON u."id" = e."userId"
        WHERE ${where.join(' AND ')}
        ORDER BY u."name", u."id"
        LIMIT :limit OFFSET :offset
      )
      SELECT u."id", u."name", u."email", u."country", u."post", u."role", u."locale", co."name" AS "cohortName", co."selfPaced" AS "cohortSelfPaced",
        p."enrolledAt", p."completedAt", c."code" AS "certificateCode",
        (SELECT COUNT(*) FROM "lesson_completion" lc JOIN "lesson" l ON l."id" = lc."lessonId"
           WHERE lc."userId" = p."userId" AND l."courseSlug" = :slug AND l."retired" = :no)
        + (SELECT COUNT(DISTINCT a."quizId") FROM "quiz_attempt" a JOIN "quiz" q ON q."id" = a."quizId"
           WHERE a."userId" = p."userId" AND q."courseSlug" = :slug AND q."retired" = :no AND a."passed" = :yes)
        ${attendance} AS done
      FROM p
      JOIN "user" u ON u."id" = p."userId"
      LEFT JOIN "cohort" co ON co."id" = p."cohortId"
      LEFT JOIN "certificate" c ON c."userId" = p."userId" AND c."courseSlug" = :slug AND c."revokedAt" IS NULL
      ORDER BY u."name", u."id"`;
    const rows = await rawQuery<RawRow>(this.dataSource.manager, sql, {
      slug: course.slug,
      no: false,
      yes: true,
      weeks: webinarWeeks,
      country: filter.country,
      cohortId: filter.cohortId,
      afterName: after?.name,
      afterId: after?.id,
      limit,
      offset,
    });
    return rows.map((row) => ({
      ...row,
      enrolledAt: this.toDate(row.enrolledAt)!,
      completedAt: this.toDate(row.completedAt),
      cohortSelfPaced: Boolean(row.cohortSelfPaced),
      percent: total === 0 ? 100 : Math.round((Number(row.done) / total) * 1000) / 10,
    }));
  }

  /** Every row, a page at a time, so a report of any size streams in flat memory. */
  async *allRows(course: CourseDefinition, filter: ReportFilter): AsyncGenerator<ReportRow> {
    let after: { name: string; id: string } | undefined;
    for (;;) {
      const rows = await this.page(course, filter, after);
      yield* rows;
      if (rows.length < PAGE) return;
      after = { name: rows.at(-1)!.name, id: rows.at(-1)!.id };
    }
  }

  async byCountry(course: CourseDefinition, filter: ReportFilter): Promise<CountryCompletion[]> {
    const query = this.dataSource
      .createQueryBuilder()
      .select('u.country', 'country')
      .addSelect('COUNT(*)', 'enrolled')
      .addSelect('COUNT(e.completedAt)', 'completed')
      .from('enrollment', 'e')
      .innerJoin('user', 'u', 'u.id = e.userId')
      .where('e.courseSlug = :slug', { slug: course.slug })
      .groupBy('u.country')
      .orderBy('u.country');
    if (filter.country) query.andWhere('u.country = :country', { country: filter.country });
    if (filter.cohortId) query.andWhere('e.cohortId = :cohortId', { cohortId: filter.cohortId });
    const rows = await query.getRawMany<{ country: string; enrolled: string | number; completed: string | number }>();
    return rows.map((row) => ({ country: row.country, enrolled: Number(row.enrolled), completed: Number(row.completed) }));
  }

  async report(viewer: Viewer, input: ReportFilter, offset: number, limit: number): Promise<CompletionReport> {
    const { course, filter } = this.scope(viewer, input);
    const [byCountry, rows] = await Promise.all([this.byCountry(course, filter), this.page(course, filter, undefined, limit, offset)]);
    return {
      courseSlug: course.slug,
      enrolled: byCountry.reduce((n, c) => n + c.enrolled, 0),
      completed: byCountry.reduce((n, c) => n + c.completed, 0),
      byCountry,
      rows: rows.map((row) => ({
        user: { id: row.id, name: row.name, email: row.email, country: row.country, post: row.post, role: row.role, locale: row.locale } as CompletionReport['rows'][number]['user'],
        percent: row.percent,
        completedAt: row.completedAt,
        certificateCode: row.certificateCode,
        cohortName: row.cohortName,
        cohortSelfPaced: row.cohortSelfPaced,
      })),
    };
  }

  /** Completion by country and by week (where learners stop), certificates, and upcoming webinars. */
  async dashboard(viewer: Viewer, input: ReportFilter): Promise<CompletionDashboard> {
    const { course, filter } = this.scope(viewer, input);
    const byCountry = await this.byCountry(course, filter);
    const byWeek = await this.weekStops(course, filter);
    const certificates = this.dataSource.getRepository(CertificateEntity).createQueryBuilder('c').innerJoin('user', 'u', 'u.id = c.userId').where('c.courseSlug = :slug', { slug: course.slug });
    if (filter.country) certificates.andWhere('u.country = :country', { country: filter.country });
    const [issued, revoked, upcomingWebinars] = await Promise.all([
      certificates.clone().getCount(),
      certificates.clone().andWhere('c.revokedAt IS NOT NULL').getCount(),
      this.dataSource.getRepository(WebinarEntity).find({ where: { courseSlug: course.slug, cancelledAt: IsNull(), startsAt: MoreThan(new Date()) }, order: { startsAt: 'ASC' }, take: 5 }),
    ]);
    return { courseSlug: course.slug, byCountry, byWeek, certificatesIssued: issued, certificatesRevoked: revoked, upcomingWebinars };
  }

  /** Per learner and week, what is done, counted in SQL; then, per week, who completed it and who stopped there. */
  private async weekStops(course: CourseDefinition, filter: ReportFilter): Promise<WeekStop[]> {
    const params: Record<string, unknown> = { slug: course.slug, country: filter.country, cohortId: filter.cohortId };
    const learners = this.dataSource
      .createQueryBuilder()
      .select('e.userId', 'userId')
      .from('enrollment', 'e')
      .innerJoin('user', 'u', 'u.id = e.userId')
      .where('e.courseSlug = :slug')
      .andWhere(filter.country ? 'u.country = :country' : '1=1')
      .andWhere(filter.cohortId ? 'e.cohortId = :cohortId' : '1=1');
    const [ids, lessons, quizzes, attended] = await Promise.all([
      learners.clone().setParameters(params).getRawMany<{ userId: string }>(),
      this.dataSource
        .createQueryBuilder()
        .select('lc.userId', 'userId')
        .addSelect('l.weekNumber', 'week')
        .addSelect('COUNT(*)', 'done')
        .from('lesson_completion', 'lc')
        .innerJoin('lesson', 'l', 'l.id = lc.lessonId AND l.courseSlug = :slug AND l.retired = :no')
        .groupBy('lc.userId')
        .addGroupBy('l.weekNumber')
        .setParameters({ slug: course.slug, no: false })
        .getRawMany<{ userId: string; week: number; done: number }>(),
      this.dataSource
        .createQueryBuilder()
        .select('a.userId', 'userId')
        .addSelect('q.weekNumber', 'week')
        .addSelect('COUNT(DISTINCT a.quizId)', 'done')
        .from('quiz_attempt', 'a')
        .innerJoin('quiz', 'q', 'q.id = a.quizId AND q.courseSlug = :slug AND q.retired = :no')
        .where('a.passed = :yes')
        .groupBy('a.userId')
        .addGroupBy('q.weekNumber')
        .setParameters({ slug: course.slug, no: false, yes: true })
        .getRawMany<{ userId: string; week: number; done: number }>(),
      this.dataSource
        .createQueryBuilder()
        .select('at.userId', 'userId')
        .addSelect('w.week', 'week')
        .from('attendance', 'at')
        .innerJoin('webinar', 'w', 'w.id = at.webinarId AND w.courseSlug = :slug')
        .groupBy('at.userId')
        .addGroupBy('w.week')
        .setParameters({ slug: course.slug })
        .getRawMany<{ userId: string; week: number }>(),
    ]);
    const done = new Map<string, number>();
    const add = (userId: string, week: number, n: number) => done.set(`${userId}#${week}`, (done.get(`${userId}#${week}`) ?? 0) + n);
    for (const row of lessons) add(row.userId, Number(row.week), Number(row.done));
    for (const row of quizzes) add(row.userId, Number(row.week), Number(row.done));
    for (const row of attended) if (course.weeks.find((w) => w.number === Number(row.week))?.isWebinarWeek) add(row.userId, Number(row.week), 1);
    const stops = course.weeks.map((week) => ({ week: week.number, completed: 0, stoppedHere: 0 }));
    for (const { userId } of ids) {
      let stopped = false;
      course.weeks.forEach((week, index) => {
        const needed = week.lessons.length + week.quizzes.length + (week.isWebinarWeek ? 1 : 0);
        if ((done.get(`${userId}#${week.number}`) ?? 0) >= needed) stops[index].completed++;
        else if (!stopped) {
          stops[index].stoppedHere++;
          stopped = true;
        }
      });
    }
    return stops;
  }
}
