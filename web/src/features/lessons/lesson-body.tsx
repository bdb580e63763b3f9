import type { MouseEvent } from 'react';
import { useNavigate } from '../../routing/router';
import { graphql, useFragment, type FragmentType } from '../../gql';

export const LessonBody_lesson = graphql(`
  fragment LessonBody_lesson on Lesson {
    id
    html
  }
`);

/** The lesson text. The server sanitizes it (only a small set of tags and href/class attributes survive). */
export function LessonBody(props: { lesson: FragmentType<typeof LessonBody_lesson> }) {
  const lesson = useFragment(LessonBody_lesson, props.lesson);
  const navigate = useNavigate();

  // Links between lessons (/lessons/<id>) stay inside the app instead of reloading the page.
  function followInternalLinks(event: MouseEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as HTMLElement).closest('a');
    const href = anchor?.getAttribute('href');
    if (!href?.startsWith('/') || href.startsWith('//')) return;
    event.preventDefault();
    navigate(href);
  }

  return (
    // The click handler only upgrades ordinary links, which stay keyboard-reachable on their own.
    <div className="prose" onClick={followInternalLinks} dangerouslySetInnerHTML={{ __html: lesson.html }} />
  );
}
