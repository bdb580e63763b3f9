import { useMutation } from '@apollo/client/react';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { currentLanguage } from '../../i18n/i18n';
import { fromApiLocale, isLanguage, LANGUAGE_NAMES, SUPPORTED_LANGUAGES, toApiLocale, type Language } from '../../i18n/resources';
import { formatZonedDateTime } from '../../ui/format';
import { ProblemMessage } from '../../ui/problem-message';
import { browserTimeZone, timeZoneOptions } from '../../ui/time-zones';

export const PreferencesForm_user = graphql(`
  fragment PreferencesForm_user on User {
    id
    locale
    timeZone
  }
`);

const UpdateMyPreferencesDocument = graphql(`
  mutation UpdateMyPreferences($locale: Locale, $timeZone: String) {
    updateMyPreferences(locale: $locale, timeZone: $timeZone) {
      id
      locale
      timeZone
    }
  }
`);

/** Language and time zone; an empty zone means "follow the browser", which the server stores as null. */
export function PreferencesForm(props: { user: FragmentType<typeof PreferencesForm_user> }) {
  const { t } = useTranslation();
  const user = useFragment(PreferencesForm_user, props.user);
  const ui = currentLanguage();
  const [language, setLanguage] = useState<Language>(fromApiLocale(user.locale));
  const [zone, setZone] = useState(user.timeZone ?? '');
  const [done, setDone] = useState(false);
  const [update, { loading, error }] = useMutation(UpdateMyPreferencesDocument);
  const browserZone = browserTimeZone();
  const zones = useMemo(() => timeZoneOptions(ui, [user.timeZone, browserZone]), [ui, user.timeZone, browserZone]);
  const languageId = useId();
  const zoneId = useId();
  const previewZone = zone || browserZone;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const result = await update({ variables: { locale: toApiLocale(language), timeZone: zone || null } }).catch(() => undefined);
    if (!result?.data) return;
    // The interface follows the saved language by itself (see useSavedLanguage).
    setDone(true);
  }

  return (
    <form className="form settings-form" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor={languageId}>{t('settings.language')}</label>
        <select id={languageId} value={language} onChange={(event) => isLanguage(event.target.value) && setLanguage(event.target.value)}>
          {SUPPORTED_LANGUAGES.map((option) => (
            <option key={option} value={option} lang={option}>
              {LANGUAGE_NAMES[option]}
            </option>
          ))}
        </select>
        <p className="field__hint">{t('settings.languageHint')}</p>
      </div>
      <div className="field">
        <label htmlFor={zoneId}>{t('settings.timeZone')}</label>
        <select id={zoneId} value={zone} aria-describedby={`${zoneId}-hint`} onChange={(event) => setZone(event.target.value)}>
          <option value="">{t('settings.browserZone', { zone: browserZone.replace(/_/g, ' ') })}</option>
          {zones.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <p id={`${zoneId}-hint`} className="field__hint">
          {t('settings.timeZoneHint', { now: formatZonedDateTime(new Date().toISOString(), ui, previewZone, 'long') })}
        </p>
      </div>
      {error && <ProblemMessage error={error} />}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? t('settings.saving') : t('settings.save')}
        </button>
        <span className="form__status" role="status">
          {done ? t('settings.saved') : ''}
        </span>
      </div>
    </form>
  );
}
