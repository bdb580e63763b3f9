import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ProblemMessage } from '../../ui/problem-message';
import { useTimeZone } from '../settings/use-time-zone';
import { TimeZoneSelect } from './time-zone-select';

const CreateCohortDocument = graphql(`
  mutation CreateCohort($input: CohortInput!) {
    createCohort(input: $input) {
      id
      courseSlug
      ...CohortPicker_cohort
    }
  }
`);

/** A new cohort: week 1 opens at midnight of its start date on the clock of its zone. */
export function CreateCohortForm({ courseSlug, onCreated }: { courseSlug: string; onCreated(cohortId: string): void }) {
  const { t } = useTranslation();
  const zone = useTimeZone();
  const [form, setForm] = useState({ name: '', startsOn: '', timeZone: zone });
  const [create, { loading, error }] = useMutation(CreateCohortDocument, { refetchQueries: ['TeachPage'], awaitRefetchQueries: true });
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await create({ variables: { input: { courseSlug, name: form.name.trim(), startsOn: form.startsOn, timeZone: form.timeZone } } }).catch(() => undefined);
    if (!result?.data) return;
    setForm((f) => ({ ...f, name: '', startsOn: '' }));
    onCreated(result.data.createCohort.id);
  }

  return (
    <form className="form create-cohort" onSubmit={(event) => void submit(event)}>
      <div className="form__row form__row--three">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('teach.cohorts.name')}</label>
          <input id={`${id}-name`} required maxLength={120} value={form.name} onChange={(event) => setForm((f) => ({ ...f, name: event.target.value }))} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-starts`}>{t('teach.cohorts.startsOn')}</label>
          <input id={`${id}-starts`} type="date" required value={form.startsOn} onChange={(event) => setForm((f) => ({ ...f, startsOn: event.target.value }))} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-zone`}>{t('teach.cohorts.timeZone')}</label>
          <TimeZoneSelect id={`${id}-zone`} value={form.timeZone} onChange={(timeZone) => setForm((f) => ({ ...f, timeZone }))} />
        </div>
      </div>
      <p className="field__hint">{t('teach.cohorts.hint')}</p>
      {error && <ProblemMessage error={error} />}
      <div>
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? t('teach.cohorts.creating') : t('teach.cohorts.create')}
        </button>
      </div>
    </form>
  );
}
