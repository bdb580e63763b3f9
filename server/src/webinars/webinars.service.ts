import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { badInput, notFound } from '../common/app-error';
import { perRequest, RequestContext, Viewer } from '../common/request-context';
import { isStaff } from '../common/role';
import { EnrollmentEntity } from '../progress/progress.entities';
import { ProgressService } from '../progress/progress.service';
import { WebinarInput } from './dto/webinar.input';
import { AttendanceEntity, WebinarEntity } from './webinar.entities';

@Injectable()
export class WebinarsService {
  constructor(
    private readonly progress: ProgressService,
    @InjectRepository(WebinarEntity) private readonly webinars: Repository<WebinarEntity>,
  ) {}

  async schedule(organiser: Viewer, input: WebinarInput): Promise<WebinarEntity> {
    const course = this.progress.requireCourse(input.courseSlug);
    if (!course.weeks.some((week) => week.number === input.week)) throw badInput(`week: course "${course.slug}" has no week ${input.week}`);
    return this.webinars.save(
      this.webinars.create({ ...input, title: input.title.trim(), description: input.description?.trim() || null, recordingUrl: null, createdById: organiser.id }),
    );
  }

  list(courseSlug: string): Promise<WebinarEntity[]> {
    this.progress.requireCourse(courseSlug);
    return this.webinars.find({ where: { courseSlug }, order: { startsAt: 'ASC' } });
  }

  /** All webinars of a course, read once per request for however many weeks ask. */
  forCourse(ctx: RequestContext, courseSlug: string): Promise<WebinarEntity[]> {
    return perRequest(ctx, `webinars:${courseSlug}`, () => this.webinars.find({ where: { courseSlug }, order: { startsAt: 'ASC' } }));
  }

  /** Join links go to staff and to learners enrolled in the webinar's course. */
  async canJoin(ctx: RequestContext, courseSlug: string): Promise<boolean> {
    const viewer = ctx.viewer;
    if (!viewer) return false;
    if (isStaff(viewer.role)) return true;
    const enrolled = await perRequest(ctx, 'enrolled-courses', async () =>
      (await this.webinars.manager.find(EnrollmentEntity, { where: { userId: viewer.id }, select: { courseSlug: true } })).map((e) => e.courseSlug),
    );
    return enrolled.includes(courseSlug);
  }

  /** Records or removes a trainee's attendance; recording it may complete the course. */
  async recordAttendance(recorder: Viewer, webinarId: string, userId: string, attended: boolean): Promise<boolean> {
    const webinar = await this.webinars.findOneBy({ id: webinarId });
    if (!webinar) throw notFound(`Webinar "${webinarId}"`);
    const course = this.progress.requireCourse(webinar.courseSlug);
    await this.webinars.manager.transaction(async (manager) => {
      const enrollment = await manager.findOneBy(EnrollmentEntity, { userId, courseSlug: webinar.courseSlug });
      if (!enrollment) throw notFound(`Trainee "${userId}" enrolled in this course`);
      if (!attended) {
        await manager.delete(AttendanceEntity, { webinarId, userId });
        return;
      }
      await manager.createQueryBuilder().insert().into(AttendanceEntity).values({ webinarId, userId, recordedById: recorder.id }).orIgnore().execute();
      await this.progress.recordCompletion(manager, userId, course);
    });
    return attended;
  }
}
