import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, resources, SUPPORTED_LANGUAGES, type Language } from './resources';

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: DEFAULT_LANGUAGE,
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
