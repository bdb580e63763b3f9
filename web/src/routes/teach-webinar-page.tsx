import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from '../routing/router';
import { errorCode } from '../apollo/errors';
import { useAuth } from '../features/auth/auth-context';
import { AttendanceCsv } from '../features/teach/attendance-csv';
import { AttendanceRoster } from '../features/teach/attendance-roster';
import { isStaff } from '../features/teach/staff';
import { WebinarForm } from '../features/teach/webinar-form';
import { webinarValues, type WebinarFields } from '../features/teach/webinar-form-values';
import { WebinarQuestions } from '../features/webinars/webinar-questions';
import { webinarStatus } from '../features/webinars/webinar-status';
import { WebinarTime } from '../features/webinars/webinar-time';
import { graphql, useFragment } from '../gql';
import { Alert } from '../ui/alert';
import { Badge } from '../ui/badge';
import { Loading } from '../ui/loading';
import { ProblemMessage } from '../ui/problem-message';
import { useDocumentTitle } from '../ui/use-document-title';
import { NotFoundPage } from './not-found-page';

const TeachWebinarPage_webinar = graphql(`
  fragment TeachWebinarPage_webinar on Webinar {
    id
    courseSlug
    title
    description
    week
    startsAt
    durationMinutes
    timeZone
    joinUrl
    recordingUrl
    capacity
    seatsTaken
    cancelledAt
    ...WebinarTime_webinar
    ...WebinarQuestions_webinar
  }
`);

// The course list names the weeks for the edit form in the same request as the webinar.
const TeachWebinarPageQuery = graphql(`
  query TeachWebinarPage($id: ID!) {
    webinar(id: $id) {
      id
      ...TeachWebinarPage_webinar
    }
    webinarRoster(webinarId: $id) {
      ...AttendanceRoster_entry
    }
    courses {
      slug
      title
      weeks {
        number
        title
        isWebinarWeek
      }
    }
  }
`);

const UpdateWebinarDocument = graphql(`
  mutation UpdateWebinar($id: ID!, $input: WebinarUpdateInput!) {
    updateWebinar(id: $id, input: $input) {
      id
      ...TeachWebinarPage_webinar
    }
  }
`);

const CancelWebinarDocument = graphql(`
  mutation CancelWebinar($id: ID!) {
    cancelWebinar(id: $id) {
      id
      cancelledAt
    }
  }
`);

/** One webinar for its instructor: details and changes, cancellation, attendance, and the questions asked. */
export function TeachWebinarPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { signedIn, viewer } = useAuth();
  const location = useLocation();
  const staff = isStaff(viewer?.role);
  const { data, loading, error, refetch } = useQuery(TeachWebinarPageQuery, { variables: { id }, skip: !staff, errorPolicy: 'all' });
  const [update, updateState] = useMutation(UpdateWebinarDocument);
  const [cancel, cancelState] = useMutation(CancelWebinarDocument);
  const [editing, setEditing] = useState(false);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const [saved, setSaved] = useState(false);
  const webinar = useFragment(TeachWebinarPage_webinar, data?.webinar);
  useDocumentTitle(webinar?.title ?? t('teach.title'));

  if (!signedIn) return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname)}`} replace />;
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
  if (!webinar) {
    if (loading) return <Loading label={t('common.loading')} />;
    if (error && errorCode(error) !== 'NOT_FOUND') return <ProblemMessage error={error} onRetry={() => void refetch()} />;
    return <NotFoundPage />;
  }

  const course = data?.courses.find((c) => c.slug === webinar.courseSlug);
  const status = webinarStatus(webinar);

  async function save(fields: WebinarFields): Promise<boolean> {
    setSaved(false);
    const result = await update({ variables: { id: webinar!.id, input: fields } }).catch(() => undefined);
    if (!result?.data) return false;
    setEditing(false);
    setSaved(true);
    return true;
  }

  async function confirmCancel() {
    const result = await cancel({ variables: { id: webinar!.id } }).catch(() => undefined);
    if (result?.data) setConfirmingCancel(false);
  }

  return (
    <article className="teach-webinar-page" aria-labelledby="teach-webinar-title">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <ol>
          <li>
            <Link to={`/teach?course=${encodeURIComponent(webinar.courseSlug)}`}>{t('teach.title')}</Link>
          </li>
          <li aria-current="page">{webinar.title}</li>
        </ol>
      </nav>
      <header className="webinar-page__header">
        <p className="eyebrow">
          {course?.title ?? webinar.courseSlug}
          <span className="eyebrow__detail">{t('common.week', { number: webinar.week })}</span>
          {status === 'cancelled' && <Badge tone="danger">{t('webinar.status.cancelled')}</Badge>}
          {status === 'live' && <Badge tone="accent">{t('webinar.status.live')}</Badge>}
          {status === 'ended' && <Badge>{t('webinar.status.ended')}</Badge>}
        </p>
        <h1 id="teach-webinar-title">{webinar.title}</h1>
        <WebinarTime webinar={webinar} />
        <p className="muted">
          {webinar.capacity
            ? t('webinar.rsvp.seats', { taken: webinar.seatsTaken, capacity: webinar.capacity })
            : t('webinar.rsvp.seatsUnlimited', { count: webinar.seatsTaken })}
          {' · '}
          <Link to={`/courses/${webinar.courseSlug}/webinars/${webinar.id}`}>{t('teach.webinars.traineeView')}</Link>
        </p>
      </header>

      <p className="form__status" role="status">
        {saved ? t('teach.webinars.saved') : ''}
      </p>

      {status !== 'cancelled' && (
        <section className="card teach-card" aria-labelledby="teach-webinar-details-title">
          <div className="section-heading">
            <h2 id="teach-webinar-details-title">{t('teach.webinars.details')}</h2>
            {!editing && (
              <div className="button-row">
                <button type="button" className="button button--secondary button--small" onClick={() => setEditing(true)}>
                  {t('teach.webinars.edit')}
                </button>
                {!confirmingCancel && (
                  <button type="button" className="button button--danger button--small" onClick={() => setConfirmingCancel(true)}>
                    {t('teach.webinars.cancel')}
                  </button>
                )}
              </div>
            )}
          </div>
          {confirmingCancel && (
            <div className="confirm" role="group" aria-labelledby="confirm-cancel-text">
              <p id="confirm-cancel-text">{t('teach.webinars.cancelConfirm')}</p>
              <div className="button-row">
                <button type="button" className="button button--danger" disabled={cancelState.loading} onClick={() => void confirmCancel()}>
                  {t('teach.webinars.cancelYes')}
                </button>
                <button type="button" className="button button--secondary" onClick={() => setConfirmingCancel(false)}>
                  {t('teach.webinars.cancelNo')}
                </button>
              </div>
              {cancelState.error && <ProblemMessage error={cancelState.error} />}
            </div>
          )}
          {editing ? (
            <WebinarForm
              labelledBy="teach-webinar-details-title"
              mode="edit"
              weeks={course?.weeks ?? []}
              initial={webinarValues(webinar)}
              submitting={updateState.loading}
              error={updateState.error}
              onSubmit={save}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <dl className="details-list">
              <div>
                <dt>{t('teach.form.description')}</dt>
                <dd>{webinar.description || <span className="muted">{t('teach.webinars.noDescription')}</span>}</dd>
              </div>
              <div>
                <dt>{t('teach.form.joinUrl')}</dt>
                <dd className="details-list__url">{webinar.joinUrl ? <a href={webinar.joinUrl}>{webinar.joinUrl}</a> : '—'}</dd>
              </div>
              <div>
                <dt>{t('teach.form.recordingUrl')}</dt>
                <dd className="details-list__url">
                  {webinar.recordingUrl ? <a href={webinar.recordingUrl}>{webinar.recordingUrl}</a> : <span className="muted">{t('teach.webinars.noRecording')}</span>}
                </dd>
              </div>
            </dl>
          )}
        </section>
      )}

      <section className="teach-section" aria-labelledby="teach-roster-title">
        <h2 id="teach-roster-title">{t('teach.roster.title')}</h2>
        <AttendanceRoster webinarId={webinar.id} entries={data?.webinarRoster ?? []} onChanged={() => refetch()} />
      </section>

      <section className="teach-section card teach-card" aria-labelledby="teach-csv-title">
        <h2 id="teach-csv-title">{t('teach.csv.title')}</h2>
        <AttendanceCsv webinarId={webinar.id} onChanged={() => refetch()} />
      </section>

      <section className="teach-section">
        <WebinarQuestions webinar={webinar} canTakePart readOnly />
      </section>
    </article>
  );
}
