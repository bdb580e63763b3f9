import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql-admin';
import { currentLanguage } from '../../i18n/i18n';

// The course's cohorts, asked once the course is known; kept in the cache across admin pages.
const CohortFilterQuery = graphql(`
  query CohortFilter($slug: String!) {
    cohorts(courseSlug: $slug) {
      id
      name
      startsOn
      selfPaced
    }
  }
`);

interface CohortFilterProps {
  courseSlug: string;
  value: string;
  onChange(cohortId: string): void;
}

export function CohortFilter({ courseSlug, value, onChange }: CohortFilterProps) {
  const { t } = useTranslation();
  const id = useId();
  const { data } = useQuery(CohortFilterQuery, { variables: { slug: courseSlug } });
  // startsOn is a calendar date: read it at noon UTC so no zone moves it a day.
  const dates = new Intl.DateTimeFormat(currentLanguage(), { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <div className="field">
      <label htmlFor={id}>{t('admin.filters.cohort')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('admin.filters.allCohorts')}</option>
        {data?.cohorts.map((cohort) => (
          <option key={cohort.id} value={cohort.id}>
            {cohort.selfPaced ? t('teach.cohorts.selfPaced') : t('admin.filters.cohortOption', { name: cohort.name, date: dates.format(new Date(`${cohort.startsOn}T12:00:00Z`)) })}
          </option>
        ))}
        {/* The cohort named in the address, while the list is on its way. */}
        {value && !data && <option value={value}>{t('common.loading')}</option>}
      </select>
    </div>
  );
}
