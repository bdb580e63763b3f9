import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Access, requireViewer } from '../common/access';
import type { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { CompletionDashboard, CompletionReport } from './models/completion-report.model';
import { ReportsService } from './reports.service';

@Resolver(() => CompletionReport)
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Query(() => CompletionReport, { description: 'ADMIN; INSTRUCTOR may read it too; a focal point sees only their country' })
  @Access.roles(Role.ADMIN, Role.INSTRUCTOR)
  completionReport(
    @Args('courseSlug') courseSlug: string,
    @Context() ctx: RequestContext,
    @Args('country', { type: () => String, nullable: true }) country?: string,
    @Args('cohortId', { type: () => ID, nullable: true }) cohortId?: string,
    @Args('offset', { type: () => Int, nullable: true }) offset?: number,
    @Args('limit', { type: () => Int, nullable: true, description: 'rows at most (default 1000, at most 5000); totals always cover everyone' }) limit?: number,
  ) {
    return this.reports.report(requireViewer(ctx), { courseSlug, country: country ?? undefined, cohortId: cohortId ?? undefined }, Math.max(offset ?? 0, 0), Math.min(Math.max(limit ?? 1000, 1), 5000));
  }

  @Query(() => CompletionDashboard, { description: 'ADMIN or INSTRUCTOR: completion by country and week, certificates, upcoming webinars' })
  @Access.roles(Role.ADMIN, Role.INSTRUCTOR)
  completionDashboard(@Args('courseSlug') courseSlug: string, @Context() ctx: RequestContext, @Args('country', { type: () => String, nullable: true }) country?: string) {
    return this.reports.dashboard(requireViewer(ctx), { courseSlug, country: country ?? undefined });
  }
}
