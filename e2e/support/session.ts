import type { Page } from '@playwright/test';

/** The key under which the web app keeps its bearer token (web/src/features/auth/token-store.ts). */
const TOKEN_KEY = 'consular-campus.token';

/** Starts the browser signed in with a token from the API, for tests about a page rather than about signing in. */
export async function useSession(page: Page, token: string): Promise<void> {
  await page.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [TOKEN_KEY, token] as const);
}
