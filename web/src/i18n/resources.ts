import type en from './locales/en.json';

/** Languages of the interface. Adding French means a locales/fr.json and an entry here. */
export const SUPPORTED_LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language named in itself, so a reader can always find their own. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

/**
 * Each language's strings are a chunk of their own, fetched when the language is first used:
 * a reader downloads their language only, however many strings the staff pages add.
 */
export const translations = {
  en: () => import('./locales/en.json'),
  es: () => import('./locales/es.json'),
} satisfies Record<Language, () => Promise<{ default: typeof en }>>;

export function isLanguage(value: string | undefined | null): value is Language {
  return SUPPORTED_LANGUAGES.includes(value as Language);
}

/** The API's Locale enum value for a UI language. */
export function toApiLocale(language: Language): 'EN' | 'ES' {
  return language.toUpperCase() as 'EN' | 'ES';
}
