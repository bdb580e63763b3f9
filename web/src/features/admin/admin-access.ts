interface AdminLike {
  role: string;
  focalPointCountry?: string | null;
}

/** Administrators, full or country focal points, see the admin area; the server checks every request anyway. */
export function isAdmin(viewer: AdminLike | null | undefined): boolean {
  return viewer?.role === 'ADMIN';
}

/** A full administrator: an ADMIN not scoped to one country. Only they change roles, revoke certificates, read the audit log. */
export function isFullAdmin(viewer: AdminLike | null | undefined): boolean {
  return isAdmin(viewer) && !viewer?.focalPointCountry;
}

/** The one country a focal point's access covers; undefined for everyone else. */
export function focalCountry(viewer: AdminLike | null | undefined): string | undefined {
  return isAdmin(viewer) ? (viewer?.focalPointCountry ?? undefined) : undefined;
}
