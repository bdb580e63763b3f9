import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { currentLanguage } from '../../i18n/i18n';
import { formatZonedDateTime } from '../../ui/format';
import { ClockIcon } from '../../ui/icons';
import { zoneCity } from '../../ui/time-zones';
import { useTimeZone } from '../settings/use-time-zone';

export const WebinarTime_webinar = graphql(`
  fragment WebinarTime_webinar on Webinar {
    startsAt
    durationMinutes
    timeZone
  }
`);

/** When a webinar is, on the viewer's clock with the zone named, and on the organiser's when that reads differently. */
export function WebinarTime(props: { webinar: FragmentType<typeof WebinarTime_webinar> }) {
  const { t } = useTranslation();
  const webinar = useFragment(WebinarTime_webinar, props.webinar);
  const zone = useTimeZone();
  const language = currentLanguage();
  const viewerTime = formatZonedDateTime(webinar.startsAt, language, zone);
  const organiserTime = formatZonedDateTime(webinar.startsAt, language, webinar.timeZone);
  return (
    <div className="webinar-time">
      <p className="webinar-time__main">
        <ClockIcon />
        <span>
          <time dateTime={webinar.startsAt}>{viewerTime}</time>
          <span className="webinar-time__duration">{t('webinar.duration', { count: webinar.durationMinutes })}</span>
        </span>
      </p>
      {organiserTime !== viewerTime && (
        <p className="webinar-time__organiser">{t('webinar.organiserTime', { time: organiserTime, place: zoneCity(webinar.timeZone) })}</p>
      )}
    </div>
  );
}
