import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql-admin';
import { Badge } from '../../ui/badge';
import { CopyButton } from '../../ui/copy-button';
import { CsvImportForm } from '../../ui/csv-import';

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
  const [invite, { data, loading, error, reset }] = useMutation(InviteUsersDocument);
  const report = data?.inviteUsers;

  async function submit(csv: string) {
    const result = await invite({ variables: { csv } }).catch(() => undefined);
    if (result?.data?.inviteUsers.invited) onInvited();
  }

  return (
    <CsvImportForm
      className="invite-users"
      texts={{
        label: t('admin.invite.label'),
        hint: t('admin.invite.hint'),
        file: t('admin.invite.file'),
        submit: t('admin.invite.submit'),
        submitting: t('admin.invite.inviting'),
        report: t('admin.invite.report'),
        detail: t('admin.invite.linkOrReason'),
      }}
      placeholder="email,name,country,post"
      busy={loading}
      error={error}
      onSubmit={submit}
      onEdit={reset}
      report={report && { summary: t('admin.invite.summary', { invited: report.invited, refused: report.refused }), rows: report.rows }}
      status={(row) => <Badge tone={row.status === 'INVITED' ? 'success' : 'danger'}>{row.status === 'INVITED' ? t('admin.invite.invited') : t('teach.csv.refusedRow')}</Badge>}
      detail={(row) =>
        row.link ? (
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
        )
      }
    />
  );
}
