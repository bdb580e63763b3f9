import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/router';
import { graphql, useFragment, type FragmentType } from '../../gql-admin';
import { currentLanguage } from '../../i18n/i18n';
import { Badge } from '../../ui/badge';
import { formatDate, formatPercent } from '../../ui/format';
import { Pager } from '../../ui/pager';
import { countryNamer } from '../auth/countries';
import { useTimeZone } from '../settings/use-time-zone';

export const COMPLETION_PAGE_SIZE = 50;

export const CompletionTable_report = graphql(`
  fragment CompletionTable_report on CompletionReport {
    enrolled
    rows {
      user {
        id
        name
        email
        country
      }
      percent
      completedAt
      certificateCode
      cohortName
      cohortSelfPaced
    }
  }
`);

interface CompletionTableProps {
  report: FragmentType<typeof CompletionTable_report>;
  offset: number;
  onPage(offset: number): void;
  /** Full administrators may revoke: their certificate codes lead to the revocation form. */
  linkCertificates: boolean;
  busy: boolean;
}

/** Every enrolled learner in view, by name, a page at a time. */
export function CompletionTable({ offset, onPage, linkCertificates, busy, ...props }: CompletionTableProps) {
  const { t } = useTranslation();
  const report = useFragment(CompletionTable_report, props.report);
  const language = currentLanguage();
  const zone = useTimeZone();
  const country = countryNamer(language);

  if (report.enrolled === 0) return <p className="empty-state card">{t('admin.report.empty')}</p>;

  return (
    <div className="completion-table" aria-busy={busy}>
      <div className="table-scroll" role="region" aria-labelledby="completion-caption" tabIndex={0}>
        <table className="table table--keep">
          <caption id="completion-caption" className="visually-hidden">
            {t('admin.report.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.report.learner')}</th>
              <th scope="col">{t('admin.report.country')}</th>
              <th scope="col">{t('admin.report.cohort')}</th>
              <th scope="col" className="numeric">
                {t('admin.report.progress')}
              </th>
              <th scope="col">{t('admin.report.completedOn')}</th>
              <th scope="col">{t('admin.report.certificate')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.user.id}>
                <th scope="row">
                  <span className="progress-table__name">{row.user.name}</span>
                  <span className="progress-table__email">{row.user.email}</span>
                </th>
                <td>{country(row.user.country)}</td>
                <td>{row.cohortSelfPaced ? t('teach.cohorts.selfPaced') : (row.cohortName ?? '—')}</td>
                <td className="numeric">{formatPercent(row.percent, language)}</td>
                <td>{row.completedAt ? <Badge tone="success">{formatDate(row.completedAt, language, zone)}</Badge> : '—'}</td>
                <td className="code-cell">
                  {row.certificateCode ? (
                    linkCertificates ? (
                      <Link to={`/admin/certificates?code=${encodeURIComponent(row.certificateCode)}`} title={t('admin.report.manageCertificate')}>
                        {row.certificateCode}
                      </Link>
                    ) : (
                      row.certificateCode
                    )
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager offset={offset} limit={COMPLETION_PAGE_SIZE} total={report.enrolled} label={t('admin.report.pages')} onChange={onPage} />
    </div>
  );
}
