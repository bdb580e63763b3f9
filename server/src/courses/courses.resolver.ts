import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CohortsService } from '../cohorts/cohorts.service';
import { Access } from '../common/access';
import { Locale } from '../common/locale';
import type { RequestContext } from '../common/request-context';
import { ContentService } from '../content/content.service';
import { localizeCourse, localizeLesson } from '../content/localize';
import { ProgressService } from '../progress/progress.service';
import { Course, Lesson } from './models/course.model';

const localeArg = { name: 'locale', type: () => Locale, nullable: true, description: 'overrides the request\'s language' } as const;

@Resolver(() => Course)
export class CoursesResolver {
  constructor(private readonly content: ContentService) {}

  @Query(() => [Course])
  @Access.public()
  courses(@Context() ctx: RequestContext, @Args(localeArg) locale?: Locale) {
    return this.content.allCourses().map((course) => localizeCourse(course, locale ?? ctx.locale));
  }

  @Query(() => Course, { nullable: true })
  @Access.public()
  course(@Args('slug') slug: string, @Context() ctx: RequestContext, @Args(localeArg) locale?: Locale) {
    const course = this.content.course(slug);
    return course ? localizeCourse(course, locale ?? ctx.locale) : null;
  }
}

@Resolver(() => Lesson)
export class LessonsResolver {
  constructor(
    private readonly content: ContentService,
    private readonly progress: ProgressService,
    private readonly cohorts: CohortsService,
  ) {}

  @Query(() => Lesson, { nullable: true })
  @Access.public()
  async lesson(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext, @Args(localeArg) locale?: Locale) {
    const place = this.content.lesson(id);
    if (!place) return null;
    await this.cohorts.assertOpenForViewer(ctx, place.course.slug, place.week.number);
    return localizeLesson(place.course, place.week, place.lesson, locale ?? ctx.locale);
  }

  @ResolveField(() => Lesson, { nullable: true, description: 'the lesson before this one in the course' })
  previous(@Parent() lesson: Lesson, @Context() ctx: RequestContext) {
    return this.neighbour(lesson, -1, ctx);
  }

  @ResolveField(() => Lesson, { nullable: true, description: 'the lesson after this one in the course' })
  next(@Parent() lesson: Lesson, @Context() ctx: RequestContext) {
    return this.neighbour(lesson, 1, ctx);
  }

  private neighbour(lesson: Lesson, step: -1 | 1, ctx: RequestContext) {
    const place = this.content.neighbour(lesson.id, step);
    return place ? localizeLesson(place.course, place.week, place.lesson, ctx.locale) : null;
  }

  // Per-viewer fields take graphql's own arguments, without parameter decorators: Nest then
  // calls them directly instead of through its pipes, which cost more than the field itself.
  @ResolveField(() => Boolean, { description: 'for the signed-in viewer; false when anonymous' })
  async completed(lesson: Lesson, _args: unknown, ctx: RequestContext) {
    const state = await this.progress.viewerState(ctx);
    return state?.completedLessons.has(lesson.id) ?? false;
  }
}
