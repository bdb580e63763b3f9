import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from '../routing/router';
import { useAuth } from '../features/auth/auth-context';
import { EnrollPanel } from '../features/courses/enroll-panel';
import { isOpen } from '../features/courses/week-opening';
import { WeekSection } from '../features/courses/week-section';
import { errorCode } from '../apollo/errors';
import { graphql } from '../gql';
import { Loading } from '../ui/loading';
import { ProblemMessage } from '../ui/problem-message';
import { ProgressBar } from '../ui/progress-bar';
import { useDocumentTitle } from '../ui/use-document-title';
import { NotFoundPage } from './not-found-page';

const CoursePageQuery = graphql(`
  query CoursePage($slug: String!, $signedIn: Boolean!) {
    course(slug: $slug) {
      slug
      title
      summary
      hours
      weeks {
        number
        opensAt
        lessons {
          id
          completed
        }
        ...WeekSection_week
      }
    }
    myProgress(courseSlug: $slug) @include(if: $signedIn) {
      courseSlug
      enrolled
      percent
      completed
      weeks {
        number
        percent
        completed
      }
    }
  }
`);

export function CoursePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { signedIn } = useAuth();
  const { data, loading, error, refetch } = useQuery(CoursePageQuery, { variables: { slug, signedIn }, errorPolicy: 'all' });
  const course = data?.course;
  useDocumentTitle(course?.title);

  if (!course) {
    if (loading) return <Loading label={t('common.loading')} />;
    if (error && errorCode(error) !== 'NOT_FOUND') return <ProblemMessage error={error} onRetry={() => void refetch()} />;
    return <NotFoundPage />;
  }

  const progress = data?.myProgress;
  const enrolled = Boolean(progress?.enrolled);
  const nextLesson = course.weeks
    .filter((week) => isOpen(week.opensAt))
    .flatMap((week) => week.lessons)
    .find((lesson) => !lesson.completed);
  const lessonCount = course.weeks.reduce((sum, week) => sum + week.lessons.length, 0);

  return (
    <article className="course-page">
      <header className="page-hero">
        <p className="eyebrow">{t('course.eyebrow')}</p>
        <h1>{course.title}</h1>
        <p className="page-hero__lead">{course.summary}</p>
        <ul className="facts" aria-label={t('course.facts')}>
          <li>{t('course.hours', { count: course.hours })}</li>
          <li>{t('course.weeks', { count: course.weeks.length })}</li>
          <li>{t('course.lessons', { count: lessonCount })}</li>
        </ul>
      </header>

      {signedIn && progress && !enrolled && <EnrollPanel courseSlug={course.slug} />}
      {!signedIn && (
        <div className="enroll-panel">
          <div>
            <p className="enroll-panel__title">{t('course.signInTitle')}</p>
            <p className="muted">{t('course.signInLead')}</p>
          </div>
          <div className="button-row">
            <Link to={`/signup?next=/courses/${course.slug}`} className="button button--primary">
              {t('nav.signUp')}
            </Link>
            <Link to={`/signin?next=/courses/${course.slug}`} className="button button--secondary">
              {t('nav.signIn')}
            </Link>
          </div>
        </div>
      )}

      {enrolled && progress && (
        <section className="card overall-progress" aria-labelledby="overall-progress-title">
          <div className="overall-progress__text">
            <h2 id="overall-progress-title">{t('course.yourProgress')}</h2>
            <p className="muted">{progress.completed ? t('course.courseCompleted') : t('course.progressLead')}</p>
          </div>
          <ProgressBar value={progress.percent} label={t('course.overallProgress')} size="large" />
          <div className="button-row">
            {nextLesson && (
              <Link to={`/lessons/${nextLesson.id}`} className="button button--primary">
                {t('dashboard.continue')}
              </Link>
            )}
            <Link to={`/courses/${course.slug}/certificate`} className={`button ${progress.completed ? 'button--primary' : 'button--secondary'}`}>
              {progress.completed ? t('certificate.link') : t('certificate.left.link')}
            </Link>
          </div>
        </section>
      )}

      {error && <ProblemMessage error={error} onRetry={() => void refetch()} />}

      <div className="weeks">
        {course.weeks.map((week) => (
          <WeekSection key={week.number} week={week} percent={enrolled ? progress?.weeks.find((w) => w.number === week.number)?.percent : undefined} />
        ))}
      </div>
    </article>
  );
}
