import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { currentLanguage } from '../../i18n/i18n';

export const CohortPicker_cohort = graphql(`
  fragment CohortPicker_cohort on Cohort {
    id
    name
    startsOn
    timeZone
    selfPaced
  }
`);

interface CohortPickerProps {
  cohorts: FragmentType<typeof CohortPicker_cohort>[];
  value: string;
  onChange(cohortId: string): void;
}

export function CohortPicker({ value, onChange, ...props }: CohortPickerProps) {
  const { t } = useTranslation();
  const cohorts = useFragment(CohortPicker_cohort, props.cohorts);
  const language = currentLanguage();
  const id = useId();
  // startsOn is a calendar date, not an instant: read it at noon UTC so no zone moves it a day.
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const label = (cohort: (typeof cohorts)[number]) =>
    cohort.selfPaced
      ? t('teach.cohorts.selfPaced')
      : t('teach.cohorts.option', { name: cohort.name, date: dates.format(new Date(`${cohort.startsOn}T12:00:00Z`)), zone: cohort.timeZone.replace(/_/g, ' ') });
  return (
    <div className="field cohort-picker">
      <label htmlFor={id}>{t('teach.cohorts.choose')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {cohorts.map((cohort) => (
          <option key={cohort.id} value={cohort.id}>
            {label(cohort)}
          </option>
        ))}
      </select>
    </div>
  );
}
