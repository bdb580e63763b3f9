import { offlineSavePlan } from './offline-save-plan';

/** The cache public/sw.js answers from; the same name in both. */
const OFFLINE_CACHE = 'campus-offline-v1';

/** How long saving waits for the offline reading worker to be active before it reports a failure. */
const WORKER_TIMEOUT_MS = 15_000;

export const canSaveOffline = () => typeof navigator !== 'undefined' && 'serviceWorker' in navigator && typeof caches !== 'undefined';

/**
 * Saves the lessons' pages (the server pre-renders their text) and the app's scripts and
 * styles for them, so the lessons open with no connection.
 */
export async function saveLessonsOffline(lessonIds: string[]): Promise<void> {
  await offlineWorkerActive();
  // The lesson page's code, so it is among the scripts this page has loaded.
  await import('../../routes/lesson-page');
  const entry = entryScript();
  const assets = loadedAssets();
  const cache = await caches.open(OFFLINE_CACHE);
  const cached = (await cache.keys()).map((request) => new URL(request.url).pathname);
  const { save, drop } = offlineSavePlan(cached, assets, lessonIds.map((id) => `/lessons/${id}`), entry);
  await cache.addAll(save);
  await Promise.all(drop.map((path) => cache.delete(path)));
}

/**
 * Waits for the worker that serves saved lessons offline (public/sw.js). Registering it at load
 * (register-offline-reading.ts) may have failed, or not happened yet, and then
 * `navigator.serviceWorker.ready` would never settle: it is registered here if need be (a failure
 * rejects), and a worker that does not become active in time fails the save.
 */
async function offlineWorkerActive(): Promise<void> {
  if (!(await navigator.serviceWorker.getRegistration())) await navigator.serviceWorker.register('/sw.js');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('The offline reading worker did not start')), WORKER_TIMEOUT_MS);
  });
  await Promise.race([navigator.serviceWorker.ready, timeout]).finally(() => clearTimeout(timer));
}

/** The app's entry script, the one index.html loads: its hashed name stands for the app's version. */
function entryScript(): string {
  const script = document.querySelector<HTMLScriptElement>('script[type="module"][src]');
  if (!script) throw new Error('No entry script in the page');
  return new URL(script.src).pathname;
}

/**
 * The app's files this page has loaded. The browser's resource timings stop at 250 entries,
 * so the page's own tags count too: the entry's script, its preloads and stylesheet, and the
 * modulepreload and stylesheet links that Vite adds for every lazily loaded chunk and the
 * chunks it imports (the lesson page's among them, once imported above).
 */
function loadedAssets(): string[] {
  const timed = performance.getEntriesByType('resource').map((entry) => entry.name);
  const tagged = Array.from(document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[href]'), (element) =>
    'src' in element ? element.src : element.href,
  );
  const paths = [...timed, ...tagged]
    .map((address) => new URL(address, window.location.href))
    .filter((url) => url.origin === window.location.origin && url.pathname.startsWith('/assets/'))
    .map((url) => url.pathname);
  return [...new Set(paths)];
}

/** Whether every one of the lessons has a saved copy. */
export async function lessonsSavedOffline(lessonIds: string[]): Promise<boolean> {
  if (!canSaveOffline() || lessonIds.length === 0) return false;
  const cache = await caches.open(OFFLINE_CACHE);
  const found = await Promise.all(lessonIds.map((id) => cache.match(`/lessons/${id}`, { ignoreVary: true })));
  return found.every(Boolean);
}
