import en from './locales/en.json';
import es from './locales/es.json';

/** Languages of the interface. Adding French means a locales/fr.json and an entry here. */
export const SUPPORTED_LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

/** Each language named in itself, so a reader can always find their own. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

export const resources = {
  en: { translation: en },
  es: { translation: es },
} satisfies Record<Language, { translation: typeof en }>;

export function isLanguage(value: string | undefined | null): value is Language {
  return SUPPORTED_LANGUAGES.includes(value as Language);
}

/** The API's Locale enum value for a UI language. */
export function toApiLocale(language: Language): 'EN' | 'ES' {
  return language.toUpperCase() as 'EN' | 'ES';
}
