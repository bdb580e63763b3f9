import { useQuery } from '@apollo/client/react';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from '../routing/router';
import { errorCode } from '../apollo/errors';
import { CompleteLesson } from '../features/lessons/complete-lesson';
import { weekClosedFrom } from '../features/courses/week-closed';
import { LessonBody } from '../features/lessons/lesson-body';
import { LessonPager } from '../features/lessons/lesson-pager';
import { PrerenderedLesson } from '../features/lessons/prerendered-lesson';
import { graphql } from '../gql';
import { ClockIcon, QuizIcon } from '../ui/icons';
import { Loading } from '../ui/loading';
import { ProblemMessage } from '../ui/problem-message';
import { useDocumentTitle } from '../ui/use-document-title';
import { NotFoundPage } from './lazy-not-found-page';

// Rare outcomes, and with their time zone formatting about 2 kB: fetched only when needed.
const WeekClosedNotice = lazy(() => import('../features/courses/week-closed-notice').then((m) => ({ default: m.WeekClosedNotice })));

// The course list is small; asking for it here names the course and the week's quiz
// without a second round trip once the lesson's course is known.
const LessonPageQuery = graphql(`
  query LessonPage($id: ID!) {
    lesson(id: $id) {
      id
      title
      minutes
      weekNumber
      courseSlug
      completed
      next {
        id
        weekNumber
      }
      ...LessonBody_lesson
      ...LessonPager_lesson
    }
    courses {
      slug
      title
      weeks {
        number
        title
        lessons {
          id
        }
        quizzes {
          id
          title
          passed
        }
      }
    }
  }
`);

export function LessonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(LessonPageQuery, { variables: { id }, errorPolicy: 'all' });
  const lesson = data?.lesson;
  useDocumentTitle(lesson?.title);

  if (!lesson) {
    if (loading) return <PrerenderedLesson fallback={<Loading label={t('common.loading')} />} />;
    const closed = weekClosedFrom(error);
    if (closed) {
      const owner = data?.courses.find((c) => c.weeks.some((w) => w.lessons.some((l) => l.id === id)));
      return <WeekClosedNotice closed={closed} courseSlug={owner?.slug} />;
    }
    // Offline, a lesson saved for offline reading still has the server's copy to show.
    if (error && errorCode(error) !== 'NOT_FOUND') return <PrerenderedLesson fallback={<ProblemMessage error={error} onRetry={() => void refetch()} />} />;
    return <NotFoundPage />;
  }

  const course = data?.courses.find((c) => c.slug === lesson.courseSlug);
  const week = course?.weeks.find((w) => w.number === lesson.weekNumber);
  const lastOfWeek = !lesson.next || lesson.next.weekNumber !== lesson.weekNumber;
  const weekQuiz = lastOfWeek ? week?.quizzes[0] : undefined;

  return (
    <article className="lesson" aria-labelledby="lesson-title">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <ol>
          <li>
            <Link to={`/courses/${lesson.courseSlug}`}>{course?.title ?? t('lesson.outline')}</Link>
          </li>
          <li aria-current="page">{t('common.week', { number: lesson.weekNumber })}</li>
        </ol>
      </nav>
      <header className="lesson__header">
        <p className="eyebrow">
          {t('common.week', { number: lesson.weekNumber })}
          {week && <span className="eyebrow__detail">{week.title}</span>}
        </p>
        <h1 id="lesson-title">{lesson.title}</h1>
        <p className="lesson__meta">
          <ClockIcon /> {t('lesson.readingTime', { count: lesson.minutes })}
          {lesson.completed && <span className="lesson__done">· {t('lesson.completed')}</span>}
        </p>
      </header>

      <LessonBody lesson={lesson} />

      <footer className="lesson__footer">
        <CompleteLesson lessonId={lesson.id} courseSlug={lesson.courseSlug} completed={lesson.completed} />
        {weekQuiz && (
          <div className="lesson__quiz-callout">
            <QuizIcon />
            <div>
              <p className="lesson__quiz-title">{t('lesson.weekQuizTitle', { number: lesson.weekNumber })}</p>
              <Link to={`/quizzes/${weekQuiz.id}`}>{weekQuiz.title}</Link>
            </div>
          </div>
        )}
        <LessonPager lesson={lesson} />
        <p className="lesson__back">
          <Link to={`/courses/${lesson.courseSlug}`}>{t('lesson.backToOutline')}</Link>
        </p>
      </footer>
    </article>
  );
}
