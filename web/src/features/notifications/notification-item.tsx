import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/router';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../ui/format';
import { BellIcon, CalendarIcon } from '../../ui/icons';
import { useTimeZone } from '../settings/use-time-zone';

export const NotificationItem_notification = graphql(`
  fragment NotificationItem_notification on Notification {
    id
    kind
    title
    body
    webinarId
    createdAt
    readAt
  }
`);

interface NotificationItemProps {
  notification: FragmentType<typeof NotificationItem_notification>;
  /** The page of the webinar concerned, when there is one. */
  webinarPath?: `/${string}`;
}

export function NotificationItem({ webinarPath, ...props }: NotificationItemProps) {
  const { t } = useTranslation();
  const notice = useFragment(NotificationItem_notification, props.notification);
  const zone = useTimeZone();
  const unread = !notice.readAt;
  return (
    <li className={`notice${unread ? ' notice--unread' : ''}`}>
      <span className="notice__icon" aria-hidden="true">
        {notice.webinarId ? <CalendarIcon /> : <BellIcon />}
      </span>
      <div className="notice__body">
        <p className="notice__title">
          {unread && <span className="visually-hidden">{t('notifications.unread')}: </span>}
          {webinarPath ? <Link to={webinarPath}>{notice.title}</Link> : notice.title}
        </p>
        <p className="notice__text">{notice.body}</p>
        <p className="notice__date">
          <time dateTime={notice.createdAt}>{formatDateTime(notice.createdAt, currentLanguage(), zone)}</time>
        </p>
      </div>
      {unread && <span className="notice__dot" aria-hidden="true" />}
    </li>
  );
}
