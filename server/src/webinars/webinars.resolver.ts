import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, requireViewer } from '../common/access';
import type { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { Week } from '../courses/models/course.model';
import { WebinarInput } from './dto/webinar.input';
import { Webinar } from './models/webinar.model';
import { WebinarsService } from './webinars.service';

@Resolver(() => Webinar)
export class WebinarsResolver {
  constructor(private readonly service: WebinarsService) {}

  @Query(() => [Webinar])
  @Access.public()
  webinars(@Args('courseSlug') courseSlug: string) {
    return this.service.list(courseSlug);
  }

  @Mutation(() => Webinar, { description: 'INSTRUCTOR or ADMIN' })
  @Access.roles(Role.INSTRUCTOR, Role.ADMIN)
  scheduleWebinar(@Args('input') input: WebinarInput, @Context() ctx: RequestContext) {
    return this.service.schedule(requireViewer(ctx), input);
  }

  @Mutation(() => Boolean, { description: 'INSTRUCTOR or ADMIN' })
  @Access.roles(Role.INSTRUCTOR, Role.ADMIN)
  recordAttendance(
    @Args('webinarId', { type: () => ID }) webinarId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('attended') attended: boolean,
    @Context() ctx: RequestContext,
  ) {
    return this.service.recordAttendance(requireViewer(ctx), webinarId, userId, attended);
  }

  @ResolveField(() => String, { nullable: true, description: 'visible to enrolled users and staff only' })
  async joinUrl(@Parent() webinar: Webinar, @Context() ctx: RequestContext) {
    return (await this.service.canJoin(ctx, webinar.courseSlug)) ? webinar.joinUrl : null;
  }
}

@Resolver(() => Week)
export class WeekWebinarsResolver {
  constructor(private readonly service: WebinarsService) {}

  @ResolveField(() => [Webinar])
  async webinars(@Parent() week: Week, @Context() ctx: RequestContext) {
    return (await this.service.forCourse(ctx, week.courseSlug)).filter((webinar) => webinar.week === week.number);
  }
}
