import i18n, { type BackendModule } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, SUPPORTED_LANGUAGES, translations, type Language } from './resources';

const bundledStrings: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = translations[isLanguage(language) ? language : DEFAULT_LANGUAGE];
    load().then(
      (module) => callback(null, module.default),
      (error: Error) => callback(error, null),
    );
  },
};

/** Resolves once the reader's language is loaded; render after it so no text flashes in another language. */
export const i18nReady = i18n
  .use(bundledStrings)
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    supportedLngs: [...SUPPORTED_LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    // Every language has every key (a test checks), so none needs another's strings loaded behind it;
    // the default language only serves readers whose browser asks for one we do not have.
    fallbackLng: { default: [DEFAULT_LANGUAGE], ...Object.fromEntries(SUPPORTED_LANGUAGES.map((language) => [language, []])) },
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: 'consular-campus.language',
      caches: ['localStorage'],
    },
  });

function syncDocumentLanguage(language: string) {
  document.documentElement.lang = currentLanguage(language);
}
syncDocumentLanguage(i18n.resolvedLanguage ?? DEFAULT_LANGUAGE);
i18n.on('languageChanged', syncDocumentLanguage);

/** The supported language in use: "es-MX" from the browser becomes "es". */
export function currentLanguage(language = i18n.resolvedLanguage ?? i18n.language): Language {
  const base = language?.split('-')[0];
  return isLanguage(base) ? base : DEFAULT_LANGUAGE;
}

export { i18n };
