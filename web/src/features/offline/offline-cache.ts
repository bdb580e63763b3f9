import { offlineSavePlan } from './offline-save-plan';

/** The cache public/sw.js answers from; the same name in both. */
export const OFFLINE_CACHE = 'campus-offline-v1';

export const canSaveOffline = () => typeof navigator !== 'undefined' && 'serviceWorker' in navigator && typeof caches !== 'undefined';

/**
 * Saves the lessons' pages (the server pre-renders their text) and the app's scripts and
 * styles for them, so the lessons open with no connection.
 */
export async function saveLessonsOffline(lessonIds: string[]): Promise<void> {
  await navigator.serviceWorker.ready;
  // The lesson page's code, so it is among the scripts this page has loaded.
  await import('../../routes/lesson-page');
  const assets = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === window.location.origin && url.pathname.startsWith('/assets/'))
    .map((url) => url.pathname);
  const cache = await caches.open(OFFLINE_CACHE);
  const cached = (await cache.keys()).map((request) => new URL(request.url).pathname);
  const { save, drop } = offlineSavePlan(cached, assets, lessonIds.map((id) => `/lessons/${id}`));
  await cache.addAll(save);
  await Promise.all(drop.map((path) => cache.delete(path)));
}

/** Whether every one of the lessons has a saved copy. */
export async function lessonsSavedOffline(lessonIds: string[]): Promise<boolean> {
  if (!canSaveOffline() || lessonIds.length === 0) return false;
  const cache = await caches.open(OFFLINE_CACHE);
  const found = await Promise.all(lessonIds.map((id) => cache.match(`/lessons/${id}`, { ignoreVary: true })));
  return found.every(Boolean);
}
