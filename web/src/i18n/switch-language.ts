import type { ApolloClient } from '@apollo/client';
import { i18n } from './i18n';
import type { Language } from './resources';

/**
 * Shows the interface in another language and fetches again what the app shows, since course
 * content is served in the request's language. A reset cut short by another (a sign-out, say)
 * needs nothing more.
 */
export async function switchLanguage(language: Language, client: ApolloClient): Promise<void> {
  await i18n.changeLanguage(language);
  await client.resetStore().catch(() => undefined);
}
