import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/router';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { BookIcon, CheckIcon, LockIcon } from '../../ui/icons';

export const LessonRow_lesson = graphql(`
  fragment LessonRow_lesson on Lesson {
    id
    title
    minutes
    completed
  }
`);

/** locked: the week has not opened for the viewer's cohort, so the lesson is named but not linked. */
export function LessonRow({ locked = false, ...props }: { lesson: FragmentType<typeof LessonRow_lesson>; locked?: boolean }) {
  const { t } = useTranslation();
  const lesson = useFragment(LessonRow_lesson, props.lesson);
  return (
    <li className={`outline-item${lesson.completed ? ' outline-item--done' : ''}${locked ? ' outline-item--locked' : ''}`}>
      <span className="outline-item__icon" aria-hidden="true">
        {lesson.completed ? <CheckIcon /> : locked ? <LockIcon /> : <BookIcon />}
      </span>
      {locked ? (
        <span className="outline-item__title">{lesson.title}</span>
      ) : (
        <Link to={`/lessons/${lesson.id}`} className="outline-item__title">
          {lesson.title}
        </Link>
      )}
      <span className="outline-item__meta">
        {t('common.minutes', { count: lesson.minutes })}
        {lesson.completed && <span className="visually-hidden">, {t('common.completed')}</span>}
      </span>
    </li>
  );
}
