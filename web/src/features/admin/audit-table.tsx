import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql-admin';
import { currentLanguage } from '../../i18n/i18n';
import { formatDateTime } from '../../ui/format';
import { useTimeZone } from '../settings/use-time-zone';
import { AUDIT_ACTION_LABELS, isAuditAction, readableDetails } from './audit-actions';

export const AuditTable_entry = graphql(`
  fragment AuditTable_entry on AuditEntry {
    id
    at
    action
    actorId
    targetId
    details
    ip
  }
`);

/** Privileged actions, newest first: who did what to whom, from where. */
export function AuditTable(props: { entries: FragmentType<typeof AuditTable_entry>[] }) {
  const { t } = useTranslation();
  const entries = useFragment(AuditTable_entry, props.entries);
  const language = currentLanguage();
  const zone = useTimeZone();
  return (
    <div className="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
      <table className="table table--keep audit-table">
        <caption id="audit-caption" className="visually-hidden">
          {t('admin.audit.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.audit.when')}</th>
            <th scope="col">{t('admin.audit.action')}</th>
            <th scope="col">{t('admin.audit.actor')}</th>
            <th scope="col">{t('admin.audit.target')}</th>
            <th scope="col">{t('admin.audit.details')}</th>
            <th scope="col">{t('admin.audit.ip')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="nowrap">
                <time dateTime={entry.at}>{formatDateTime(entry.at, language, zone)}</time>
              </td>
              <td>
                <span className="audit-table__action">{isAuditAction(entry.action) ? t(AUDIT_ACTION_LABELS[entry.action]) : entry.action}</span>
                <code className="audit-table__code">{entry.action}</code>
              </td>
              <td className="audit-table__id">{entry.actorId ?? t('admin.audit.system')}</td>
              <td className="audit-table__id">{entry.targetId ?? '—'}</td>
              <td>
                <AuditDetails details={entry.details} />
              </td>
              <td className="nowrap">{entry.ip ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AuditDetails({ details }: { details: string }) {
  const lines = readableDetails(details);
  if (lines.length === 0) return <>—</>;
  return (
    <ul className="audit-table__details">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
