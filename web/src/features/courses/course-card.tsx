import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/router';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { ArrowRightIcon, AwardIcon, CheckIcon } from '../../ui/icons';
import { isOpen } from './week-opening';
import { ProblemMessage } from '../../ui/problem-message';
import { ProgressBar } from '../../ui/progress-bar';

export const CourseCard_course = graphql(`
  fragment CourseCard_course on Course {
    slug
    title
    summary
    hours
    weeks {
      number
      title
      opensAt
      lessons {
        id
        title
        completed
      }
    }
  }
`);

// Progress is asked per course because the schema has it only on the root (myProgress(courseSlug)).
// A Course.myProgress field on the server would fold this into the dashboard's query.
const CourseCardProgressQuery = graphql(`
  query CourseCardProgress($slug: String!) {
    myProgress(courseSlug: $slug) {
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

export function CourseCard(props: { course: FragmentType<typeof CourseCard_course> }) {
  const { t } = useTranslation();
  const course = useFragment(CourseCard_course, props.course);
  const { data, error } = useQuery(CourseCardProgressQuery, { variables: { slug: course.slug } });
  const progress = data?.myProgress;
  const lessons = course.weeks.flatMap((week) => week.lessons);
  const nextLesson = course.weeks.filter((week) => isOpen(week.opensAt)).flatMap((week) => week.lessons).find((lesson) => !lesson.completed);
  const lessonsDone = lessons.filter((lesson) => lesson.completed).length;
  const titleId = `course-${course.slug}-title`;

  return (
    <article className="card course-card" aria-labelledby={titleId}>
      <div className="course-card__main">
        <p className="eyebrow">{t('dashboard.courseEyebrow', { count: course.hours })}</p>
        <h2 id={titleId} className="course-card__title">
          <Link to={`/courses/${course.slug}`}>{course.title}</Link>
        </h2>
        <p className="course-card__summary">{course.summary}</p>

        {progress && (
          <div className="course-card__progress">
            <ProgressBar value={progress.enrolled ? progress.percent : 0} label={t('course.overallProgress')} size="large" />
            <p className="muted">
              {progress.completed
                ? t('dashboard.courseDone')
                : progress.enrolled
                  ? t('dashboard.lessonsDone', { done: lessonsDone, total: lessons.length })
                  : t('dashboard.notEnrolled')}
            </p>
          </div>
        )}
        {error && <ProblemMessage error={error} />}

        <div className="button-row">
          {progress?.enrolled && nextLesson ? (
            <Link to={`/lessons/${nextLesson.id}`} className="button button--primary">
              {t('dashboard.continue')} <ArrowRightIcon />
            </Link>
          ) : (
            <Link to={`/courses/${course.slug}`} className="button button--primary">
              {progress?.enrolled ? t('dashboard.review') : t('dashboard.start')} <ArrowRightIcon />
            </Link>
          )}
          <Link to={`/courses/${course.slug}`} className="button button--secondary">
            {t('dashboard.outline')}
          </Link>
          {progress?.enrolled && (
            <Link to={`/courses/${course.slug}/certificate`} className="button button--link">
              {progress.completed ? (
                <>
                  <AwardIcon /> {t('certificate.link')}
                </>
              ) : (
                t('certificate.left.link')
              )}
            </Link>
          )}
        </div>
        {progress?.enrolled && nextLesson && <p className="course-card__next">{t('dashboard.nextLesson', { title: nextLesson.title })}</p>}
      </div>

      {progress?.enrolled && (
        <section className="course-card__weeks" aria-labelledby={`${titleId}-weeks`}>
          <h3 id={`${titleId}-weeks`}>{t('dashboard.weeklyProgress')}</h3>
          <ol className="week-progress-list">
            {course.weeks.map((week) => {
              const weekProgress = progress.weeks.find((w) => w.number === week.number);
              return (
                <li key={week.number} className="week-progress">
                  <span className="week-progress__label">
                    <span className="week-progress__number">{t('common.week', { number: week.number })}</span>
                    <span className="week-progress__title" title={week.title}>
                      {week.title}
                    </span>
                    {weekProgress?.completed && <CheckIcon className="week-progress__check" />}
                  </span>
                  <ProgressBar value={weekProgress?.percent ?? 0} label={t('course.weekProgress', { number: week.number })} />
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </article>
  );
}
