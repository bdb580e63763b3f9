import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/router';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { Badge } from '../../ui/badge';

export const CourseIntro_course = graphql(`
  fragment CourseIntro_course on Course {
    slug
    title
    summary
    hours
    weeks {
      number
      title
      isWebinarWeek
    }
  }
`);

/** The course as a visitor first meets it: what it is, how long it takes, what each week covers. */
export function CourseIntro(props: { course: FragmentType<typeof CourseIntro_course> }) {
  const { t } = useTranslation();
  const course = useFragment(CourseIntro_course, props.course);
  return (
    <>
      <section className="landing-hero" aria-labelledby="landing-title">
        <div className="landing-hero__inner">
          <p className="eyebrow eyebrow--on-dark">{t('landing.eyebrow')}</p>
          <h1 id="landing-title">{course.title}</h1>
          <p className="landing-hero__lead">{course.summary}</p>
          <div className="button-row">
            <Link to="/signup" className="button button--accent">
              {t('landing.signUp')}
            </Link>
            <Link to="/signin" className="button button--on-dark">
              {t('landing.signIn')}
            </Link>
          </div>
          <ul className="facts facts--on-dark" aria-label={t('course.facts')}>
            <li>{t('course.hours', { count: course.hours })}</li>
            <li>{t('course.weeks', { count: course.weeks.length })}</li>
            <li>{t('landing.languages')}</li>
          </ul>
        </div>
      </section>
      <section className="landing-weeks" aria-labelledby="landing-weeks-title">
        <div className="section-heading">
          <h2 id="landing-weeks-title">{t('landing.weeksTitle')}</h2>
          <Link to={`/courses/${course.slug}`}>{t('landing.browse')}</Link>
        </div>
        <ol className="week-grid">
          {course.weeks.map((week) => (
            <li key={week.number} className="week-tile">
              <span className="week-tile__number">{t('common.week', { number: week.number })}</span>
              <span className="week-tile__title">{week.title}</span>
              {week.isWebinarWeek && <Badge tone="accent">{t('course.webinarWeek')}</Badge>}
            </li>
          ))}
        </ol>
      </section>
      <section className="landing-points" aria-label={t('landing.pointsLabel')}>
        <div className="point">
          <h3>{t('landing.point1Title')}</h3>
          <p>{t('landing.point1Body')}</p>
        </div>
        <div className="point">
          <h3>{t('landing.point2Title')}</h3>
          <p>{t('landing.point2Body')}</p>
        </div>
        <div className="point">
          <h3>{t('landing.point3Title')}</h3>
          <p>{t('landing.point3Body')}</p>
        </div>
      </section>
    </>
  );
}
