import type { ReactNode } from 'react';
import { useParams } from '../../routing/router';

/**
 * The lesson the server put in the page for a reader on a slow link (server/src/prerender).
 * Read once, when the app's entry runs and before React replaces it; the lesson's route shows
 * it until its own query answers, so the text a reader has started on does not blink away.
 */
const captured = (() => {
  const element = typeof document === 'undefined' ? null : document.getElementById('prerendered-lesson');
  return element ? { id: element.dataset.lessonId, html: element.outerHTML } : undefined;
})();

/** The server's copy of this route's lesson, else the fallback. Its HTML was escaped and sanitized on the server. */
export function PrerenderedLesson({ fallback }: { fallback: ReactNode }) {
  const { id } = useParams();
  if (!captured || captured.id !== id) return fallback;
  return <div className="prerendered-lesson" dangerouslySetInnerHTML={{ __html: captured.html }} />;
}
