import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql-admin';
import { currentLanguage } from '../../i18n/i18n';
import { formatPercent } from '../../ui/format';

export const CompletionTotals_dashboard = graphql(`
  fragment CompletionTotals_dashboard on CompletionDashboard {
    byCountry {
      country
      enrolled
      completed
    }
    certificatesIssued
    certificatesRevoked
  }
`);

/** The course's figures at a glance, for the countries in view. */
export function CompletionTotals(props: { dashboard: FragmentType<typeof CompletionTotals_dashboard> }) {
  const { t } = useTranslation();
  const dashboard = useFragment(CompletionTotals_dashboard, props.dashboard);
  const language = currentLanguage();
  const numbers = new Intl.NumberFormat(language);
  const enrolled = dashboard.byCountry.reduce((sum, row) => sum + row.enrolled, 0);
  const completed = dashboard.byCountry.reduce((sum, row) => sum + row.completed, 0);
  const figures = [
    { label: t('admin.totals.enrolled'), value: numbers.format(enrolled) },
    { label: t('admin.totals.completed'), value: numbers.format(completed) },
    { label: t('admin.totals.completionRate'), value: enrolled ? formatPercent((completed / enrolled) * 100, language) : '—' },
    { label: t('admin.totals.certificatesIssued'), value: numbers.format(dashboard.certificatesIssued) },
    { label: t('admin.totals.certificatesRevoked'), value: numbers.format(dashboard.certificatesRevoked) },
  ];
  return (
    <dl className="stats admin-totals">
      {figures.map((figure) => (
        <div key={figure.label} className="stats__item">
          <dt>{figure.label}</dt>
          <dd>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
