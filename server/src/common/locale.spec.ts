import { Locale, localeFromHeader, pick } from './locale';

describe('localeFromHeader', () => {
  it('takes the first supported language by quality', () => {
    expect(localeFromHeader('de-DE,de;q=0.9,es;q=0.8,en;q=0.5')).toBe(Locale.ES);
    expect(localeFromHeader('en;q=0.2, fr-CA')).toBe(Locale.FR);
  });

  it('ignores unsupported or refused languages', () => {
    expect(localeFromHeader('de, es;q=0')).toBeUndefined();
    expect(localeFromHeader(undefined)).toBeUndefined();
  });
});

describe('pick', () => {
  it('falls back to English where French is missing', () => {
    expect(pick({ en: 'Key points', es: 'Puntos clave' }, Locale.FR)).toBe('Key points');
    expect(pick({ en: 'a', es: 'b', fr: 'c' }, Locale.FR)).toBe('c');
  });
});
