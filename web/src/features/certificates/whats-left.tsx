import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/router';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { currentLanguage } from '../../i18n/i18n';
import { formatDate, formatZonedDateTime } from '../../ui/format';
import { BookIcon, LockIcon, QuizIcon, VideoIcon } from '../../ui/icons';
import { isOpen } from '../courses/week-opening';
import { useTimeZone } from '../settings/use-time-zone';
import { webinarStatus } from '../webinars/webinar-status';
import { remainingWork, type WeekStanding } from './remaining-work';

export const WhatsLeft_course = graphql(`
  fragment WhatsLeft_course on Course {
    slug
    weeks {
      number
      title
      isWebinarWeek
      opensAt
      lessons {
        id
        title
        completed
      }
      quizzes {
        id
        title
        passed
      }
      webinars {
        id
        title
        startsAt
        durationMinutes
        cancelledAt
      }
    }
  }
`);

/** Every step still between the learner and the certificate, each linked to where it is done. */
export function WhatsLeft({ standings, ...props }: { course: FragmentType<typeof WhatsLeft_course>; standings: WeekStanding[] }) {
  const { t } = useTranslation();
  const course = useFragment(WhatsLeft_course, props.course);
  const language = currentLanguage();
  const zone = useTimeZone();
  const left = remainingWork(course.weeks, standings);
  const count = left.reduce((sum, week) => sum + week.lessons.length + week.quizzes.length + (week.needsAttendance ? 1 : 0), 0);

  return (
    <section className="whats-left" aria-labelledby="whats-left-title">
      <h2 id="whats-left-title">{t('certificate.left.title')}</h2>
      <p className="muted">{t('certificate.left.count', { count })}</p>
      <ol className="whats-left__weeks">
        {left.map(({ week, lessons, quizzes, needsAttendance }) => {
          const locked = !isOpen(week.opensAt);
          const webinars = week.webinars.filter((webinar) => webinarStatus(webinar) !== 'cancelled');
          return (
            <li key={week.number} className="card whats-left__week">
              <h3 className="whats-left__week-title">
                <span className="eyebrow">{t('common.week', { number: week.number })}</span>
                {week.title}
              </h3>
              {locked && (
                <p className="whats-left__locked">
                  <LockIcon /> {t('course.opensOn', { date: formatDate(week.opensAt!, language, zone) })}
                </p>
              )}
              <ul className="whats-left__items">
                {lessons.map((lesson) => (
                  <li key={lesson.id}>
                    <BookIcon />
                    <span>
                      {t('certificate.left.lesson')}{' '}
                      {locked ? <span className="whats-left__name">{lesson.title}</span> : <Link to={`/lessons/${lesson.id}`}>{lesson.title}</Link>}
                    </span>
                  </li>
                ))}
                {quizzes.map((quiz) => (
                  <li key={quiz.id}>
                    <QuizIcon />
                    <span>
                      {t('certificate.left.quiz')}{' '}
                      {locked ? <span className="whats-left__name">{quiz.title}</span> : <Link to={`/quizzes/${quiz.id}`}>{quiz.title}</Link>}
                    </span>
                  </li>
                ))}
                {needsAttendance && (
                  <li>
                    <VideoIcon />
                    <span>
                      {t('certificate.left.webinar', { number: week.number })}
                      {webinars.length === 0 ? (
                        <span className="muted"> {t('course.noWebinarYet')}</span>
                      ) : (
                        <ul className="whats-left__webinars">
                          {webinars.map((webinar) => (
                            <li key={webinar.id}>
                              <Link to={`/courses/${course.slug}/webinars/${webinar.id}`}>{webinar.title}</Link>{' '}
                              <span className="muted">· {formatZonedDateTime(webinar.startsAt, language, zone)}</span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </span>
                  </li>
                )}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
