import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { randomBytes } from 'node:crypto';
import { In, Repository } from 'typeorm';
import { Viewer } from '../common/request-context';
import { isStaff } from '../common/role';
import { APP_CONFIG, AppConfig } from '../config/config';
import { EnrollmentEntity } from '../progress/progress.entities';
import { UserEntity } from '../users/user.entity';
import { WebinarEntity } from './webinar.entities';
import { WebinarsService } from './webinars.service';

/** Webinars as iCalendar: times in UTC, a stable UID per webinar, SEQUENCE and STATUS carrying changes. */
@Injectable()
export class CalendarService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly webinars: WebinarsService,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  render(webinars: WebinarEntity[], showJoinLinks: boolean, name = 'Consular Campus'): string {
    const calendar = ical({ name, prodId: { company: 'Consular Campus', product: 'Webinars', language: 'EN' }, method: ICalCalendarMethod.PUBLISH, ttl: 3600 });
    for (const webinar of webinars) {
      const page = `${this.config.publicUrl}/courses/${webinar.courseSlug}`;
      calendar.createEvent({
        id: `${webinar.id}@consular-campus`,
        start: webinar.startsAt,
        end: new Date(webinar.startsAt.getTime() + webinar.durationMinutes * 60_000),
        summary: webinar.title,
        description: [webinar.description, showJoinLinks ? webinar.joinUrl : null, page].filter(Boolean).join('\n\n'),
        location: showJoinLinks ? webinar.joinUrl : undefined,
        url: page,
        sequence: webinar.sequence,
        status: webinar.cancelledAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        stamp: new Date(),
      });
    }
    return calendar.toString();
  }

  /** One webinar's entry for a participant; undefined when the viewer may not see it. */
  async webinarFile(viewer: Viewer | undefined, webinarId: string): Promise<string | undefined> {
    const webinar = await this.webinars.find(webinarId);
    if (!webinar || !(await this.webinars.isParticipant(viewer, webinar.courseSlug))) return undefined;
    return this.render([webinar], true, webinar.title);
  }

  /** The personal feed: every webinar of the courses the owner of the token is enrolled in (all, for staff). */
  async feed(token: string): Promise<string | undefined> {
    if (!/^[A-Za-z0-9_-]{20,}$/.test(token)) return undefined;
    const user = await this.users.findOneBy({ calendarToken: token });
    if (!user) return undefined;
    const courses = isStaff(user.role)
      ? undefined
      : (await this.users.manager.find(EnrollmentEntity, { where: { userId: user.id }, select: { courseSlug: true } })).map((e) => e.courseSlug);
    const webinars = await this.users.manager.find(WebinarEntity, { where: courses ? { courseSlug: In(courses) } : {}, order: { startsAt: 'ASC' } });
    return this.render(webinars, true);
  }

  /** The viewer's feed URL; rotate: a new secret, so the old URL stops working. */
  async feedUrl(viewer: Viewer, rotate: boolean): Promise<string> {
    const user = await this.users.findOneByOrFail({ id: viewer.id });
    if (!user.calendarToken || rotate) {
      user.calendarToken = randomBytes(24).toString('base64url');
      await this.users.save(user);
    }
    return `${this.config.publicUrl}/calendar/${user.calendarToken}.ics`;
  }
}
