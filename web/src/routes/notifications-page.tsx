import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from '../routing/router';
import { useAuth } from '../features/auth/auth-context';
import { NotificationItem } from '../features/notifications/notification-item';
import { graphql } from '../gql';
import { Loading } from '../ui/loading';
import { ProblemMessage } from '../ui/problem-message';
import { useDocumentTitle } from '../ui/use-document-title';

// The courses' webinar ids name the course of each webinar notice, for its link, in the same request.
const NotificationsPageQuery = graphql(`
  query NotificationsPage {
    myNotifications {
      id
      readAt
      webinarId
      ...NotificationItem_notification
    }
    courses {
      slug
      weeks {
        number
        webinars {
          id
        }
      }
    }
  }
`);

const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead {
    markNotificationsRead
  }
`);

export function NotificationsPage() {
  const { t } = useTranslation();
  const { signedIn } = useAuth();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(NotificationsPageQuery, { skip: !signedIn });
  const [markRead, markState] = useMutation(MarkNotificationsReadDocument, { refetchQueries: [NotificationsPageQuery], awaitRefetchQueries: true });
  useDocumentTitle(t('notifications.title'));

  if (!signedIn) return <Navigate to={`/signin?next=${encodeURIComponent(location.pathname)}`} replace />;
  if (!data) {
    if (loading) return <Loading label={t('common.loading')} />;
    return <ProblemMessage error={error} onRetry={() => void refetch()} />;
  }

  const unread = data.myNotifications.filter((notice) => !notice.readAt).length;
  const webinarPath = (webinarId: string | null | undefined): `/${string}` | undefined => {
    if (!webinarId) return undefined;
    const course = data.courses.find((c) => c.weeks.some((w) => w.webinars.some((webinar) => webinar.id === webinarId)));
    return course ? `/courses/${course.slug}/webinars/${webinarId}` : undefined;
  };

  return (
    <div className="notifications-page">
      <header className="page-hero section-heading">
        <div>
          <h1>{t('notifications.title')}</h1>
          <p className="muted">{t('notifications.unreadCount', { count: unread })}</p>
        </div>
        {unread > 0 && (
          <button type="button" className="button button--secondary" disabled={markState.loading} onClick={() => void markRead().catch(() => undefined)}>
            {markState.loading ? t('notifications.marking') : t('notifications.markAllRead')}
          </button>
        )}
      </header>
      {markState.error && <ProblemMessage error={markState.error} />}
      {data.myNotifications.length === 0 ? (
        <p className="card empty-state">{t('notifications.empty')}</p>
      ) : (
        <ul className="notice-list card" aria-label={t('notifications.title')}>
          {data.myNotifications.map((notice) => (
            <NotificationItem key={notice.id} notification={notice} webinarPath={webinarPath(notice.webinarId)} />
          ))}
        </ul>
      )}
    </div>
  );
}
