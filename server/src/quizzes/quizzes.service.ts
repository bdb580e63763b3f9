import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { badInput, conflict, notFound } from '../common/app-error';
import { Locale, pick } from '../common/locale';
import { ContentService, QuizPlace } from '../content/content.service';
import type { QuestionDefinition } from '../content/content.types';
import { localizeQuiz } from '../content/localize';
import { rawEntities, rawQuery } from '../database/raw-query';
import { ProgressService } from '../progress/progress.service';
import { AnswerInput } from './dto/answer.input';
import { QuizAttempt } from './models/quiz-attempt.model';
import { GradedAnswer, QuizAttemptEntity } from './quiz-attempt.entity';

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));

export function gradeAnswer(question: QuestionDefinition, choiceIds: string[]): boolean {
  const correct = question.choices.filter((choice) => choice.correct).map((choice) => choice.id);
  return sameSet([...new Set(choiceIds)], correct);
}

@Injectable()
export class QuizzesService {
  constructor(
    private readonly content: ContentService,
    private readonly progress: ProgressService,
    @InjectRepository(QuizAttemptEntity) private readonly attempts: Repository<QuizAttemptEntity>,
  ) {}

  findQuiz(quizId: string): QuizPlace | undefined {
    return this.content.quiz(quizId);
  }

  requireQuiz(quizId: string): QuizPlace {
    const place = this.content.quiz(quizId);
    if (!place) throw notFound(`Quiz "${quizId}"`);
    return place;
  }

  /** Returns the learner's open attempt, or opens one while attempts remain. */
  async start(userId: string, quizId: string): Promise<QuizAttemptEntity> {
    const { course, week, quiz } = this.requireQuiz(quizId);
    return this.attempts.manager.transaction(async (manager) => {
      await this.progress.requireOpenWeek(userId, course.slug, week.number, manager);
      const open = await manager.findOneBy(QuizAttemptEntity, { userId, quizId, submittedAt: IsNull() });
      if (open) return open;
      const used = await manager.countBy(QuizAttemptEntity, { userId, quizId });
      if (quiz.maxAttempts !== null && used >= quiz.maxAttempts) {
        throw conflict(`All ${quiz.maxAttempts} attempts at this quiz are used`);
      }
      return manager.save(QuizAttemptEntity, manager.create(QuizAttemptEntity, { userId, quizId, startedAt: new Date() }));
    });
  }

  async findOwn(userId: string, attemptId: string): Promise<QuizAttemptEntity> {
    const [attempt] = await rawEntities(this.attempts.manager, QuizAttemptEntity, 'SELECT * FROM "quiz_attempt" WHERE "id" = :id', { id: attemptId });
    if (!attempt || attempt.userId !== userId) throw notFound(`Quiz attempt "${attemptId}"`);
    return attempt;
  }

  /** Grades on the server, once: a second submission of the same attempt returns the first result. */
  async submit(userId: string, attemptId: string, answers: AnswerInput[]): Promise<QuizAttemptEntity> {
    const attempt = await this.findOwn(userId, attemptId);
    if (attempt.submittedAt) return attempt;
    const { course, quiz } = this.requireQuiz(attempt.quizId);
    const graded = this.grade(quiz.questions, answers);
    const scorePercent = Math.round((graded.filter((a) => a.correct).length / quiz.questions.length) * 1000) / 10;
    const passed = scorePercent >= quiz.passPercent;
    const submitted = { submittedAt: new Date(), scorePercent, passed, answers: graded };
    const update = async (manager: EntityManager) =>
      Boolean((await manager.createQueryBuilder().update(QuizAttemptEntity).set(submitted).where('id = :id AND submittedAt IS NULL', { id: attemptId }).execute()).affected);
    // A failed attempt changes one row, which one statement does whole; a pass may complete
    // the course, recorded in the same transaction.
    const written = passed
      ? await this.attempts.manager.transaction(async (manager) => {
          const done = await update(manager);
          if (done) await this.progress.recordCompletion(manager, userId, course);
          return done;
        })
      : await update(this.attempts.manager);
    // what was written, or, when another submission of the attempt came first, what that one wrote
    return written ? Object.assign(attempt, submitted) : this.findOwn(userId, attemptId);
  }

  private grade(questions: QuestionDefinition[], answers: AnswerInput[]): GradedAnswer[] {
    const byQuestion = new Map<string, string[]>();
    for (const answer of answers) {
      const question = questions.find((q) => q.id === answer.questionId);
      if (!question) throw badInput(`answers: question "${answer.questionId}" is not in this quiz`);
      if (byQuestion.has(answer.questionId)) throw badInput(`answers: question "${answer.questionId}" is answered twice`);
      const unknown = answer.choiceIds.find((id) => !question.choices.some((choice) => choice.id === id));
      if (unknown) throw badInput(`answers: choice "${unknown}" is not a choice of question "${question.id}"`);
      if (question.kind !== 'MULTIPLE' && answer.choiceIds.length > 1) {
        throw badInput(`answers: question "${question.id}" takes one choice`);
      }
      byQuestion.set(answer.questionId, answer.choiceIds);
    }
    return questions.map((question) => {
      const choiceIds = byQuestion.get(question.id) ?? [];
      return { questionId: question.id, choiceIds, correct: gradeAnswer(question, choiceIds) };
    });
  }

  /** The attempt as the API shows it; correct choices are revealed once the quiz is passed or no attempt is left. */
  async present(attempt: QuizAttemptEntity, locale: Locale): Promise<QuizAttempt> {
    const { course, week, quiz } = this.requireQuiz(attempt.quizId);
    let reveal = false;
    if (attempt.submittedAt) reveal = Boolean(attempt.passed) || (quiz.maxAttempts !== null && (await this.attemptsUsed(attempt.userId, attempt.quizId)) >= quiz.maxAttempts);
    return {
      id: attempt.id,
      quiz: localizeQuiz(course, week, quiz, locale),
      startedAt: attempt.startedAt,
      submittedAt: attempt.submittedAt,
      scorePercent: attempt.scorePercent,
      passed: attempt.passed,
      feedback:
        attempt.answers?.map((answer) => {
          const question = quiz.questions.find((q) => q.id === answer.questionId);
          return {
            questionId: answer.questionId,
            correct: answer.correct,
            explanation: question ? pick(question.explanation, locale) : '',
            chosenChoiceIds: answer.choiceIds,
            correctChoiceIds: reveal && question ? question.choices.filter((c) => c.correct).map((c) => c.id) : null,
          };
        }) ?? null,
    };
  }

  private async attemptsUsed(userId: string, quizId: string): Promise<number> {
    const [row] = await rawQuery<{ used: string | number }>(this.attempts.manager, 'SELECT COUNT(*) AS "used" FROM "quiz_attempt" WHERE "userId" = :userId AND "quizId" = :quizId', { userId, quizId });
    return Number(row.used);
  }

  /** The learner's submitted attempts at a quiz, newest first. */
  history(userId: string, quizId: string): Promise<QuizAttemptEntity[]> {
    return this.attempts.find({ where: { userId, quizId }, order: { startedAt: 'DESC' } });
  }
}
