import { Args, Context, Mutation, Query, ResolveField, Resolver, GraphQLISODateTime } from '@nestjs/graphql';
import { Access, requireViewer } from '../common/access';
import type { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { Week } from '../courses/models/course.model';
import { CohortsService } from './cohorts.service';
import { CohortInput } from './dto/cohort.input';
import { Cohort } from './models/cohort.model';

@Resolver(() => Cohort)
export class CohortsResolver {
  constructor(private readonly service: CohortsService) {}

  @Query(() => [Cohort], { description: 'INSTRUCTOR or ADMIN' })
  @Access.roles(Role.INSTRUCTOR, Role.ADMIN)
  cohorts(@Args('courseSlug') courseSlug: string) {
    return this.service.list(courseSlug);
  }

  @Mutation(() => Cohort, { description: 'INSTRUCTOR or ADMIN' })
  @Access.roles(Role.INSTRUCTOR, Role.ADMIN)
  createCohort(@Args('input') input: CohortInput, @Context() ctx: RequestContext) {
    return this.service.create(requireViewer(ctx), input);
  }
}

@Resolver(() => Week)
export class WeekOpeningResolver {
  constructor(private readonly cohorts: CohortsService) {}

  @ResolveField(() => GraphQLISODateTime, { nullable: true, description: 'when the week opens for the viewer\'s cohort; null where always open' })
  // graphql's own arguments, no parameter decorators: Nest calls it directly, without its pipes.
  async opensAt(week: Week, _args: unknown, ctx: RequestContext) {
    return this.cohorts.opensAt(await this.cohorts.viewerCohort(ctx, week.courseSlug), week.number);
  }
}
