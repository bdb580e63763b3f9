import { useApolloClient, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { graphql } from '../../gql';
import type { ViewerQuery } from '../../gql/graphql';
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
    }
  }
`);

export type Viewer = NonNullable<ViewerQuery['me']>;

interface AuthState {
  /** True as soon as a token is stored; the token is checked by the Viewer query. */
  signedIn: boolean;
  viewer: Viewer | null;
  startSession(token: string): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [token, setToken] = useState(() => tokenStore.get());
  const { data } = useQuery(ViewerDocument, { skip: !token, fetchPolicy: 'cache-first' });
  const viewer = token ? (data?.me ?? null) : null;

  const startSession = useCallback(
    async (next: string) => {
      tokenStore.set(next);
      setToken(next);
      await client.resetStore();
    },
    [client],
  );

  const signOut = useCallback(async () => {
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

  const value = useMemo(() => ({ signedIn: Boolean(token), viewer, startSession, signOut }), [token, viewer, startSession, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth needs an AuthProvider');
  return auth;
}
