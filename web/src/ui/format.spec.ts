import { formatDate, formatPercent, formatZonedDateTime } from './format';

describe('formatPercent', () => {
  it('keeps one decimal at most', () => {
    expect(formatPercent(83.33, 'en')).toBe('83.3%');
    expect(formatPercent(100, 'en')).toBe('100%');
  });

  it('follows the language conventions', () => {
    expect(formatPercent(83.3, 'es').replace(/\s/g, ' ')).toBe('83,3 %');
  });
});

describe('formatZonedDateTime', () => {
  it('shows the moment on the clock of the zone, and names the zone', () => {
    const text = formatZonedDateTime('2030-03-10T14:00:00Z', 'en', 'America/New_York').replace(/\s/g, ' ');
    expect(text).toBe('Sun, Mar 10, 2030, 10:00 AM EDT');
  });
});

describe('formatDate', () => {
  it('reads the date in the zone given', () => {
    expect(formatDate('2030-03-10T02:00:00Z', 'en', 'America/El_Salvador')).toBe('March 9, 2030');
    expect(formatDate('2030-03-10T02:00:00Z', 'en', 'UTC')).toBe('March 10, 2030');
  });
});
