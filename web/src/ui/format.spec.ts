import { formatDate, formatDateTime, formatNumber, formatPercent, formatZonedDateTime } from './format';

// Intl separates some parts with no-break spaces (U+00A0, U+202F); name them so the expectations show them.
const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('formatPercent', () => {
  it('keeps one decimal at most', () => {
    expect(formatPercent(83.33, 'en')).toBe('83.3%');
    expect(formatPercent(100, 'en')).toBe('100%');
  });

  it('follows the language conventions', () => {
    expect(formatPercent(83.3, 'es')).toBe(`83,3${NBSP}%`);
  });

  it('writes French percentages with a decimal comma and a no-break space before the sign', () => {
    // CLDR puts U+00A0 before "%" today; either no-break space keeps the sign on the figure's line.
    expect(formatPercent(83.3, 'fr')).toMatch(new RegExp(`^83,3[${NBSP}${NNBSP}]%$`));
    expect(formatPercent(70, 'fr')).toMatch(new RegExp(`^70[${NBSP}${NNBSP}]%$`));
  });
});

describe('formatNumber', () => {
  it('groups thousands as each language does', () => {
    expect(formatNumber(12345.5, 'en')).toBe('12,345.5');
    expect(formatNumber(12345.5, 'es')).toBe('12.345,5');
    expect(formatNumber(12345.5, 'fr')).toBe(`12${NNBSP}345,5`);
  });
});

describe('formatZonedDateTime', () => {
  it('shows the moment on the clock of the zone, and names the zone', () => {
    const text = formatZonedDateTime('2030-03-10T14:00:00Z', 'en', 'America/New_York').replace(/\s/g, ' ');
    expect(text).toBe('Sun, Mar 10, 2030, 10:00 AM EDT');
  });

  it('reads as French, on a 24-hour clock, with the zone given as its offset', () => {
    expect(formatZonedDateTime('2026-11-23T14:00:00Z', 'fr', 'America/Toronto')).toBe('lun. 23 nov. 2026, 09:00 UTC−5');
  });
});

describe('formatDateTime', () => {
  it('abbreviates the month the French way', () => {
    expect(formatDateTime('2026-11-23T14:00:00Z', 'fr', 'UTC')).toBe('23 nov. 2026, 14:00');
    expect(formatDateTime('2026-11-23T14:00:00Z', 'es', 'UTC')).toBe('23 nov 2026, 14:00');
  });
});

describe('formatDate', () => {
  it('reads the date in the zone given', () => {
    expect(formatDate('2030-03-10T02:00:00Z', 'en', 'America/El_Salvador')).toBe('March 9, 2030');
    expect(formatDate('2030-03-10T02:00:00Z', 'en', 'UTC')).toBe('March 10, 2030');
  });

  it('names the month in the reader\'s language', () => {
    expect(formatDate('2026-11-23T12:00:00Z', 'fr', 'UTC')).toBe('23 novembre 2026');
    expect(formatDate('2026-11-23T12:00:00Z', 'es', 'UTC')).toBe('23 de noviembre de 2026');
  });
});
