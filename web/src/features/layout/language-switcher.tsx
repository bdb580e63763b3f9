import { useApolloClient } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { isLanguage, LANGUAGE_NAMES, SUPPORTED_LANGUAGES } from '../../i18n/resources';
import { GlobeIcon } from '../../ui/icons';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const id = useId();

  async function change(language: string) {
    if (!isLanguage(language)) return;
    await i18n.changeLanguage(language);
    // Course content is served in the request's language: fetch it again.
    await client.resetStore();
  }

  return (
    <div className="language-switcher">
      <label htmlFor={id} className="language-switcher__label">
        <GlobeIcon />
        <span className="visually-hidden">{t('nav.language')}</span>
      </label>
      <select id={id} value={currentLanguage()} onChange={(event) => void change(event.target.value)}>
        {SUPPORTED_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
