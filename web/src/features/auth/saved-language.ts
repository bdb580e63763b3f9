import type { Locale } from '../../gql/graphql';
import { fromApiLocale, isLanguage, type Language } from '../../i18n/resources';

export interface SavedLocale {
  id: string;
  locale: Locale;
}

/**
 * Whether to switch the interface when the signed-in viewer is read: only when their saved
 * language is new to us (a sign-in, or a change saved elsewhere) and differs from the one shown.
 * `seen` is what was last applied, so a reader who just picked a language is not switched back
 * by an answer still carrying the old one.
 */
export function savedLanguageToApply(viewer: SavedLocale | null | undefined, seen: string | null, shown: Language): { seen: string | null; switchTo: Language | null } {
  // undefined: signed in, account still loading (as while the store is reset); null: signed out.
  if (viewer === undefined) return { seen, switchTo: null };
  if (viewer === null) return { seen: null, switchTo: null };
  const key = `${viewer.id}:${viewer.locale}`;
  if (key === seen) return { seen, switchTo: null };
  const saved = fromApiLocale(viewer.locale);
  return { seen: key, switchTo: isLanguage(saved) && saved !== shown ? saved : null };
}
