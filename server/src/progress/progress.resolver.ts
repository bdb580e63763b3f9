import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, requireViewer } from '../common/access';
import type { RequestContext } from '../common/request-context';
import { Progress } from './models/progress.model';
import { CohortProgress } from './models/cohort-progress.model';
import { Role } from '../common/role';
import { ProgressService } from './progress.service';

@Resolver(() => Progress)
export class ProgressResolver {
  constructor(private readonly progress: ProgressService) {}

  @Query(() => Progress)
  @Access.signedIn()
  myProgress(@Args('courseSlug') courseSlug: string, @Context() ctx: RequestContext) {
    return this.progress.progress(requireViewer(ctx).id, courseSlug, ctx);
  }

  @Query(() => CohortProgress, { description: 'INSTRUCTOR or ADMIN: each trainee\'s progress by week, and who is behind' })
  @Access.roles(Role.INSTRUCTOR, Role.ADMIN)
  cohortProgress(@Args('cohortId', { type: () => ID }) cohortId: string, @Context() ctx: RequestContext) {
    return this.progress.cohortProgress(requireViewer(ctx), cohortId);
  }

  @Mutation(() => Progress)
  @Access.signedIn()
  enroll(
    @Args('courseSlug') courseSlug: string,
    @Context() ctx: RequestContext,
    @Args('cohortId', { type: () => ID, nullable: true, description: 'the cohort to join; by default the one open now' }) cohortId?: string,
  ) {
    return this.progress.enroll(requireViewer(ctx).id, courseSlug, cohortId ?? undefined);
  }

  @Mutation(() => Progress)
  @Access.signedIn()
  completeLesson(@Args('lessonId', { type: () => ID }) lessonId: string, @Context() ctx: RequestContext) {
    return this.progress.completeLesson(requireViewer(ctx).id, lessonId);
  }
}
