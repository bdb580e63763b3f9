/** Numbers and dates in the reader's language: "83.3%" in English, "83,3 %" in Spanish and French. */
export function formatPercent(value: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** A count or figure with the language's grouping: "12,345" in English, "12 345" in French. */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/** Dates and times are shown in the viewer's zone (their chosen one, else the browser's). */
export function formatDateTime(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

export function formatDate(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone }).format(new Date(iso));
}

/** A moment with its zone named, "Sun, Mar 10, 2030, 8:00 AM CST": the reader knows which clock it means. */
export function formatZonedDateTime(iso: string, language: string, timeZone: string, timeZoneName: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName,
  }).format(new Date(iso));
}
