import { Args, Context, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CohortsService } from '../cohorts/cohorts.service';
import { Access, requireViewer } from '../common/access';
import { forbidden } from '../common/app-error';
import { Locale } from '../common/locale';
import type { RequestContext } from '../common/request-context';
import { isStaff } from '../common/role';
import { localizeQuiz } from '../content/localize';
import { ProgressService } from '../progress/progress.service';
import { AnswerInput } from './dto/answer.input';
import { QuizAttempt } from './models/quiz-attempt.model';
import { Choice, Quiz } from './models/quiz.model';
import { QuizzesService } from './quizzes.service';

@Resolver(() => Quiz)
export class QuizzesResolver {
  constructor(
    private readonly quizzes: QuizzesService,
    private readonly progress: ProgressService,
    private readonly cohorts: CohortsService,
  ) {}

  @Query(() => Quiz, { nullable: true })
  @Access.signedIn()
  async quiz(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext, @Args('locale', { type: () => Locale, nullable: true }) locale?: Locale) {
    const place = this.quizzes.findQuiz(id);
    if (!place) return null;
    await this.cohorts.assertOpenForViewer(ctx, place.course.slug, place.week.number);
    return localizeQuiz(place.course, place.week, place.quiz, locale ?? ctx.locale);
  }

  @Mutation(() => QuizAttempt)
  @Access.signedIn()
  async startQuizAttempt(@Args('quizId', { type: () => ID }) quizId: string, @Context() ctx: RequestContext) {
    const attempt = await this.quizzes.start(requireViewer(ctx).id, quizId);
    return this.quizzes.present(attempt, ctx.locale);
  }

  @Mutation(() => QuizAttempt, { description: 'submitting the same attempt twice returns the first result unchanged' })
  @Access.signedIn()
  async submitQuizAttempt(
    @Args('attemptId', { type: () => ID }) attemptId: string,
    @Args('answers', { type: () => [AnswerInput] }) answers: AnswerInput[],
    @Context() ctx: RequestContext,
  ) {
    const attempt = await this.quizzes.submit(requireViewer(ctx).id, attemptId, answers);
    return this.quizzes.present(attempt, ctx.locale);
  }

  // The viewer's standing takes graphql's own arguments, without parameter decorators, so Nest
  // calls it directly rather than through its pipes: the outline asks for it on every quiz.
  @ResolveField(() => Int)
  async attemptsUsed(quiz: Quiz, _args: unknown, ctx: RequestContext) {
    return this.progress.quizStanding(await this.progress.viewerState(ctx), quiz.id).attemptsUsed;
  }

  @ResolveField(() => Float, { nullable: true })
  async bestScorePercent(quiz: Quiz, _args: unknown, ctx: RequestContext) {
    return this.progress.quizStanding(await this.progress.viewerState(ctx), quiz.id).bestScorePercent;
  }

  @ResolveField(() => Boolean)
  async passed(quiz: Quiz, _args: unknown, ctx: RequestContext) {
    return this.progress.quizStanding(await this.progress.viewerState(ctx), quiz.id).passed;
  }

  @ResolveField(() => [QuizAttempt], { description: 'the viewer\'s attempts, newest first' })
  async myAttempts(@Parent() quiz: Quiz, @Context() ctx: RequestContext) {
    if (!ctx.viewer) return [];
    const attempts = await this.quizzes.history(ctx.viewer.id, quiz.id);
    return Promise.all(attempts.map((attempt) => this.quizzes.present(attempt, ctx.locale)));
  }
}

@Resolver(() => Choice)
export class ChoicesResolver {
  @ResolveField(() => Boolean, { nullable: true, description: 'INSTRUCTOR and ADMIN only; FORBIDDEN to anyone else' })
  isCorrect(@Parent() choice: Choice, @Context() ctx: RequestContext) {
    if (!isStaff(ctx.viewer?.role)) throw forbidden('Only instructors and admins may see the answer key');
    return choice.correct;
  }
}
