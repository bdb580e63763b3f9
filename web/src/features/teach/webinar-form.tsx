import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { formatZonedDateTime } from '../../ui/format';
import { ProblemMessage } from '../../ui/problem-message';
import { useTimeZone } from '../settings/use-time-zone';
import { TimeZoneSelect } from './time-zone-select';
import { startsAtOf, toWebinarFields, type WebinarFields, type WebinarFormValues } from './webinar-form-values';

interface WebinarFormProps {
  weeks: { number: number; title: string; isWebinarWeek: boolean }[];
  initial: WebinarFormValues;
  mode: 'schedule' | 'edit';
  submitting: boolean;
  error?: unknown;
  onSubmit(fields: WebinarFields): Promise<boolean>;
  onCancel?(): void;
  /** The id of the heading that names the form. */
  labelledBy?: string;
}

/**
 * Schedules or edits a webinar. The start is entered as a date and time on the clock of the
 * zone chosen, which defaults to the organiser's, and converted to UTC with that zone's rules.
 */
export function WebinarForm({ weeks, initial, mode, submitting, error, onSubmit, onCancel, labelledBy }: WebinarFormProps) {
  const { t } = useTranslation();
  const viewerZone = useTimeZone();
  const [values, setValues] = useState(initial);
  const id = useId();
  const field = (name: keyof WebinarFormValues) => `${id}-${name}`;
  const set = (name: keyof WebinarFormValues) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value }));
  const startsAt = startsAtOf(values);
  const language = currentLanguage();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = toWebinarFields(values);
    if (!fields) return;
    const done = await onSubmit(fields);
    if (done && mode === 'schedule') setValues((v) => ({ ...initial, timeZone: v.timeZone }));
  }

  return (
    <form className="form webinar-form" aria-labelledby={labelledBy} onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={field('title')}>{t('teach.form.title')}</label>
        <input id={field('title')} required maxLength={200} value={values.title} onChange={set('title')} />
      </div>
      <div className="field">
        <label htmlFor={field('description')}>
          {t('teach.form.description')} <span className="field__optional">{t('auth.optional')}</span>
        </label>
        <textarea id={field('description')} rows={3} maxLength={2000} value={values.description} onChange={set('description')} />
      </div>
      <div className="form__row">
        <div className="field">
          <label htmlFor={field('week')}>{t('teach.form.week')}</label>
          <select id={field('week')} required value={values.week} onChange={set('week')}>
            {weeks.map((week) => (
              <option key={week.number} value={week.number}>
                {t('common.week', { number: week.number })} · {week.title}
                {week.isWebinarWeek ? ` (${t('course.webinarWeek')})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={field('durationMinutes')}>{t('teach.form.duration')}</label>
          <input id={field('durationMinutes')} type="number" inputMode="numeric" required min={15} max={480} step={5} value={values.durationMinutes} onChange={set('durationMinutes')} />
        </div>
      </div>
      <fieldset className="fieldset">
        <legend>{t('teach.form.when')}</legend>
        <div className="form__row form__row--three">
          <div className="field">
            <label htmlFor={field('date')}>{t('teach.form.date')}</label>
            <input id={field('date')} type="date" required value={values.date} onChange={set('date')} />
          </div>
          <div className="field">
            <label htmlFor={field('time')}>{t('teach.form.time')}</label>
            <input id={field('time')} type="time" required value={values.time} onChange={set('time')} />
          </div>
          <div className="field">
            <label htmlFor={field('timeZone')}>{t('teach.form.timeZone')}</label>
            <TimeZoneSelect id={field('timeZone')} value={values.timeZone} onChange={(timeZone) => setValues((v) => ({ ...v, timeZone }))} />
          </div>
        </div>
        <p className="field__hint" aria-live="polite">
          {startsAt && values.timeZone !== viewerZone
            ? t('teach.form.yourTime', { time: formatZonedDateTime(startsAt.toISOString(), language, viewerZone) })
            : t('teach.form.zoneHint')}
        </p>
      </fieldset>
      <div className="field">
        <label htmlFor={field('joinUrl')}>{t('teach.form.joinUrl')}</label>
        <input id={field('joinUrl')} type="url" required placeholder="https://" value={values.joinUrl} onChange={set('joinUrl')} />
      </div>
      <div className="form__row">
        <div className="field">
          <label htmlFor={field('capacity')}>
            {t('teach.form.capacity')} <span className="field__optional">{t('auth.optional')}</span>
          </label>
          <input id={field('capacity')} type="number" inputMode="numeric" min={1} value={values.capacity} onChange={set('capacity')} aria-describedby={`${field('capacity')}-hint`} />
          <p id={`${field('capacity')}-hint`} className="field__hint">
            {t('teach.form.capacityHint')}
          </p>
        </div>
        {mode === 'edit' && (
          <div className="field">
            <label htmlFor={field('recordingUrl')}>
              {t('teach.form.recordingUrl')} <span className="field__optional">{t('auth.optional')}</span>
            </label>
            <input id={field('recordingUrl')} type="url" placeholder="https://" value={values.recordingUrl} onChange={set('recordingUrl')} />
          </div>
        )}
      </div>
      {error !== undefined && error !== null && <ProblemMessage error={error} />}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={submitting || !startsAt}>
          {submitting ? t('teach.form.saving') : mode === 'schedule' ? t('teach.form.schedule') : t('teach.form.save')}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('teach.form.discard')}
          </button>
        )}
      </div>
    </form>
  );
}
