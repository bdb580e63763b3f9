import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../features/auth/auth-context';
import { CourseCard } from '../features/courses/course-card';
import { CourseIntro } from '../features/courses/course-intro';
import { graphql } from '../gql';
import { Loading } from '../ui/loading';
import { ProblemMessage } from '../ui/problem-message';
import { useDocumentTitle } from '../ui/use-document-title';

const DashboardPageQuery = graphql(`
  query DashboardPage($signedIn: Boolean!) {
    me @include(if: $signedIn) {
      id
      name
    }
    courses {
      slug
      ...CourseIntro_course
      ...CourseCard_course
    }
  }
`);

export function DashboardPage() {
  const { t } = useTranslation();
  const { signedIn } = useAuth();
  const { data, loading, error, refetch } = useQuery(DashboardPageQuery, { variables: { signedIn } });
  useDocumentTitle(signedIn ? t('dashboard.title') : undefined);

  if (!data) {
    if (loading) return <Loading label={t('common.loading')} />;
    return <ProblemMessage error={error} onRetry={() => void refetch()} />;
  }

  if (!signedIn) {
    const [featured] = data.courses;
    return <div className="landing">{featured ? <CourseIntro course={featured} /> : <h1>{t('app.name')}</h1>}</div>;
  }

  return (
    <div className="dashboard">
      <header className="dashboard__header">
        <h1>{data.me ? t('dashboard.greeting', { name: data.me.name.split(' ')[0] }) : t('dashboard.title')}</h1>
        <p className="muted">{t('dashboard.lead')}</p>
      </header>
      <section aria-label={t('dashboard.courses')}>
        <div className="course-list">
          {data.courses.map((course) => (
            <CourseCard key={course.slug} course={course} />
          ))}
        </div>
      </section>
    </div>
  );
}
