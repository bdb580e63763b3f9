import { savedLanguageToApply } from './saved-language';

describe('savedLanguageToApply', () => {
  const trainee = { id: 'u1', locale: 'FR' as const };

  it('switches to the saved language when a reader signs in', () => {
    expect(savedLanguageToApply(trainee, null, 'en')).toEqual({ seen: 'u1:FR', switchTo: 'fr' });
  });

  it('leaves the interface alone when it already shows the saved language', () => {
    expect(savedLanguageToApply(trainee, null, 'fr')).toEqual({ seen: 'u1:FR', switchTo: null });
  });

  it('does not switch again for a language already applied, so the reader may browse in another until they save it', () => {
    expect(savedLanguageToApply(trainee, 'u1:FR', 'es')).toEqual({ seen: 'u1:FR', switchTo: null });
  });

  it('follows a language saved later, from the header or the settings', () => {
    expect(savedLanguageToApply({ id: 'u1', locale: 'ES' }, 'u1:FR', 'fr')).toEqual({ seen: 'u1:ES', switchTo: 'es' });
  });

  it('keeps what it applied while the account is fetched again, so a reset store does not switch the reader back', () => {
    expect(savedLanguageToApply(undefined, 'u1:FR', 'es')).toEqual({ seen: 'u1:FR', switchTo: null });
  });

  it('forgets what it applied when the reader signs out', () => {
    expect(savedLanguageToApply(null, 'u1:FR', 'fr')).toEqual({ seen: null, switchTo: null });
  });
});
