import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { currentLanguage } from '../../i18n/i18n';
import { Badge } from '../../ui/badge';
import { formatDate } from '../../ui/format';
import { LockIcon, VideoIcon } from '../../ui/icons';
import { ProgressBar } from '../../ui/progress-bar';
import { SaveWeekOffline } from '../offline/save-week-offline';
import { useTimeZone } from '../settings/use-time-zone';
import { WebinarCard } from '../webinars/webinar-card';
import { isOpen } from './week-opening';
import { LessonRow } from './lesson-row';
import { QuizRow } from './quiz-row';

export const WeekSection_week = graphql(`
  fragment WeekSection_week on Week {
    number
    title
    summary
    isWebinarWeek
    opensAt
    lessons {
      id
      ...LessonRow_lesson
    }
    quizzes {
      id
      ...QuizRow_quiz
    }
    webinars {
      id
      ...WebinarCard_webinar
    }
  }
`);

interface WeekSectionProps {
  week: FragmentType<typeof WeekSection_week>;
  /** The viewer's progress in this week; absent when signed out. */
  percent?: number;
}

export function WeekSection({ percent, ...props }: WeekSectionProps) {
  const { t } = useTranslation();
  const week = useFragment(WeekSection_week, props.week);
  const zone = useTimeZone();
  const headingId = `week-${week.number}-title`;
  const opensLater = !isOpen(week.opensAt);
  const openDate = week.opensAt ? formatDate(week.opensAt, currentLanguage(), zone) : '';
  return (
    <section className={`week card${opensLater ? ' week--locked' : ''}`} aria-labelledby={headingId}>
      <header className="week__header">
        <div className="week__heading">
          <p className="eyebrow">
            {t('common.week', { number: week.number })}
            {week.isWebinarWeek && (
              <Badge tone="accent">
                <VideoIcon /> {t('course.webinarWeek')}
              </Badge>
            )}
            {opensLater && (
              <Badge tone="warning">
                <LockIcon /> {t('course.opensOn', { date: openDate })}
              </Badge>
            )}
          </p>
          <h2 id={headingId} className="week__title">
            {week.title}
          </h2>
        </div>
        {percent !== undefined && (
          <div className="week__progress">
            <ProgressBar value={percent} label={t('course.weekProgress', { number: week.number })} />
          </div>
        )}
      </header>
      <p className="week__summary">{week.summary}</p>
      {opensLater && <p className="week__locked">{t('course.lockedNote', { date: openDate })}</p>}
      {!opensLater && <SaveWeekOffline lessonIds={week.lessons.map((lesson) => lesson.id)} />}
      {week.isWebinarWeek && (
        <div className="week__webinars">
          <p className="week__note">{t('course.webinarNote')}</p>
          {week.webinars.length > 0 ? (
            <ul className="webinar-list" aria-label={t('course.weekWebinars', { number: week.number })}>
              {week.webinars.map((webinar) => (
                <WebinarCard key={webinar.id} webinar={webinar} />
              ))}
            </ul>
          ) : (
            <p className="muted week__no-webinar">{t('course.noWebinarYet')}</p>
          )}
        </div>
      )}
      <ul className="outline-list" aria-label={t('course.weekContents', { number: week.number })}>
        {week.lessons.map((lesson) => (
          <LessonRow key={lesson.id} lesson={lesson} locked={opensLater} />
        ))}
        {week.quizzes.map((quiz) => (
          <QuizRow key={quiz.id} quiz={quiz} locked={opensLater} />
        ))}
      </ul>
    </section>
  );
}
