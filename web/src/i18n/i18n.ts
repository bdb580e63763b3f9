import i18n, { type BackendModule, type LanguageDetectorModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, SUPPORTED_LANGUAGES, translations, type Language } from './resources';

/** The staff pages' strings (the admin and teach sections), split from each language's file by the build (web/build/staff-strings.ts). */
const STAFF_NAMESPACE = 'staff';
const staffTranslations = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json', { query: '?staff' });

const bundledStrings: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const chosen = isLanguage(language) ? language : DEFAULT_LANGUAGE;
    const load = namespace === STAFF_NAMESPACE ? staffTranslations[`./locales/${chosen}.json`] : translations[chosen];
    load().then(
      (module) => callback(null, module.default),
      (error: Error) => callback(error, null),
    );
  },
};

const STORAGE_KEY = 'consular-campus.language';

/** Read by the server (server/src/prerender) to pre-render a lesson in the reader's language. */
const LANGUAGE_COOKIE = 'campus_lang';

/**
 * The reader's language: the one they chose here before, else their browser's. (A few lines
 * in place of i18next-browser-languagedetector, which weighed 2 kB on every first visit.)
 * The choice is also kept in a cookie, for the server to send pre-rendered lessons in it.
 */
const readerLanguage: LanguageDetectorModule = {
  type: 'languageDetector',
  detect() {
    let chosen: string | null = null;
    try {
      chosen = localStorage.getItem(STORAGE_KEY);
    } catch {
      // Storage may be off; the browser's languages remain.
    }
    const browser = typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
    return chosen ? [chosen, ...browser] : [...browser];
  },
  cacheUserLanguage(language) {
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Private browsing without storage: the choice lasts until reload.
    }
    document.cookie = `${LANGUAGE_COOKIE}=${encodeURIComponent(language)}; path=/; max-age=31536000; samesite=lax`;
  },
};

/** Resolves once the reader's language is loaded; render after it so no text flashes in another language. */
export const i18nReady = i18n
  .use(bundledStrings)
  .use(readerLanguage)
  .use(initReactI18next)
  .init({
    supportedLngs: [...SUPPORTED_LANGUAGES],
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    // Every language has every key (a test checks), so none needs another's strings loaded behind it;
    // the default language only serves readers whose browser asks for one we do not have.
    fallbackLng: { default: [DEFAULT_LANGUAGE], ...Object.fromEntries(SUPPORTED_LANGUAGES.map((language) => [language, []])) },
    interpolation: { escapeValue: false },
    // A staff page's t('admin.…') finds its strings here once the page has loaded them (loadStaffStrings).
    fallbackNS: STAFF_NAMESPACE,
  });

/**
 * Loads the staff pages' strings before a staff page first renders; from then on a change of
 * language loads them with the rest.
 */
export function loadStaffStrings(): Promise<void> {
  return i18nReady.then(() => i18n.loadNamespaces(STAFF_NAMESPACE));
}

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
