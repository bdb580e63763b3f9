/** Starts the service worker that serves saved weeks offline (public/sw.js). Apart from the rest, which only the course page loads. */
export function registerOfflineReading() {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without it the app works as before; only saving for offline reading is unavailable.
    });
  });
}
