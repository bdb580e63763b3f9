import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/router';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { Badge } from '../../ui/badge';
import { WebinarTime } from '../webinars/webinar-time';
import { webinarStatus } from '../webinars/webinar-status';

export const TeachWebinarItem_webinar = graphql(`
  fragment TeachWebinarItem_webinar on Webinar {
    id
    title
    week
    startsAt
    durationMinutes
    cancelledAt
    seatsTaken
    capacity
    recordingUrl
    questions {
      id
    }
    ...WebinarTime_webinar
  }
`);

/** A webinar in the instructor's list, with seats, questions and a way in to manage it. */
export function TeachWebinarItem(props: { webinar: FragmentType<typeof TeachWebinarItem_webinar> }) {
  const { t } = useTranslation();
  const webinar = useFragment(TeachWebinarItem_webinar, props.webinar);
  const status = webinarStatus(webinar);
  return (
    <li className={`card teach-webinar${status === 'cancelled' ? ' teach-webinar--cancelled' : ''}`}>
      <div className="teach-webinar__main">
        <p className="eyebrow">
          {t('common.week', { number: webinar.week })}
          {status === 'cancelled' && <Badge tone="danger">{t('webinar.status.cancelled')}</Badge>}
          {status === 'live' && <Badge tone="accent">{t('webinar.status.live')}</Badge>}
          {status === 'ended' && <Badge>{webinar.recordingUrl ? t('webinar.status.recording') : t('webinar.status.ended')}</Badge>}
        </p>
        <h3 className="teach-webinar__title">{webinar.title}</h3>
        <WebinarTime webinar={webinar} />
        <p className="teach-webinar__facts">
          <span>
            {webinar.capacity
              ? t('webinar.rsvp.seats', { taken: webinar.seatsTaken, capacity: webinar.capacity })
              : t('webinar.rsvp.seatsUnlimited', { count: webinar.seatsTaken })}
          </span>
          <span>{t('teach.webinars.questions', { count: webinar.questions.length })}</span>
        </p>
      </div>
      <Link to={`/teach/webinars/${webinar.id}`} className="button button--secondary" aria-label={t('teach.webinars.manageNamed', { title: webinar.title })}>
        {t('teach.webinars.manage')}
      </Link>
    </li>
  );
}
