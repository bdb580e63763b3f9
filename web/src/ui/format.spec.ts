import { formatPercent } from './format';

describe('formatPercent', () => {
  it('keeps one decimal at most', () => {
    expect(formatPercent(83.33, 'en')).toBe('83.3%');
    expect(formatPercent(100, 'en')).toBe('100%');
  });

  it('follows the language conventions', () => {
    expect(formatPercent(83.3, 'es').replace(/\s/g, ' ')).toBe('83,3 %');
  });
});
