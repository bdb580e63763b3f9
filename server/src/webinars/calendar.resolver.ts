import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Access, requireViewer } from '../common/access';
import type { RequestContext } from '../common/request-context';
import { CalendarService } from './calendar.service';

@Resolver()
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Mutation(() => String, { description: 'the viewer\'s personal calendar feed URL (a secret); rotate: true replaces it' })
  @Access.signedIn()
  calendarFeedUrl(@Context() ctx: RequestContext, @Args('rotate', { nullable: true }) rotate?: boolean) {
    return this.calendar.feedUrl(requireViewer(ctx), rotate ?? false);
  }
}
