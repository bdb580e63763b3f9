import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql-admin';
import { currentLanguage } from '../../i18n/i18n';
import { formatNumber } from '../../ui/format';

export const WeekStops_dashboard = graphql(`
  fragment WeekStops_dashboard on CompletionDashboard {
    byWeek {
      week
      completed
      stoppedHere
    }
  }
`);

interface WeekStopsProps {
  dashboard: FragmentType<typeof WeekStops_dashboard>;
  /** The course's week titles, by number. */
  weeks: { number: number; title: string }[];
}

/** Per week, who completed it and who stopped there (their first week not completed): where the course loses people. */
export function WeekStops({ weeks, ...props }: WeekStopsProps) {
  const { t } = useTranslation();
  const dashboard = useFragment(WeekStops_dashboard, props.dashboard);
  const most = Math.max(1, ...dashboard.byWeek.map((row) => Math.max(row.completed, row.stoppedHere)));
  const bar = (value: number, kind: 'done' | 'stop') => (
    <span className="week-stops__cell">
      <span className="week-stops__value">{formatNumber(value, currentLanguage())}</span>
      <span className="week-stops__track" aria-hidden="true">
        <span className={`week-stops__bar week-stops__bar--${kind}`} style={{ width: `${(value / most) * 100}%` }} />
      </span>
    </span>
  );
  return (
    <div className="table-scroll" role="region" aria-labelledby="week-stops-caption" tabIndex={0}>
      <table className="table table--keep week-stops">
        <caption id="week-stops-caption" className="visually-hidden">
          {t('admin.weeks.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.weeks.week')}</th>
            <th scope="col">{t('admin.weeks.completed')}</th>
            <th scope="col">{t('admin.weeks.stoppedHere')}</th>
          </tr>
        </thead>
        <tbody>
          {dashboard.byWeek.map((row) => (
            <tr key={row.week}>
              <th scope="row">
                <span className="week-stops__number">{t('common.week', { number: row.week })}</span>
                <span className="week-stops__title">{weeks.find((week) => week.number === row.week)?.title}</span>
              </th>
              <td>{bar(row.completed, 'done')}</td>
              <td>{bar(row.stoppedHere, 'stop')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
