import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { badInput, conflict, notFound } from '../common/app-error';
import { perRequest, RequestContext, Viewer } from '../common/request-context';
import { isStaff } from '../common/role';
import { ContentService } from '../content/content.service';
import { hydrate, rawQuery } from '../database/raw-query';
import { EnrollmentEntity } from '../progress/progress.entities';
import { CohortInput } from './dto/cohort.input';
import { CohortEntity } from './cohort.entity';
import { isLocalDate, isTimeZone, weekOpensAt } from './cohort-calendar';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export interface ViewerEnrollment {
  cohort: CohortEntity | undefined;
  completedAt: Date | null;
}

@Injectable()
export class CohortsService {
  constructor(
    private readonly content: ContentService,
    @InjectRepository(CohortEntity) private readonly cohorts: Repository<CohortEntity>,
  ) {}

  private requireCourse(courseSlug: string) {
    if (!this.content.course(courseSlug)) throw notFound(`Course "${courseSlug}"`);
  }

  async create(creator: Viewer, input: CohortInput): Promise<CohortEntity> {
    this.requireCourse(input.courseSlug);
    if (!isLocalDate(input.startsOn)) throw badInput(`startsOn: "${input.startsOn}" is not a calendar date`);
    if (!isTimeZone(input.timeZone)) throw badInput(`timeZone: "${input.timeZone}" is not an IANA time zone such as America/El_Salvador`);
    if (!input.name.trim()) throw badInput('name must not be blank');
    return this.cohorts.save(
      this.cohorts.create({ id: randomUUID(), courseSlug: input.courseSlug, name: input.name.trim(), startsOn: input.startsOn, timeZone: input.timeZone, selfPaced: false, createdById: creator.id }),
    );
  }

  list(courseSlug: string): Promise<CohortEntity[]> {
    this.requireCourse(courseSlug);
    return this.cohorts.find({ where: { courseSlug }, order: { selfPaced: 'DESC', startsOn: 'DESC' } });
  }

  findById(id: string): Promise<CohortEntity | null> {
    return this.cohorts.findOneBy({ id });
  }

  /** The course's default cohort, made on first use. */
  async selfPaced(courseSlug: string, manager: EntityManager = this.cohorts.manager): Promise<CohortEntity> {
    const id = `${courseSlug}:self-paced`;
    await manager
      .createQueryBuilder()
      .insert()
      .into(CohortEntity)
      .values({ id, courseSlug, name: 'Self-paced', startsOn: '2000-01-01', timeZone: 'UTC', selfPaced: true, createdById: null })
      .orIgnore()
      .execute();
    return manager.findOneByOrFail(CohortEntity, { id });
  }

  /**
   * The cohort a new trainee joins: the one named, else the earliest scheduled cohort
   * still in its first week or yet to start, else the self-paced default.
   */
  async cohortToJoin(courseSlug: string, cohortId: string | undefined, manager: EntityManager, now = new Date()): Promise<CohortEntity> {
    if (cohortId) {
      const cohort = await manager.findOneBy(CohortEntity, { id: cohortId });
      if (!cohort || cohort.courseSlug !== courseSlug) throw notFound(`Cohort "${cohortId}" of course "${courseSlug}"`);
      return cohort;
    }
    const scheduled = await manager.find(CohortEntity, { where: { courseSlug, selfPaced: false }, order: { startsOn: 'ASC' } });
    const open = scheduled.find((cohort) => weekOpensAt(cohort.startsOn, cohort.timeZone, 1).getTime() > now.getTime() - WEEK_MS);
    return open ?? this.selfPaced(courseSlug, manager);
  }

  /** When a week opens for a cohort; null where it is always open. */
  opensAt(cohort: CohortEntity | null | undefined, week: number): Date | null {
    if (!cohort || cohort.selfPaced) return null;
    return weekOpensAt(cohort.startsOn, cohort.timeZone, week);
  }

  /** The viewer's cohort in a course (undefined when not enrolled), read once per request. */
  async viewerCohort(ctx: RequestContext, courseSlug: string): Promise<CohortEntity | undefined> {
    return (await this.viewerEnrollments(ctx)).get(courseSlug)?.cohort;
  }

  /** The viewer's enrolment in a course (undefined when not enrolled), read with the cohort. */
  async viewerEnrollment(ctx: RequestContext, courseSlug: string): Promise<ViewerEnrollment | undefined> {
    return (await this.viewerEnrollments(ctx)).get(courseSlug);
  }

  /** The viewer's enrolments with their cohorts, in one statement per request, as the outline asks for both. */
  private viewerEnrollments(ctx: RequestContext): Promise<Map<string, ViewerEnrollment>> {
    const viewer = ctx.viewer;
    if (!viewer) return Promise.resolve(new Map());
    return perRequest(ctx, 'viewer-enrollments', async () => {
      const manager = this.cohorts.manager;
      const rows = await rawQuery<Record<string, unknown>>(
        manager,
        `SELECT c.*, e."courseSlug" AS "enrollmentCourseSlug", e."completedAt" AS "enrollmentCompletedAt"
         FROM "enrollment" e LEFT JOIN "cohort" c ON c."id" = e."cohortId" WHERE e."userId" = :userId`,
        { userId: viewer.id },
      );
      return new Map(
        rows.map((row) => [
          row.enrollmentCourseSlug as string,
          {
            cohort: row.id == null ? undefined : hydrate(manager, CohortEntity, row),
            completedAt: hydrate(manager, EnrollmentEntity, { completedAt: row.enrollmentCompletedAt }).completedAt,
          },
        ]),
      );
    });
  }

  /** For lesson and quiz reads: a trainee's closed week is refused; staff and visitors see everything. */
  async assertOpenForViewer(ctx: RequestContext, courseSlug: string, week: number) {
    if (!ctx.viewer || isStaff(ctx.viewer.role)) return;
    this.assertOpen(await this.viewerCohort(ctx, courseSlug), week);
  }

  /** Refuses work in a week that has not opened for the cohort. */
  assertOpen(cohort: CohortEntity | null | undefined, week: number, now = new Date()) {
    const opensAt = this.opensAt(cohort, week);
    if (opensAt && opensAt.getTime() > now.getTime()) {
      throw conflict(`Week ${week} opens on ${opensAt.toISOString()} for the cohort "${cohort!.name}"`);
    }
  }
}
