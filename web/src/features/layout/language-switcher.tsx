import { useApolloClient, useMutation } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { currentLanguage } from '../../i18n/i18n';
import { isLanguage, LANGUAGE_NAMES, SUPPORTED_LANGUAGES, toApiLocale } from '../../i18n/resources';
import { switchLanguage } from '../../i18n/switch-language';
import { GlobeIcon } from '../../ui/icons';
import { useAuth } from '../auth/auth-context';

const UpdateMyLanguageDocument = graphql(`
  mutation UpdateMyLanguage($locale: Locale!) {
    updateMyPreferences(locale: $locale) {
      id
      locale
    }
  }
`);

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { signedIn } = useAuth();
  const [saveLanguage, { loading }] = useMutation(UpdateMyLanguageDocument);
  const id = useId();

  async function change(language: string) {
    if (!isLanguage(language)) return;
    await switchLanguage(language, client);
    // Saved to the account once the page is fetched again, so no answer still in flight carries the old language back.
    if (signedIn) await saveLanguage({ variables: { locale: toApiLocale(language) } }).catch(() => undefined);
  }

  return (
    <div className="language-switcher">
      <label htmlFor={id} className="language-switcher__label">
        <GlobeIcon />
        <span className="visually-hidden">{t('nav.language')}</span>
      </label>
      <select id={id} value={currentLanguage()} disabled={loading} onChange={(event) => void change(event.target.value)}>
        {SUPPORTED_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
