import { useCallback } from 'react';
import { useSearchParams } from '../../routing/router';

/**
 * Filters live in the address, so a filtered view can be reloaded, bookmarked and shared.
 * Setting one replaces the history entry rather than add to it; an empty value removes it.
 */
export function useFilterParams(): [URLSearchParams, (changes: Record<string, string | undefined>) => void] {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: Record<string, string | undefined>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(changes)) {
            if (value) next.set(name, value);
            else next.delete(name);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [params, update];
}
