import { Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, requireViewer } from '../common/access';
import type { RequestContext } from '../common/request-context';
import { Notification } from './models/notification.model';
import { noticeText } from './notice-texts';
import { NotificationsService } from './notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => [Notification], { description: 'the viewer\'s notices, newest first' })
  @Access.signedIn()
  async myNotifications(@Context() ctx: RequestContext): Promise<Notification[]> {
    const notices = await this.notifications.list(requireViewer(ctx).id);
    return notices.map((notice) => {
      const { subject, text } = noticeText(notice.kind, notice.data, ctx.locale);
      return { id: notice.id, kind: notice.kind, title: subject, body: text.split('\n')[0], webinarId: (notice.data.webinarId as string) ?? null, createdAt: notice.createdAt, readAt: notice.readAt };
    });
  }

  @Mutation(() => Int, { description: 'marks every notice read; returns how many were unread' })
  @Access.signedIn()
  markNotificationsRead(@Context() ctx: RequestContext) {
    return this.notifications.markRead(requireViewer(ctx).id);
  }
}
