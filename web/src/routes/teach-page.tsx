import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from '../routing/router';
import { useAuth } from '../features/auth/auth-context';
import { useTimeZone } from '../features/settings/use-time-zone';
import { CohortPicker } from '../features/teach/cohort-picker';
import { CohortProgressTable } from '../features/teach/cohort-progress-table';
import { CreateCohortForm } from '../features/teach/create-cohort-form';
import { defaultCohort } from '../features/teach/default-cohort';
import { isStaff } from '../features/teach/staff';
import { TeachWebinarItem } from '../features/teach/teach-webinar-item';
import { WebinarForm } from '../features/teach/webinar-form';
import { emptyWebinarValues, type WebinarFields } from '../features/teach/webinar-form-values';
import { graphql } from '../gql';
import { Alert } from '../ui/alert';
import { Loading } from '../ui/loading';
import { ProblemMessage } from '../ui/problem-message';
import { useDocumentTitle } from '../ui/use-document-title';

const TeachCoursesQuery = graphql(`
  query TeachCourses {
    courses {
      slug
      title
    }
  }
`);

const TeachPageQuery = graphql(`
  query TeachPage($slug: String!) {
    course(slug: $slug) {
      slug
      title
      weeks {
        number
        title
        isWebinarWeek
      }
    }
    cohorts(courseSlug: $slug) {
      id
      selfPaced
      startsOn
      ...CohortPicker_cohort
    }
    webinars(courseSlug: $slug) {
      id
      ...TeachWebinarItem_webinar
    }
  }
`);

const ScheduleWebinarDocument = graphql(`
  mutation ScheduleWebinar($input: WebinarInput!) {
    scheduleWebinar(input: $input) {
      id
      title
      ...TeachWebinarItem_webinar
    }
  }
`);

/** The instructor's desk: a course's cohorts and their progress, and its webinars. The server enforces the role. */
export function TeachPage() {
  const { t } = useTranslation();
  const { signedIn, viewer } = useAuth();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const zone = useTimeZone();
  const staff = isStaff(viewer?.role);
  const coursesQuery = useQuery(TeachCoursesQuery, { skip: !staff });
  // Courses come first: the page opens on the one in the address, else the first.
  const slug = params.get('course') ?? coursesQuery.data?.courses[0]?.slug;
  const { data, loading, error, refetch } = useQuery(TeachPageQuery, { variables: { slug: slug ?? '' }, skip: !staff || !slug });
  const [schedule, scheduleState] = useMutation(ScheduleWebinarDocument, { refetchQueries: ['TeachPage'], awaitRefetchQueries: true });
  useDocumentTitle(t('teach.title'));

  const cohorts = data?.cohorts ?? [];
  const cohortParam = params.get('cohort');
  const cohortId = cohorts.some((c) => c.id === cohortParam) ? cohortParam! : defaultCohort(cohorts)?.id;

  const setParam = (name: string, value: string | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );

  if (!signedIn) return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!viewer) return <Loading label={t('common.loading')} />;
  if (!staff) {
    return (
      <section className="narrow-page card">
        <h1>{t('teach.title')}</h1>
        <Alert tone="info" title={t('errors.FORBIDDEN')}>
          <p>{t('teach.staffOnly')}</p>
        </Alert>
      </section>
    );
  }

  const course = data?.course;
  if (!course) {
    if (loading || coursesQuery.loading) return <Loading label={t('common.loading')} />;
    return <ProblemMessage error={error ?? coursesQuery.error} onRetry={() => void refetch()} />;
  }

  const firstWebinarWeek = course.weeks.find((week) => week.isWebinarWeek)?.number ?? course.weeks[0]?.number;

  async function scheduleWebinar(fields: WebinarFields): Promise<boolean> {
    const input = {
      courseSlug: course!.slug,
      title: fields.title,
      description: fields.description,
      week: fields.week,
      startsAt: fields.startsAt,
      durationMinutes: fields.durationMinutes,
      joinUrl: fields.joinUrl,
      timeZone: fields.timeZone,
      capacity: fields.capacity,
    };
    const result = await schedule({ variables: { input } }).catch(() => undefined);
    return Boolean(result?.data);
  }

  const courses = coursesQuery.data?.courses ?? [];

  return (
    <div className="teach-page">
      <header className="page-hero">
        <p className="eyebrow">{t('teach.eyebrow')}</p>
        <h1>{t('teach.title')}</h1>
        {courses.length > 1 ? (
          <div className="field teach-page__course">
            <label htmlFor="teach-course">{t('teach.course')}</label>
            <select id="teach-course" value={course.slug} onChange={(event) => setParams({ course: event.target.value }, { replace: true })}>
              {courses.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.title}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p className="page-hero__lead">{course.title}</p>
        )}
      </header>

      <section className="teach-section" aria-labelledby="teach-cohorts-title">
        <h2 id="teach-cohorts-title">{t('teach.cohorts.title')}</h2>
        <div className="card teach-card">
          {cohorts.length > 0 && cohortId ? (
            <CohortPicker cohorts={cohorts} value={cohortId} onChange={(id) => setParam('cohort', id)} />
          ) : (
            <p className="muted">{t('teach.cohorts.none')}</p>
          )}
          <details className="teach-details">
            <summary>{t('teach.cohorts.new')}</summary>
            <CreateCohortForm courseSlug={course.slug} onCreated={(id) => setParam('cohort', id)} />
          </details>
        </div>
      </section>

      <section className="teach-section" aria-labelledby="teach-progress-title">
        <h2 id="teach-progress-title">{t('teach.progress.title')}</h2>
        {cohortId ? <CohortProgressTable cohortId={cohortId} weeks={course.weeks.map((w) => w.number)} /> : <p className="muted">{t('teach.cohorts.none')}</p>}
      </section>

      <section className="teach-section" aria-labelledby="teach-webinars-title">
        <h2 id="teach-webinars-title">{t('teach.webinars.title')}</h2>
        {data.webinars.length === 0 ? (
          <p className="muted">{t('teach.webinars.none')}</p>
        ) : (
          <ul className="teach-webinars" aria-label={t('teach.webinars.listLabel')}>
            {data.webinars.map((webinar) => (
              <TeachWebinarItem key={webinar.id} webinar={webinar} />
            ))}
          </ul>
        )}
        <div className="card teach-card">
          <h3 id="schedule-webinar-title">{t('teach.webinars.schedule')}</h3>
          <WebinarForm
            labelledBy="schedule-webinar-title"
            key={course.slug}
            mode="schedule"
            weeks={course.weeks}
            initial={emptyWebinarValues(firstWebinarWeek, zone)}
            submitting={scheduleState.loading}
            error={scheduleState.error}
            onSubmit={scheduleWebinar}
          />
          <p className="form__status" role="status">
            {scheduleState.data && !scheduleState.loading ? t('teach.webinars.scheduled', { title: scheduleState.data.scheduleWebinar.title }) : ''}
          </p>
        </div>
      </section>
    </div>
  );
}

