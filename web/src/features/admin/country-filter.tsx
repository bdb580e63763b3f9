import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { countryOptions } from '../auth/countries';

/** All countries, or one member state; focal points never see it, their scope is fixed. */
export function CountryFilter({ value, onChange }: { value: string; onChange(country: string): void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const options = useMemo(() => countryOptions(language), [language]);
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('admin.filters.country')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('admin.filters.allCountries')}</option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}
