import { useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { currentLanguage } from '../../i18n/i18n';
import { Badge } from '../../ui/badge';
import { formatPercent } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { ProblemMessage } from '../../ui/problem-message';

// Asked per cohort as the instructor picks one; the cohort list comes with the page.
const CohortProgressQuery = graphql(`
  query CohortProgressTable($cohortId: ID!) {
    cohortProgress(cohortId: $cohortId) {
      cohort {
        id
        name
        selfPaced
      }
      trainees {
        user {
          id
          name
          email
          country
        }
        percent
        completed
        weeks {
          number
          percent
          completed
        }
        weeksBehind
      }
    }
  }
`);

/** Each trainee of a cohort with overall and weekly progress; those behind stand out and can be shown alone. */
export function CohortProgressTable({ cohortId, weeks }: { cohortId: string; weeks: number[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { data, loading, error, refetch } = useQuery(CohortProgressQuery, { variables: { cohortId } });
  const [behindOnly, setBehindOnly] = useState(false);
  const filterId = useId();
  const countries = useMemo(() => new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }), [language]);

  if (!data) {
    if (loading) return <Loading label={t('common.loading')} />;
    return <ProblemMessage error={error} onRetry={() => void refetch()} />;
  }

  const trainees = data.cohortProgress.trainees;
  const behind = trainees.filter((trainee) => trainee.weeksBehind.length > 0);
  const shown = behindOnly ? behind : trainees;

  return (
    <div className="cohort-progress">
      <div className="cohort-progress__tools">
        <p className="muted">{t('teach.progress.summary', { count: trainees.length, behind: behind.length })}</p>
        <label className="checkbox" htmlFor={filterId}>
          <input id={filterId} type="checkbox" checked={behindOnly} onChange={(event) => setBehindOnly(event.target.checked)} />
          {t('teach.progress.behindOnly')}
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="empty-state card">{behindOnly ? t('teach.progress.noneBehind') : t('teach.progress.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={`${filterId}-caption`} tabIndex={0}>
          <table className="table table--keep progress-table">
            <caption id={`${filterId}-caption`} className="visually-hidden">
              {t('teach.progress.caption', { cohort: data.cohortProgress.cohort.selfPaced ? t('teach.cohorts.selfPaced') : data.cohortProgress.cohort.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('teach.progress.trainee')}</th>
                <th scope="col">{t('teach.progress.country')}</th>
                <th scope="col" className="progress-table__week">
                  {t('teach.progress.overall')}
                </th>
                {weeks.map((week) => (
                  <th key={week} scope="col" className="progress-table__week">
                    <abbr title={t('common.week', { number: week })}>{t('teach.progress.weekShort', { number: week })}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((trainee) => {
                const isBehind = trainee.weeksBehind.length > 0;
                return (
                  <tr key={trainee.user.id} className={isBehind ? 'progress-table__row--behind' : undefined}>
                    <th scope="row">
                      <span className="progress-table__name">{trainee.user.name}</span>
                      <span className="progress-table__email">{trainee.user.email}</span>
                      {isBehind && (
                        <Badge tone="warning">{t('teach.progress.behind', { weeks: trainee.weeksBehind.join(', '), count: trainee.weeksBehind.length })}</Badge>
                      )}
                      {trainee.completed && <Badge tone="success">{t('teach.progress.completed')}</Badge>}
                    </th>
                    <td>{countries.of(trainee.user.country) ?? trainee.user.country}</td>
                    <td className="progress-table__number">{formatPercent(trainee.percent, language)}</td>
                    {weeks.map((number) => {
                      const week = trainee.weeks.find((w) => w.number === number);
                      const late = trainee.weeksBehind.includes(number);
                      return (
                        <td
                          key={number}
                          className={`progress-table__number${late ? ' progress-table__cell--behind' : ''}${week?.completed ? ' progress-table__cell--done' : ''}`}
                        >
                          {formatPercent(week?.percent ?? 0, language)}
                          {late && <span className="visually-hidden"> ({t('teach.progress.behindCell')})</span>}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
