import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { graphql } from '../../gql';
import type { ViewerQuery } from '../../gql/graphql';
import { useSavedLanguage } from './use-saved-language';
import { tokenStore } from './token-store';

const ViewerDocument = graphql(`
  query Viewer {
    me {
      id
      name
      email
      role
      country
      locale
      timeZone
      focalPointCountry
    }
  }
`);

const SignOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);

export type Viewer = NonNullable<ViewerQuery['me']>;

interface AuthState {
  /** True as soon as a token is stored; the token is checked by the Viewer query. */
  signedIn: boolean;
  viewer: Viewer | null;
  startSession(token: string): Promise<void>;
  /** Keeps the session with a fresh token, e.g. after a password change; nothing is fetched again. */
  renewSession(token: string): void;
  /** Ends every session of the viewer on the server, then forgets the token here. */
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [token, setToken] = useState(() => tokenStore.get());
  const { data } = useQuery(ViewerDocument, { skip: !token, fetchPolicy: 'cache-first' });
  const viewer = token ? (data?.me ?? null) : null;
  useSavedLanguage(!token || data?.me === null ? null : data?.me);

  const startSession = useCallback(
    async (next: string) => {
      tokenStore.set(next);
      setToken(next);
      await client.resetStore();
    },
    [client],
  );

  const renewSession = useCallback((next: string) => {
    tokenStore.set(next);
    setToken(next);
  }, []);

  const signOut = useCallback(async () => {
    // Offline or already expired: the token is forgotten here all the same.
    await client.mutate({ mutation: SignOutDocument }).catch(() => undefined);
    tokenStore.set(null);
    setToken(null);
    await client.resetStore();
  }, [client]);

  // The server treats an expired or foreign token as anonymous: drop it.
  useEffect(() => {
    if (token && data && data.me === null) {
      tokenStore.set(null);
      setToken(null);
    }
  }, [token, data]);

  const value = useMemo(() => ({ signedIn: Boolean(token), viewer, startSession, renewSession, signOut }), [token, viewer, startSession, renewSession, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth needs an AuthProvider');
  return auth;
}
