import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from '../routing/router';
import { SignInRequired } from '../features/auth/sign-in-links';
import { errorCode } from '../apollo/errors';
import { useAuth } from '../features/auth/auth-context';
import { EnrollDocument } from '../features/courses/enroll';
import { weekClosedFrom } from '../features/courses/week-closed';
import { WeekClosedNotice } from '../features/courses/week-closed-notice';
import { AttemptHistory } from '../features/quizzes/attempt-history';
import { QuizForm } from '../features/quizzes/quiz-form';
import { QuizIntro } from '../features/quizzes/quiz-intro';
import { QuizResult } from '../features/quizzes/quiz-result';
import { graphql, useFragment } from '../gql';
import { currentLanguage } from '../i18n/i18n';
import { formatPercent } from '../ui/format';
import { Loading } from '../ui/loading';
import { ProblemMessage } from '../ui/problem-message';
import { useDocumentTitle } from '../ui/use-document-title';
import { NotFoundPage } from './not-found-page';

// The page's view of a quiz. The attempt mutations answer with it too, so one response
// refreshes attempts used, best score and history together.
const QuizPage_quiz = graphql(`
  fragment QuizPage_quiz on Quiz {
    id
    title
    courseSlug
    weekNumber
    passPercent
    maxAttempts
    attemptsUsed
    passed
    myAttempts {
      id
      submittedAt
      ...QuizResult_attempt
    }
    ...QuizIntro_quiz
    ...QuizForm_quiz
    ...QuizResult_quiz
    ...AttemptHistory_quiz
  }
`);

const QuizPageQuery = graphql(`
  query QuizPage($id: ID!) {
    quiz(id: $id) {
      id
      ...QuizPage_quiz
    }
    courses {
      slug
      title
      weeks {
        number
        quizzes {
          id
        }
      }
    }
  }
`);

const StartQuizAttemptDocument = graphql(`
  mutation StartQuizAttempt($quizId: ID!) {
    startQuizAttempt(quizId: $quizId) {
      id
      quiz {
        id
        ...QuizPage_quiz
      }
    }
  }
`);

const SubmitQuizAttemptDocument = graphql(`
  mutation SubmitQuizAttempt($attemptId: ID!, $answers: [AnswerInput!]!) {
    submitQuizAttempt(attemptId: $attemptId, answers: $answers) {
      id
      ...QuizResult_attempt
      quiz {
        id
        ...QuizPage_quiz
      }
    }
  }
`);

type Mode = { kind: 'intro' } | { kind: 'taking'; attemptId: string } | { kind: 'result'; attemptId: string };

export function QuizPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { signedIn } = useAuth();
  const { data, loading, error, refetch } = useQuery(QuizPageQuery, { variables: { id }, skip: !signedIn, errorPolicy: 'all' });
  const [startAttempt, startState] = useMutation(StartQuizAttemptDocument);
  const [submitAttempt, submitState] = useMutation(SubmitQuizAttemptDocument);
  const [enroll] = useMutation(EnrollDocument);
  const [mode, setMode] = useState<Mode>({ kind: 'intro' });
  const [actionError, setActionError] = useState<unknown>(null);
  const [starting, setStarting] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const formTop = useRef<HTMLDivElement>(null);
  const quiz = useFragment(QuizPage_quiz, data?.quiz);
  useDocumentTitle(quiz?.title ?? t('quiz.title'));

  // Move focus to what just appeared, so keyboard and screen reader users land on it.
  useEffect(() => {
    if (mode.kind === 'result') resultHeading.current?.focus();
    if (mode.kind === 'taking') {
      // The start button is gone: without this, focus would fall back to the page's start.
      formTop.current?.scrollIntoView({ block: 'start' });
      formTop.current?.focus({ preventScroll: true });
    }
  }, [mode]);

  if (!signedIn) {
    return <SignInRequired id="quiz-signin-title" title={t('quiz.title')} message={t('quiz.signInRequired')} />;
  }

  if (!quiz) {
    if (loading) return <Loading label={t('common.loading')} />;
    const closed = weekClosedFrom(error);
    if (closed) {
      const owner = data?.courses.find((c) => c.weeks.some((w) => w.quizzes.some((q) => q.id === id)));
      return <WeekClosedNotice closed={closed} courseSlug={owner?.slug} />;
    }
    if (error && errorCode(error) !== 'NOT_FOUND') return <ProblemMessage error={error} onRetry={() => void refetch()} />;
    return <NotFoundPage />;
  }

  const course = data?.courses.find((c) => c.slug === quiz.courseSlug);
  const openAttempt = quiz.myAttempts.find((a) => !a.submittedAt);
  const submitted = quiz.myAttempts.filter((a) => a.submittedAt);
  const attemptsLeft = quiz.maxAttempts == null || quiz.attemptsUsed < quiz.maxAttempts;
  const canStart = Boolean(openAttempt) || attemptsLeft;
  const attemptNumber = (attemptId: string) => submitted.length - submitted.findIndex((a) => a.id === attemptId);
  const shown = mode.kind === 'result' ? quiz.myAttempts.find((a) => a.id === mode.attemptId) : undefined;

  async function start() {
    if (!quiz) return;
    setActionError(null);
    setStarting(true);
    try {
      const run = () => startAttempt({ variables: { quizId: quiz.id } });
      const result = await run().catch(async (failure: unknown) => {
        // Taking a quiz needs an enrollment; give the learner one rather than an error.
        if (errorCode(failure) !== 'FORBIDDEN') throw failure;
        await enroll({ variables: { courseSlug: quiz.courseSlug } });
        return run();
      });
      if (result.data) setMode({ kind: 'taking', attemptId: result.data.startQuizAttempt.id });
    } catch (failure) {
      setActionError(failure);
    } finally {
      setStarting(false);
    }
  }

  async function submit(attemptId: string, answers: { questionId: string; choiceIds: string[] }[]) {
    setActionError(null);
    try {
      const result = await submitAttempt({ variables: { attemptId, answers } });
      if (result.data) setMode({ kind: 'result', attemptId: result.data.submitQuizAttempt.id });
    } catch (failure) {
      setActionError(failure);
    }
  }

  const startButton = (label: string) => (
    <button type="button" className="button button--primary button--large" disabled={starting || startState.loading} onClick={() => void start()}>
      {starting ? t('quiz.starting') : label}
    </button>
  );

  return (
    <article className="quiz-page" aria-labelledby="quiz-title">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <ol>
          <li>
            <Link to={`/courses/${quiz.courseSlug}`}>{course?.title ?? t('lesson.outline')}</Link>
          </li>
          <li aria-current="page">{t('common.week', { number: quiz.weekNumber })}</li>
        </ol>
      </nav>
      <header className="quiz-page__header">
        <p className="eyebrow">{t('quiz.eyebrow', { number: quiz.weekNumber })}</p>
        <h1 id="quiz-title">{quiz.title}</h1>
      </header>

      {mode.kind !== 'taking' && <QuizIntro quiz={quiz} />}
      {actionError !== null && <ProblemMessage error={actionError} />}

      {mode.kind === 'intro' && (
        <div className="quiz-start card">
          {quiz.passed ? (
            <p>{t('quiz.alreadyPassed')}</p>
          ) : canStart ? (
            <p>{openAttempt ? t('quiz.resumeLead') : t('quiz.startLead')}</p>
          ) : (
            <p>{t('quiz.noAttemptsLeft')}</p>
          )}
          <div className="button-row">
            {canStart && !quiz.passed && startButton(openAttempt ? t('quiz.resume') : t('quiz.start'))}
            <Link to={`/courses/${quiz.courseSlug}`} className="button button--secondary">
              {t('lesson.backToOutline')}
            </Link>
          </div>
        </div>
      )}

      {mode.kind === 'taking' && (
        <div ref={formTop} className="quiz-taking" tabIndex={-1}>
          <p className="muted">{t('quiz.takingLead', { percent: formatPercent(quiz.passPercent, currentLanguage()) })}</p>
          <QuizForm key={mode.attemptId} quiz={quiz} submitting={submitState.loading} onSubmit={(answers) => void submit(mode.attemptId, answers)} />
        </div>
      )}

      {mode.kind === 'result' && shown && (
        <>
          <QuizResult quiz={quiz} attempt={shown} attemptNumber={attemptNumber(shown.id)} headingRef={resultHeading} />
          <div className="button-row quiz-result__actions">
            {!quiz.passed && canStart && startButton(t('quiz.tryAgain'))}
            <Link to={`/courses/${quiz.courseSlug}`} className="button button--secondary">
              {t('lesson.backToOutline')}
            </Link>
          </div>
        </>
      )}

      {mode.kind !== 'taking' && <AttemptHistory quiz={quiz} viewingId={shown?.id} onReview={(attemptId) => setMode({ kind: 'result', attemptId })} />}
    </article>
  );
}
