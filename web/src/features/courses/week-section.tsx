import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { currentLanguage } from '../../i18n/i18n';
import { Badge } from '../../ui/badge';
import { formatDate } from '../../ui/format';
import { VideoIcon } from '../../ui/icons';
import { ProgressBar } from '../../ui/progress-bar';
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
  const headingId = `week-${week.number}-title`;
  const opensLater = week.opensAt && new Date(week.opensAt) > new Date();
  return (
    <section className="week card" aria-labelledby={headingId}>
      <header className="week__header">
        <div className="week__heading">
          <p className="eyebrow">
            {t('common.week', { number: week.number })}
            {week.isWebinarWeek && (
              <Badge tone="accent">
                <VideoIcon /> {t('course.webinarWeek')}
              </Badge>
            )}
            {opensLater && <Badge tone="warning">{t('course.opensOn', { date: formatDate(week.opensAt!, currentLanguage()) })}</Badge>}
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
      {week.isWebinarWeek && <p className="week__note">{t('course.webinarNote')}</p>}
      <ul className="outline-list" aria-label={t('course.weekContents', { number: week.number })}>
        {week.lessons.map((lesson) => (
          <LessonRow key={lesson.id} lesson={lesson} />
        ))}
        {week.quizzes.map((quiz) => (
          <QuizRow key={quiz.id} quiz={quiz} />
        ))}
      </ul>
    </section>
  );
}
