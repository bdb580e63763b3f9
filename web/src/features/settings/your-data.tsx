import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { currentLanguage } from '../../i18n/i18n';
import { Alert } from '../../ui/alert';
import { formatDate } from '../../ui/format';
import { DownloadIcon } from '../../ui/icons';
import { ProblemMessage } from '../../ui/problem-message';
import { saveFile } from '../../ui/save-file';
import { useTimeZone } from './use-time-zone';

export const YourData_user = graphql(`
  fragment YourData_user on User {
    id
    deletionRequestedAt
  }
`);

const MyDataQuery = graphql(`
  query MyData {
    myData
  }
`);

const RequestAccountDeletionDocument = graphql(`
  mutation RequestAccountDeletion {
    requestAccountDeletion
  }
`);

/** The trainee's rights over their data: a copy of all of it, and asking for it to be deleted. */
export function YourData(props: { user: FragmentType<typeof YourData_user> }) {
  const { t } = useTranslation();
  const user = useFragment(YourData_user, props.user);
  const client = useApolloClient();
  const language = currentLanguage();
  const zone = useTimeZone();
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const [requestDeletion, deletionState] = useMutation(RequestAccountDeletionDocument, {
    update(cache, { data }) {
      if (!data) return;
      cache.modify({ id: cache.identify({ __typename: 'User', id: user.id }), fields: { deletionRequestedAt: () => data.requestAccountDeletion } });
    },
  });

  async function download() {
    setDownloading(true);
    setDownloadError(null);
    try {
      // Asked afresh each time and never kept in the cache: it is the whole of the person's data.
      const { data } = await client.query({ query: MyDataQuery, fetchPolicy: 'no-cache' });
      if (!data) throw new Error('No data');
      saveFile(new Blob([data.myData], { type: 'application/json' }), 'consular-campus-my-data.json');
    } catch (error) {
      setDownloadError(error);
    } finally {
      setDownloading(false);
    }
  }

  async function confirmDeletion() {
    const result = await requestDeletion().catch(() => undefined);
    if (result?.data) setConfirming(false);
  }

  return (
    <div className="your-data">
      <div className="your-data__part">
        <h3>{t('settings.data.copyTitle')}</h3>
        <p>{t('settings.data.copyLead')}</p>
        <button type="button" className="button button--secondary" disabled={downloading} onClick={() => void download()}>
          <DownloadIcon /> {downloading ? t('settings.data.downloading') : t('settings.data.download')}
        </button>
        {downloadError !== null && <ProblemMessage error={downloadError} />}
      </div>
      <div className="your-data__part">
        <h3>{t('settings.data.deleteTitle')}</h3>
        {user.deletionRequestedAt ? (
          <Alert tone="info" title={t('settings.data.requested', { date: formatDate(user.deletionRequestedAt, language, zone) })}>
            <p>{t('settings.data.requestedLead')}</p>
          </Alert>
        ) : (
          <>
            <p>{t('settings.data.deleteLead')}</p>
            {confirming ? (
              <div className="confirm" role="group" aria-labelledby="confirm-deletion-text">
                <p id="confirm-deletion-text">{t('settings.data.confirm')}</p>
                <div className="button-row">
                  <button type="button" className="button button--danger" disabled={deletionState.loading} onClick={() => void confirmDeletion()}>
                    {t('settings.data.confirmYes')}
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
                    {t('settings.data.confirmNo')}
                  </button>
                </div>
                {deletionState.error && <ProblemMessage error={deletionState.error} />}
              </div>
            ) : (
              <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
                {t('settings.data.delete')}
              </button>
            )}
          </>
        )}
      </div>
    </div>
  );
}
