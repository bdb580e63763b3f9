import { lazy } from 'react';

/** The not-found page as its own chunk, for the `*` route and for pages whose item is missing, and fetched only then. */
export const NotFoundPage = lazy(() => import('./not-found-page').then((m) => ({ default: m.NotFoundPage })));
