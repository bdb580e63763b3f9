import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { focalCountry, isFullAdmin } from '../features/admin/admin-access';
import { CohortFilter } from '../features/admin/cohort-filter';
import { COMPLETION_PAGE_SIZE, CompletionTable } from '../features/admin/completion-table';
import { CompletionTotals } from '../features/admin/completion-totals';
import { CountryChart } from '../features/admin/country-chart';
import { CountryFilter } from '../features/admin/country-filter';
import { ExportCsvButton } from '../features/admin/export-csv-button';
import { offsetOfPage, pageOfOffset } from '../features/admin/page-param';
import { UpcomingWebinars } from '../features/admin/upcoming-webinars';
import { useFilterParams } from '../features/admin/use-filter-params';
import { WeekStops } from '../features/admin/week-stops';
import { useAuth } from '../features/auth/auth-context';
import { graphql } from '../gql-admin';
import { Loading } from '../ui/loading';
import { ProblemMessage } from '../ui/problem-message';
import { useDocumentTitle } from '../ui/use-document-title';

const AdminDashboardCoursesQuery = graphql(`
  query AdminDashboardCourses {
    courses {
      slug
      title
    }
  }
`);

const AdminDashboardPageQuery = graphql(`
  query AdminDashboardPage($slug: String!, $country: String, $cohortId: ID, $offset: Int!, $limit: Int!) {
    course(slug: $slug) {
      slug
      title
      weeks {
        number
        title
      }
    }
    completionDashboard(courseSlug: $slug, country: $country) {
      courseSlug
      ...CompletionTotals_dashboard
      ...CountryChart_dashboard
      ...WeekStops_dashboard
      ...UpcomingWebinars_dashboard
    }
    completionReport(courseSlug: $slug, country: $country, cohortId: $cohortId, offset: $offset, limit: $limit) {
      courseSlug
      ...CompletionTable_report
    }
  }
`);

/** How a course is going: totals, completion by country and by week, the next webinars, and every learner's line. */
export function AdminDashboardPage() {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const [params, setFilters] = useFilterParams();
  const scope = focalCountry(viewer);
  const coursesQuery = useQuery(AdminDashboardCoursesQuery);
  const slug = params.get('course') ?? coursesQuery.data?.courses[0]?.slug;
  // A focal point's country is fixed by the server; only full administrators pick one.
  const country = scope ? undefined : params.get('country') || undefined;
  const cohortId = params.get('cohort') || undefined;
  const offset = offsetOfPage(params.get('page'), COMPLETION_PAGE_SIZE);
  const { data, previousData, loading, error, refetch } = useQuery(AdminDashboardPageQuery, {
    variables: { slug: slug ?? '', country, cohortId, offset, limit: COMPLETION_PAGE_SIZE },
    skip: !slug,
  });
  useDocumentTitle(t('admin.dashboard.title'));

  // While another page or filter loads, the figures in view stay until the new ones arrive.
  const shown = data ?? previousData;
  if (!shown?.course) {
    if (loading || coursesQuery.loading) return <Loading label={t('common.loading')} />;
    return <ProblemMessage error={error ?? coursesQuery.error} onRetry={() => void refetch()} />;
  }
  const { course, completionDashboard: dashboard, completionReport: report } = shown;
  const courses = coursesQuery.data?.courses ?? [];

  return (
    <div className="admin-dashboard">
      <header className="page-hero">
        <p className="eyebrow">{t('admin.eyebrow')}</p>
        <h1>{t('admin.dashboard.title')}</h1>
        <p className="page-hero__lead">{course.title}</p>
      </header>

      <div className="admin-filters" role="group" aria-label={t('admin.filters.label')}>
        {courses.length > 1 && (
          <div className="field">
            <label htmlFor="admin-course">{t('teach.course')}</label>
            <select id="admin-course" value={course.slug} onChange={(event) => setFilters({ course: event.target.value, cohort: undefined, page: undefined })}>
              {courses.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.title}
                </option>
              ))}
            </select>
          </div>
        )}
        {!scope && <CountryFilter value={country ?? ''} onChange={(value) => setFilters({ country: value, page: undefined })} />}
      </div>
      {error && <ProblemMessage error={error} onRetry={() => void refetch()} />}

      <section className="admin-section" aria-labelledby="admin-totals-title">
        <h2 id="admin-totals-title" className="visually-hidden">
          {t('admin.totals.title')}
        </h2>
        <CompletionTotals dashboard={dashboard} />
      </section>

      <div className="admin-columns">
        <section className="admin-section" aria-labelledby="admin-countries-title">
          <h2 id="admin-countries-title">{t('admin.chart.title')}</h2>
          <CountryChart dashboard={dashboard} />
        </section>
        <section className="admin-section" aria-labelledby="admin-weeks-title">
          <h2 id="admin-weeks-title">{t('admin.weeks.title')}</h2>
          <p className="muted admin-section__lead">{t('admin.weeks.lead')}</p>
          <WeekStops dashboard={dashboard} weeks={course.weeks} />
        </section>
      </div>

      <section className="admin-section" aria-labelledby="admin-webinars-title">
        <h2 id="admin-webinars-title">{t('admin.webinars.title')}</h2>
        <UpcomingWebinars dashboard={dashboard} />
      </section>

      <section className="admin-section" aria-labelledby="admin-report-title">
        <div className="section-heading admin-section__heading">
          <h2 id="admin-report-title">{t('admin.report.title')}</h2>
          <ExportCsvButton courseSlug={course.slug} country={country} cohortId={cohortId} />
        </div>
        <div className="admin-filters admin-filters--inline">
          <CohortFilter courseSlug={course.slug} value={cohortId ?? ''} onChange={(value) => setFilters({ cohort: value, page: undefined })} />
        </div>
        <CompletionTable
          report={report}
          offset={offset}
          busy={loading}
          linkCertificates={isFullAdmin(viewer)}
          onPage={(next) => setFilters({ page: pageOfOffset(next, COMPLETION_PAGE_SIZE) })}
        />
      </section>
    </div>
  );
}
