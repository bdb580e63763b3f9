import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { CopyButton } from '../../ui/copy-button';
import { CalendarIcon } from '../../ui/icons';
import { ProblemMessage } from '../../ui/problem-message';

const CalendarFeedUrlDocument = graphql(`
  mutation CalendarFeedUrl($rotate: Boolean) {
    calendarFeedUrl(rotate: $rotate)
  }
`);

/** The personal calendar feed: a secret URL, shown on request, copyable, and replaceable when it has leaked. */
export function CalendarFeed() {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [rotated, setRotated] = useState(false);
  const [fetchUrl, { loading, error }] = useMutation(CalendarFeedUrlDocument);
  const fieldId = useId();

  async function load(rotate: boolean) {
    const result = await fetchUrl({ variables: { rotate } }).catch(() => undefined);
    if (result?.data) {
      setUrl(result.data.calendarFeedUrl);
      setRotated(rotate);
    }
  }

  return (
    <div className="calendar-feed">
      <p>{t('settings.feed.lead')}</p>
      {url === null ? (
        <button type="button" className="button button--secondary" disabled={loading} onClick={() => void load(false)}>
          <CalendarIcon /> {t('settings.feed.show')}
        </button>
      ) : (
        <>
          <div className="field">
            <label htmlFor={fieldId}>{t('settings.feed.label')}</label>
            <input id={fieldId} className="calendar-feed__url" readOnly value={url} onFocus={(event) => event.target.select()} />
          </div>
          <div className="button-row">
            <CopyButton text={url} label={t('settings.feed.copy')} copiedLabel={t('settings.feed.copied')} failedLabel={t('settings.feed.copyFailed')} />
            <button type="button" className="button button--link" disabled={loading} onClick={() => void load(true)}>
              {t('settings.feed.rotate')}
            </button>
          </div>
          <p className="field__hint" role="status">
            {rotated ? t('settings.feed.rotated') : t('settings.feed.secret')}
          </p>
        </>
      )}
      {error && <ProblemMessage error={error} />}
    </div>
  );
}
