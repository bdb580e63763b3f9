import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { Badge } from '../../ui/badge';
import { CheckIcon } from '../../ui/icons';
import { ProblemMessage } from '../../ui/problem-message';
import { webinarStatus } from './webinar-status';

export const RsvpButton_webinar = graphql(`
  fragment RsvpButton_webinar on Webinar {
    id
    myRsvp
    seatsTaken
    capacity
    cancelledAt
    startsAt
    durationMinutes
  }
`);

const RsvpWebinarDocument = graphql(`
  mutation RsvpWebinar($webinarId: ID!, $going: Boolean!) {
    rsvpWebinar(webinarId: $webinarId, going: $going) {
      id
      myRsvp
      seatsTaken
    }
  }
`);

/** Reserve or give up a seat, with how many are taken; seats close when the webinar starts. */
export function RsvpButton(props: { webinar: FragmentType<typeof RsvpButton_webinar> }) {
  const { t } = useTranslation();
  const webinar = useFragment(RsvpButton_webinar, props.webinar);
  const [rsvp, { loading, error }] = useMutation(RsvpWebinarDocument);
  const open = webinarStatus(webinar) === 'upcoming';
  const full = webinar.capacity !== null && webinar.capacity !== undefined && webinar.seatsTaken >= webinar.capacity;

  return (
    <div className="rsvp">
      <p className="rsvp__seats">
        {webinar.capacity === null || webinar.capacity === undefined
          ? t('webinar.rsvp.seatsUnlimited', { count: webinar.seatsTaken })
          : t('webinar.rsvp.seats', { taken: webinar.seatsTaken, capacity: webinar.capacity })}
      </p>
      {webinar.myRsvp && (
        <Badge tone="success">
          <CheckIcon /> {t('webinar.rsvp.going')}
        </Badge>
      )}
      {open && (
        <button
          type="button"
          className={`button ${webinar.myRsvp ? 'button--secondary' : 'button--primary'}`}
          disabled={loading || (full && !webinar.myRsvp)}
          onClick={() => void rsvp({ variables: { webinarId: webinar.id, going: !webinar.myRsvp } }).catch(() => undefined)}
        >
          {loading ? t('webinar.rsvp.saving') : webinar.myRsvp ? t('webinar.rsvp.cancel') : full ? t('webinar.rsvp.full') : t('webinar.rsvp.reserve')}
        </button>
      )}
      {error && <ProblemMessage error={error} />}
    </div>
  );
}
