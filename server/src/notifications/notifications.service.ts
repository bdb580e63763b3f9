import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { And, In, IsNull, LessThanOrEqual, MoreThan, Repository } from 'typeorm';
import { CohortEntity } from '../cohorts/cohort.entity';
import { CohortsService } from '../cohorts/cohorts.service';
import { APP_CONFIG, AppConfig } from '../config/config';
import { ContentService } from '../content/content.service';
import { EnrollmentEntity } from '../progress/progress.entities';
import { UserEntity } from '../users/user.entity';
import { WebinarEntity } from '../webinars/webinar.entities';
import { MailService } from './mail.service';
import { noticeText } from './notice-texts';
import { NotificationEntity, NotificationKind } from './notification.entity';

const DAY_MS = 24 * 60 * 60 * 1000;

export const webinarNoticeData = (webinar: WebinarEntity) => ({ webinarId: webinar.id, title: webinar.title, week: webinar.week, startsAt: webinar.startsAt.toISOString().slice(0, 16).replace('T', ' ') });

@Injectable()
export class NotificationsService implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly content: ContentService,
    private readonly cohorts: CohortsService,
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
  ) {}

  onApplicationBootstrap() {
    if (this.config.reminderIntervalSeconds > 0) {
      this.timer = setInterval(() => void this.runDueReminders(), this.config.reminderIntervalSeconds * 1000);
      this.timer.unref();
    }
  }

  onModuleDestroy() {
    clearInterval(this.timer);
  }

  /** Notifies each user once per key, in the app and, when SMTP is set up, by e-mail. */
  async notify(userIds: string[], kind: NotificationKind, key: string, data: NotificationEntity['data']): Promise<number> {
    if (userIds.length === 0) return 0;
    const already = new Set((await this.notifications.find({ where: { key, userId: In(userIds) }, select: { userId: true } })).map((n) => n.userId));
    const fresh = [...new Set(userIds)].filter((id) => !already.has(id));
    if (fresh.length === 0) return 0;
    const createdAt = new Date();
    await this.notifications
      .createQueryBuilder()
      .insert()
      .values(fresh.map((userId) => ({ userId, kind, key, data, createdAt, readAt: null })))
      .orIgnore()
      .updateEntity(false)
      .execute();
    if (this.mail.enabled) {
      const users = await this.notifications.manager.find(UserEntity, { where: { id: In(fresh) }, select: { email: true, locale: true } });
      await this.mail.send(users.map((user) => ({ to: user.email, ...noticeText(kind, data, user.locale) })));
    }
    return fresh.length;
  }

  async notifyCourse(courseSlug: string, kind: NotificationKind, key: string, data: NotificationEntity['data']) {
    const enrolled = await this.notifications.manager.find(EnrollmentEntity, { where: { courseSlug }, select: { userId: true } });
    return this.notify(
      enrolled.map((e) => e.userId),
      kind,
      key,
      data,
    );
  }

  list(userId: string): Promise<NotificationEntity[]> {
    return this.notifications.find({ where: { userId }, order: { createdAt: 'DESC' }, take: 50 });
  }

  async markRead(userId: string): Promise<number> {
    const result = await this.notifications.update({ userId, readAt: IsNull() }, { readAt: new Date() });
    return result.affected ?? 0;
  }

  /** Webinars starting within a day, and cohort weeks opened within the last day; each notice goes out once. */
  async runDueReminders(now = new Date()): Promise<number> {
    let sent = 0;
    const soon = await this.notifications.manager.find(WebinarEntity, {
      where: { cancelledAt: IsNull(), startsAt: And(MoreThan(now), LessThanOrEqual(new Date(now.getTime() + DAY_MS))) },
    });
    for (const webinar of soon) sent += await this.notifyCourse(webinar.courseSlug, 'WEBINAR_SOON', `webinar-soon:${webinar.id}:${webinar.sequence}`, webinarNoticeData(webinar));
    const cohorts = await this.notifications.manager.find(CohortEntity, { where: { selfPaced: false } });
    for (const cohort of cohorts) {
      const weeks = this.content.course(cohort.courseSlug)?.weeks ?? [];
      for (const week of weeks) {
        const opensAt = this.cohorts.opensAt(cohort, week.number)!;
        if (opensAt > now || opensAt.getTime() <= now.getTime() - DAY_MS) continue;
        const members = await this.notifications.manager.find(EnrollmentEntity, { where: { cohortId: cohort.id }, select: { userId: true } });
        sent += await this.notify(
          members.map((m) => m.userId),
          'WEEK_OPEN',
          `week-open:${cohort.id}:${week.number}`,
          { week: week.number, courseSlug: cohort.courseSlug },
        );
      }
    }
    return sent;
  }
}
