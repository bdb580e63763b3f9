import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql-admin';
import { currentLanguage } from '../../i18n/i18n';
import { formatNumber, formatPercent } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { countryNamer } from '../auth/countries';

// The charting library is fetched with the first chart, never by learners' pages.
const BarChart = lazy(() => import('../../ui/bar-chart').then((m) => ({ default: m.BarChart })));

export const CountryChart_dashboard = graphql(`
  fragment CountryChart_dashboard on CompletionDashboard {
    byCountry {
      country
      enrolled
      completed
    }
  }
`);

const ENROLLED_COLOR = '#9cc7cd';
const COMPLETED_COLOR = '#0b5868';

/** Enrolled against completed per country, as bars and, for exact figures and screen readers, as a table. */
export function CountryChart(props: { dashboard: FragmentType<typeof CountryChart_dashboard> }) {
  const { t } = useTranslation();
  const dashboard = useFragment(CountryChart_dashboard, props.dashboard);
  const language = currentLanguage();

  const rows = useMemo(() => {
    const name = countryNamer(language);
    const collator = new Intl.Collator(language);
    return dashboard.byCountry.map((row) => ({ ...row, name: name(row.country) })).sort((a, b) => collator.compare(a.name, b.name));
  }, [dashboard.byCountry, language]);
  const categories = useMemo(() => rows.map((row) => row.name), [rows]);
  const series = useMemo(
    () => [
      { label: t('admin.chart.enrolled'), values: rows.map((row) => row.enrolled), color: ENROLLED_COLOR },
      { label: t('admin.chart.completed'), values: rows.map((row) => row.completed), color: COMPLETED_COLOR },
    ],
    [rows, t],
  );

  if (rows.length === 0) return <p className="empty-state card">{t('admin.chart.empty')}</p>;

  return (
    <div className="card admin-card country-chart">
      <Suspense fallback={<Loading label={t('common.loading')} />}>
        <BarChart categories={categories} series={series} language={language} label={t('admin.chart.label')} />
      </Suspense>
      <details className="admin-details">
        <summary>{t('admin.chart.asTable')}</summary>
        <div className="table-scroll" role="region" aria-label={t('admin.chart.label')} tabIndex={0}>
          <table className="table table--keep">
            <thead>
              <tr>
                <th scope="col">{t('admin.report.country')}</th>
                <th scope="col" className="numeric">
                  {t('admin.chart.enrolled')}
                </th>
                <th scope="col" className="numeric">
                  {t('admin.chart.completed')}
                </th>
                <th scope="col" className="numeric">
                  {t('admin.chart.rate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.country}>
                  <td>{row.name}</td>
                  <td className="numeric">{formatNumber(row.enrolled, language)}</td>
                  <td className="numeric">{formatNumber(row.completed, language)}</td>
                  <td className="numeric">{row.enrolled ? formatPercent((row.completed / row.enrolled) * 100, language) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
