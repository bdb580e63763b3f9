import { useMutation } from '@apollo/client/react';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql-admin';
import { Badge } from '../../ui/badge';
import { CopyButton } from '../../ui/copy-button';
import { ProblemMessage } from '../../ui/problem-message';

const InviteUsersDocument = graphql(`
  mutation InviteUsers($csv: String!) {
    inviteUsers(csv: $csv) {
      invited
      refused
      rows {
        line
        email
        status
        reason
        link
      }
    }
  }
`);

/** Accounts for many at once from a CSV (pasted or from a file), reported row by row with each person's link to pass on. */
export function InviteUsers({ onInvited }: { onInvited(): void }) {
  const { t } = useTranslation();
  const [csv, setCsv] = useState('');
  const [invite, { data, loading, error, reset }] = useMutation(InviteUsersDocument);
  const id = useId();
  const report = data?.inviteUsers;

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) {
      setCsv(await file.text());
      reset();
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!csv.trim()) return;
    const result = await invite({ variables: { csv } }).catch(() => undefined);
    if (result?.data?.inviteUsers.invited) onInvited();
  }

  return (
    <form className="form invite-users" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={`${id}-csv`}>{t('admin.invite.label')}</label>
        <textarea
          id={`${id}-csv`}
          rows={5}
          className="attendance-csv__text"
          aria-describedby={`${id}-hint`}
          placeholder="email,name,country,post"
          value={csv}
          onChange={(event) => {
            setCsv(event.target.value);
            reset();
          }}
        />
        <p id={`${id}-hint`} className="field__hint">
          {t('admin.invite.hint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('admin.invite.file')}</label>
        <input id={`${id}-file`} type="file" accept=".csv,text/csv,text/plain" onChange={(event) => void readFile(event)} />
      </div>
      {error && <ProblemMessage error={error} />}
      <div>
        <button type="submit" className="button button--primary" disabled={loading || !csv.trim()}>
          {loading ? t('admin.invite.inviting') : t('admin.invite.submit')}
        </button>
      </div>
      <div role="status">
        {report && (
          <div className="csv-report">
            <p className="csv-report__summary">{t('admin.invite.summary', { invited: report.invited, refused: report.refused })}</p>
            {report.rows.length > 0 && (
              <div className="table-scroll" role="region" aria-label={t('admin.invite.report')} tabIndex={0}>
                <table className="table table--keep">
                  <thead>
                    <tr>
                      <th scope="col">{t('teach.csv.line')}</th>
                      <th scope="col">{t('auth.email')}</th>
                      <th scope="col">{t('teach.csv.status')}</th>
                      <th scope="col">{t('admin.invite.linkOrReason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.rows.map((row) => (
                      <tr key={row.line}>
                        <td>{row.line}</td>
                        <td className="csv-report__email">{row.email}</td>
                        <td>
                          <Badge tone={row.status === 'INVITED' ? 'success' : 'danger'}>{row.status === 'INVITED' ? t('admin.invite.invited') : t('teach.csv.refusedRow')}</Badge>
                        </td>
                        <td>
                          {row.link ? (
                            <div className="invite-users__link">
                              <code className="link-text">{row.link}</code>
                              <CopyButton
                                text={row.link}
                                label={t('admin.copyLink')}
                                accessibleLabel={t('admin.invite.copyFor', { email: row.email })}
                                copiedLabel={t('admin.linkCopied')}
                                failedLabel={t('admin.copyFailed')}
                                className="button button--secondary button--small"
                              />
                            </div>
                          ) : (
                            (row.reason ?? '')
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        )}
      </div>
    </form>
  );
}
