import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/router';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { ArrowLeftIcon, ArrowRightIcon } from '../../ui/icons';

export const LessonPager_lesson = graphql(`
  fragment LessonPager_lesson on Lesson {
    id
    previous {
      id
      title
    }
    next {
      id
      title
    }
  }
`);

export function LessonPager(props: { lesson: FragmentType<typeof LessonPager_lesson> }) {
  const { t } = useTranslation();
  const lesson = useFragment(LessonPager_lesson, props.lesson);
  if (!lesson.previous && !lesson.next) return null;
  return (
    <nav className="pager" aria-label={t('lesson.pager')}>
      {lesson.previous ? (
        <Link to={`/lessons/${lesson.previous.id}`} className="pager__link pager__link--previous" rel="prev">
          <span className="pager__direction">
            <ArrowLeftIcon /> {t('lesson.previous')}
          </span>
          <span className="pager__title">{lesson.previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {lesson.next && (
        <Link to={`/lessons/${lesson.next.id}`} className="pager__link pager__link--next" rel="next">
          <span className="pager__direction">
            {t('lesson.next')} <ArrowRightIcon />
          </span>
          <span className="pager__title">{lesson.next.title}</span>
        </Link>
      )}
    </nav>
  );
}
