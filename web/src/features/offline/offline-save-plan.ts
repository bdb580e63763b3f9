/**
 * What saving lessons fetches into the cache and drops from it: the app's files of this
 * version and the lessons asked for; once the app has changed, the lessons saved before
 * are fetched again with this version, and the earlier version's files dropped, so the
 * cache holds one version of the app however many times it is deployed.
 */
export function offlineSavePlan(cached: string[], assets: string[], lessons: string[]): { save: string[]; drop: string[] } {
  const current = new Set(assets);
  const drop = cached.filter((path) => path.startsWith('/assets/') && !current.has(path));
  const savedBefore = drop.length ? cached.filter((path) => path.startsWith('/lessons/')) : [];
  return { save: [...new Set([...assets, ...lessons, ...savedBefore])], drop };
}
