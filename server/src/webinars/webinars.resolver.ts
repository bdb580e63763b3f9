import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { auditSource } from '../audit/audit.service';
import { Access, requireViewer } from '../common/access';
import type { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { Week } from '../courses/models/course.model';
import { WebinarInput, WebinarUpdateInput } from './dto/webinar.input';
import { AttendanceImportReport, RosterEntry, Webinar, WebinarQuestion } from './models/webinar.model';
import { WebinarEntity } from './webinar.entities';
import { WebinarsService } from './webinars.service';

const STAFF = [Role.INSTRUCTOR, Role.ADMIN];
const idArg = (name: string) => Args(name, { type: () => ID });

@Resolver(() => Webinar)
export class WebinarsResolver {
  constructor(private readonly service: WebinarsService) {}

  @Query(() => [Webinar])
  @Access.public()
  webinars(@Args('courseSlug') courseSlug: string) {
    return this.service.list(courseSlug);
  }

  @Query(() => Webinar, { nullable: true })
  @Access.public()
  webinar(@idArg('id') id: string) {
    return this.service.find(id);
  }

  @Mutation(() => Webinar, { description: 'INSTRUCTOR or ADMIN' })
  @Access.roles(...STAFF)
  scheduleWebinar(@Args('input') input: WebinarInput, @Context() ctx: RequestContext) {
    return this.service.schedule(requireViewer(ctx), input);
  }

  @Mutation(() => Webinar, { description: 'INSTRUCTOR or ADMIN: change any detail, add the recording link' })
  @Access.roles(...STAFF)
  updateWebinar(@idArg('id') id: string, @Args('input') input: WebinarUpdateInput, @Context() ctx: RequestContext) {
    return this.service.update(requireViewer(ctx), id, input);
  }

  @Mutation(() => Webinar, { description: 'INSTRUCTOR or ADMIN' })
  @Access.roles(...STAFF)
  cancelWebinar(@idArg('id') id: string) {
    return this.service.cancel(id);
  }

  @Mutation(() => Webinar, { description: 'enrolled trainees and staff: reserve or give up a seat' })
  @Access.signedIn()
  rsvpWebinar(@idArg('webinarId') webinarId: string, @Args('going') going: boolean, @Context() ctx: RequestContext) {
    return this.service.rsvp(requireViewer(ctx), webinarId, going);
  }

  @Mutation(() => WebinarQuestion, { description: 'enrolled trainees and staff, before the webinar starts; plain text' })
  @Access.signedIn()
  async askWebinarQuestion(@idArg('webinarId') webinarId: string, @Args('text') text: string, @Context() ctx: RequestContext) {
    const viewer = requireViewer(ctx);
    const question = await this.service.ask(viewer, webinarId, text);
    return { id: question.id, text: question.text, createdAt: question.createdAt, votes: 0, votedByMe: false, mine: true };
  }

  @Mutation(() => [WebinarQuestion], { description: 'adds or removes the viewer\'s vote; returns the webinar\'s questions, ranked' })
  @Access.signedIn()
  async voteWebinarQuestion(@idArg('questionId') questionId: string, @Args('up') up: boolean, @Context() ctx: RequestContext) {
    const viewer = requireViewer(ctx);
    const webinarId = await this.service.vote(viewer, questionId, up);
    return this.service.questions(viewer, await this.service.require(webinarId));
  }

  @Mutation(() => Boolean, { description: 'INSTRUCTOR or ADMIN' })
  @Access.roles(...STAFF)
  recordAttendance(
    @idArg('webinarId') webinarId: string,
    @idArg('userId') userId: string,
    @Args('attended') attended: boolean,
    @Context() ctx: RequestContext,
    @Args('viaRecording', { nullable: true, description: 'credit for watching the recording' }) viaRecording?: boolean,
  ) {
    return this.service.recordAttendance(requireViewer(ctx), auditSource(ctx), webinarId, userId, attended, viaRecording ?? false);
  }

  @Mutation(() => AttendanceImportReport, { description: 'INSTRUCTOR or ADMIN: attendance from CSV, one e-mail per row (first column)' })
  @Access.roles(...STAFF)
  recordAttendanceCsv(@idArg('webinarId') webinarId: string, @Args('csv') csv: string, @Context() ctx: RequestContext) {
    return this.service.importAttendance(requireViewer(ctx), auditSource(ctx), webinarId, csv);
  }

  @Query(() => [RosterEntry], { description: 'INSTRUCTOR or ADMIN: enrolled trainees with RSVP and attendance' })
  @Access.roles(...STAFF)
  webinarRoster(@idArg('webinarId') webinarId: string, @Context() ctx: RequestContext) {
    return this.service.roster(requireViewer(ctx), webinarId);
  }

  @ResolveField(() => String, { nullable: true, description: 'visible to enrolled users and staff only' })
  async joinUrl(@Parent() webinar: WebinarEntity, @Context() ctx: RequestContext) {
    return (await this.service.isParticipant(ctx.viewer, webinar.courseSlug, ctx)) ? webinar.joinUrl : null;
  }

  @ResolveField(() => Int)
  async seatsTaken(@Parent() webinar: WebinarEntity, @Context() ctx: RequestContext) {
    return (await this.service.seatsTaken(ctx, webinar.courseSlug, webinar.id)).taken;
  }

  @ResolveField(() => Boolean, { description: 'whether the viewer has reserved a seat' })
  async myRsvp(@Parent() webinar: WebinarEntity, @Context() ctx: RequestContext) {
    return (await this.service.seatsTaken(ctx, webinar.courseSlug, webinar.id)).mine;
  }

  @ResolveField(() => [WebinarQuestion], { description: 'questions asked ahead, most voted first; participants only' })
  questions(@Parent() webinar: WebinarEntity, @Context() ctx: RequestContext) {
    return this.service.questions(ctx.viewer, webinar);
  }

  @ResolveField(() => String)
  icsUrl(@Parent() webinar: WebinarEntity) {
    return `/webinars/${webinar.id}.ics`;
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
