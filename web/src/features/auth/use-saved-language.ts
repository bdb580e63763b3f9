import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { savedLanguageToApply, type SavedLocale } from './saved-language';

/** A signed-in reader sees the interface in the language saved to their account, on every device. */
export function useSavedLanguage(viewer: SavedLocale | null) {
  const { i18n } = useTranslation();
  const client = useApolloClient();
  const seen = useRef<string | null>(null);
  const id = viewer?.id;
  const locale = viewer?.locale;

  useEffect(() => {
    const decision = savedLanguageToApply(id && locale ? { id, locale } : null, seen.current, currentLanguage());
    seen.current = decision.seen;
    if (!decision.switchTo) return;
    void i18n.changeLanguage(decision.switchTo).then(() =>
      // Course content is served in the request's language: fetch it again.
      client.resetStore(),
    );
  }, [id, locale, i18n, client]);
}
