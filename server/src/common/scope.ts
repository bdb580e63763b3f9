import { forbidden, notFound } from './app-error';
import type { Viewer } from './request-context';

/**
 * The country a viewer's query is about: a focal point's own country (asking for another
 * is refused), otherwise the one requested, if any.
 */
export function scopedCountry(viewer: Viewer, requested?: string | null): string | undefined {
  const country = requested?.trim().toUpperCase() || undefined;
  if (!viewer.scopeCountry) return country;
  if (country && country !== viewer.scopeCountry) throw forbidden(`Your access covers ${viewer.scopeCountry} only`);
  return viewer.scopeCountry;
}

/** A user outside a focal point's country is, for that focal point, not there. */
export function assertInScope(viewer: Viewer, user: { id: string; country: string }) {
  if (viewer.scopeCountry && user.country !== viewer.scopeCountry) throw notFound(`User "${user.id}"`);
}
