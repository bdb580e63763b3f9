const KEY = 'consular-campus.token';

/** The bearer token lives in localStorage so a reload keeps the session. */
export const tokenStore = {
  get(): string | null {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  set(token: string | null) {
    try {
      if (token) localStorage.setItem(KEY, token);
      else localStorage.removeItem(KEY);
    } catch {
      // Private browsing without storage: the session lasts until reload.
    }
  },
};
