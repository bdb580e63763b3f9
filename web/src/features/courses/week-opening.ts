/** A week is open when it has no opening date for the viewer's cohort, or that date has passed. */
export function isOpen(opensAt: string | null | undefined, now = Date.now()): boolean {
  return !opensAt || Date.parse(opensAt) <= now;
}
