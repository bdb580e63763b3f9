/**
 * What saving lessons fetches into the cache and drops from it.
 *
 * The entry script (the one index.html loads) stands for the version of the app: it lists the
 * hashed names of every other chunk, so its own name changes whenever any of them does. While
 * the cache holds this visit's entry, saving adds the lessons asked for and this visit's files,
 * and drops nothing: a file of this version that this visit did not load (another page's chunk,
 * cached on an earlier visit) is still of use. Once the entry has changed, the cached files this
 * version no longer loads are dropped and the lessons saved before are fetched again with it,
 * so the cache holds one version of the app however many times it is deployed.
 */
export function offlineSavePlan(cached: string[], assets: string[], lessons: string[], entry: string): { save: string[]; drop: string[] } {
  const sameVersion = cached.includes(entry);
  const current = new Set([...assets, entry]);
  const drop = sameVersion ? [] : cached.filter((path) => path.startsWith('/assets/') && !current.has(path));
  const savedBefore = sameVersion ? [] : cached.filter((path) => path.startsWith('/lessons/'));
  return { save: [...new Set([...assets, entry, ...lessons, ...savedBefore])], drop };
}
