import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { currentLanguage } from '../../i18n/i18n';
import { switchLanguage } from '../../i18n/switch-language';
import { savedLanguageToApply, type SavedLocale } from './saved-language';

/**
 * A signed-in reader sees the interface in the language saved to their account, on every device.
 * viewer: null when signed out, undefined while the account loads.
 */
export function useSavedLanguage(viewer: SavedLocale | null | undefined) {
  const client = useApolloClient();
  const seen = useRef<string | null>(null);
  const signedOut = viewer === null;
  const id = viewer?.id;
  const locale = viewer?.locale;

  useEffect(() => {
    const decision = savedLanguageToApply(signedOut ? null : id && locale ? { id, locale } : undefined, seen.current, currentLanguage());
    seen.current = decision.seen;
    if (!decision.switchTo) return;
    void switchLanguage(decision.switchTo, client).catch(() => undefined);
  }, [signedOut, id, locale, client]);
}
