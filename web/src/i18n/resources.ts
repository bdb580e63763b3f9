import type { Locale } from '../gql/graphql';
import type en from './locales/en.json';

/** Languages of the interface. Adding one means a locales/xx.json and an entry here. */
export const SUPPORTED_LANGUAGES = ['en', 'es', 'fr'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language named in itself, so a reader can always find their own. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español', fr: 'Français' };

/**
 * Each language's strings are a chunk of their own, fetched when the language is first used:
 * a reader downloads their language only, however many strings the staff pages add.
 */
export const translations = {
  en: () => import('./locales/en.json'),
  es: () => import('./locales/es.json'),
  fr: () => import('./locales/fr.json'),
} satisfies Record<Language, () => Promise<{ default: typeof en }>>;

export function isLanguage(value: string | undefined | null): value is Language {
  return SUPPORTED_LANGUAGES.includes(value as Language);
}

/** The API's Locale enum value for a UI language. */
export function toApiLocale(language: Language): Locale {
  return language.toUpperCase() as Locale;
}

/** The UI language for the API's Locale, e.g. a user's saved one. */
export function fromApiLocale(locale: Locale): Language {
  return locale.toLowerCase() as Language;
}
