import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/router';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { Badge } from '../../ui/badge';
import { CheckIcon, VideoIcon } from '../../ui/icons';
import { WebinarTime } from './webinar-time';
import { webinarStatus } from './webinar-status';

export const WebinarCard_webinar = graphql(`
  fragment WebinarCard_webinar on Webinar {
    id
    courseSlug
    title
    startsAt
    durationMinutes
    cancelledAt
    myRsvp
    recordingUrl
    ...WebinarTime_webinar
  }
`);

/** A webinar in a list: its title leads to its page; when it is, and whether the viewer has a seat. */
export function WebinarCard(props: { webinar: FragmentType<typeof WebinarCard_webinar> }) {
  const { t } = useTranslation();
  const webinar = useFragment(WebinarCard_webinar, props.webinar);
  const status = webinarStatus(webinar);
  return (
    <li className={`webinar-card${status === 'cancelled' ? ' webinar-card--cancelled' : ''}`}>
      <span className="webinar-card__icon" aria-hidden="true">
        <VideoIcon />
      </span>
      <div className="webinar-card__body">
        <p className="webinar-card__title">
          <Link to={`/courses/${webinar.courseSlug}/webinars/${webinar.id}`}>{webinar.title}</Link>
        </p>
        <WebinarTime webinar={webinar} />
        <p className="webinar-card__badges">
          {status === 'cancelled' && <Badge tone="danger">{t('webinar.status.cancelled')}</Badge>}
          {status === 'live' && <Badge tone="accent">{t('webinar.status.live')}</Badge>}
          {status === 'ended' && <Badge>{webinar.recordingUrl ? t('webinar.status.recording') : t('webinar.status.ended')}</Badge>}
          {webinar.myRsvp && status !== 'cancelled' && (
            <Badge tone="success">
              <CheckIcon /> {t('webinar.rsvp.going')}
            </Badge>
          )}
        </p>
      </div>
    </li>
  );
}
