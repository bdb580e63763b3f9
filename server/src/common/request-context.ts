import type { Request } from 'express';
import { Locale } from './locale';
import { Role } from './role';

export interface Viewer {
  id: string;
  role: Role;
  locale: Locale;
  /** Set for a country focal point: an ADMIN who sees only this country's people. */
  scopeCountry?: string;
  /** When the token stops being accepted (ms since the epoch), if it expires. */
  expiresAt?: number;
}

/** What every resolver gets: the request, the signed-in viewer if any, and the language to answer in. */
export interface RequestContext {
  req: Request;
  viewer?: Viewer;
  locale: Locale;
  loaders: Map<string, unknown>;
}

/** One DataLoader (or any per-request cache) per key, made on first use. */
export function perRequest<T>(ctx: RequestContext, key: string, make: () => T): T {
  if (!ctx.loaders.has(key)) ctx.loaders.set(key, make());
  return ctx.loaders.get(key) as T;
}
