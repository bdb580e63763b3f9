import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from '../routing/router';
import { SignInLinks } from '../features/auth/sign-in-links';
import { errorCode } from '../apollo/errors';
import { useAuth } from '../features/auth/auth-context';
import { EnrollPanel } from '../features/courses/enroll-panel';
import { AddToCalendar } from '../features/webinars/add-to-calendar';
import { RsvpButton } from '../features/webinars/rsvp-button';
import { WebinarQuestions } from '../features/webinars/webinar-questions';
import { webinarStatus } from '../features/webinars/webinar-status';
import { WebinarTime } from '../features/webinars/webinar-time';
import { graphql } from '../gql';
import { Alert } from '../ui/alert';
import { Badge } from '../ui/badge';
import { VideoIcon } from '../ui/icons';
import { Loading } from '../ui/loading';
import { ProblemMessage } from '../ui/problem-message';
import { useDocumentTitle } from '../ui/use-document-title';
import { NotFoundPage } from './not-found-page';

const WebinarPageQuery = graphql(`
  query WebinarPage($id: ID!, $slug: String!, $signedIn: Boolean!) {
    webinar(id: $id) {
      id
      courseSlug
      week
      title
      description
      startsAt
      durationMinutes
      cancelledAt
      joinUrl
      recordingUrl
      ...WebinarTime_webinar
      ...RsvpButton_webinar
      ...AddToCalendar_webinar
      ...WebinarQuestions_webinar
    }
    course(slug: $slug) {
      slug
      title
    }
    myProgress(courseSlug: $slug) @include(if: $signedIn) {
      courseSlug
      enrolled
    }
  }
`);

export function WebinarPage() {
  const { slug = '', id = '' } = useParams();
  const { t } = useTranslation();
  const { signedIn, viewer } = useAuth();
  const { data, loading, error, refetch } = useQuery(WebinarPageQuery, { variables: { id, slug, signedIn }, errorPolicy: 'all' });
  const webinar = data?.webinar;
  useDocumentTitle(webinar?.title);

  if (!webinar || webinar.courseSlug !== slug) {
    if (loading) return <Loading label={t('common.loading')} />;
    if (error && errorCode(error) !== 'NOT_FOUND') return <ProblemMessage error={error} onRetry={() => void refetch()} />;
    return <NotFoundPage />;
  }

  const status = webinarStatus(webinar);
  const staff = viewer?.role === 'INSTRUCTOR' || viewer?.role === 'ADMIN';
  const participant = staff || Boolean(data?.myProgress?.enrolled);

  return (
    <article className="webinar-page" aria-labelledby="webinar-title">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <ol>
          <li>
            <Link to={`/courses/${webinar.courseSlug}`}>{data?.course?.title ?? t('lesson.outline')}</Link>
          </li>
          <li aria-current="page">{t('common.week', { number: webinar.week })}</li>
        </ol>
      </nav>
      <header className="webinar-page__header">
        <p className="eyebrow">
          <VideoIcon /> {t('webinar.eyebrow', { number: webinar.week })}
          {status === 'cancelled' && <Badge tone="danger">{t('webinar.status.cancelled')}</Badge>}
          {status === 'live' && <Badge tone="accent">{t('webinar.status.live')}</Badge>}
          {status === 'ended' && <Badge>{t('webinar.status.ended')}</Badge>}
        </p>
        <h1 id="webinar-title">{webinar.title}</h1>
        <WebinarTime webinar={webinar} />
      </header>

      {status === 'cancelled' && <Alert tone="error" title={t('webinar.cancelledTitle')}>{t('webinar.cancelledLead')}</Alert>}

      {webinar.description && <p className="webinar-page__description">{webinar.description}</p>}

      {!signedIn && (
        <div className="enroll-panel">
          <div>
            <p className="enroll-panel__title">{t('webinar.signInTitle')}</p>
            <p className="muted">{t('webinar.signInLead')}</p>
          </div>
          <SignInLinks />
        </div>
      )}
      {signedIn && data?.myProgress && !participant && <EnrollPanel courseSlug={webinar.courseSlug} />}

      {participant && status !== 'cancelled' && (
        <section className="card webinar-panel" aria-label={t('webinar.takePart')}>
          {webinar.joinUrl && status !== 'ended' && (
            <div className="webinar-panel__join">
              <a href={webinar.joinUrl} className="button button--primary button--large" target="_blank" rel="noopener noreferrer">
                <VideoIcon /> {t('webinar.join')}
              </a>
              <p className="field__hint">{status === 'live' ? t('webinar.joinLive') : t('webinar.joinHint')}</p>
            </div>
          )}
          {webinar.recordingUrl && (
            <p>
              <a href={webinar.recordingUrl} target="_blank" rel="noopener noreferrer" className="button button--secondary">
                {t('webinar.recording')}
              </a>
            </p>
          )}
          {status === 'ended' && !webinar.recordingUrl && <p className="muted">{t('webinar.noRecordingYet')}</p>}
          <div className="webinar-panel__row">
            <RsvpButton webinar={webinar} />
            <AddToCalendar webinar={webinar} />
          </div>
        </section>
      )}

      {status !== 'cancelled' && <WebinarQuestions webinar={webinar} canTakePart={participant} />}

      <p className="lesson__back">
        <Link to={`/courses/${webinar.courseSlug}`}>{t('lesson.backToOutline')}</Link>
      </p>
    </article>
  );
}
