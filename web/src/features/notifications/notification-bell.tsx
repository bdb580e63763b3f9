import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NavLink } from '../../routing/router';
import { graphql } from '../../gql';
import { BellIcon } from '../../ui/icons';

// The header asks on its own, and again now and then, so a notice shows without a reload.
const NotificationBellQuery = graphql(`
  query NotificationBell {
    myNotifications {
      id
      readAt
    }
  }
`);

const POLL_MS = 60_000;

export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useQuery(NotificationBellQuery, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const unread = data?.myNotifications.filter((notice) => !notice.readAt).length ?? 0;
  return (
    <NavLink
      to="/notifications"
      className="bell"
      aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
    >
      <BellIcon />
      {unread > 0 && (
        <span className="bell__count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </NavLink>
  );
}
