import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { Alert } from '../../ui/alert';
import { CalendarIcon } from '../../ui/icons';
import { downloadWithToken } from '../auth/authorized-download';

export const AddToCalendar_webinar = graphql(`
  fragment AddToCalendar_webinar on Webinar {
    id
    icsUrl
  }
`);

/** Saves the webinar's .ics file; the server sends it only with the viewer's token. */
export function AddToCalendar(props: { webinar: FragmentType<typeof AddToCalendar_webinar> }) {
  const { t } = useTranslation();
  const webinar = useFragment(AddToCalendar_webinar, props.webinar);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function download() {
    setBusy(true);
    setFailed(false);
    try {
      await downloadWithToken(webinar.icsUrl, `webinar-${webinar.id}.ics`);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void download()}>
        <CalendarIcon /> {busy ? t('webinar.calendar.downloading') : t('webinar.calendar.add')}
      </button>
      {failed && <Alert tone="error" title={t('webinar.calendar.failed')} />}
    </>
  );
}
