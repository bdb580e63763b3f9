import { Locale } from '../common/locale';
import { linkSubject } from './link-texts';

describe('password link e-mails', () => {
  it.each(Object.values(Locale))('have both subjects in %s', (locale) => {
    expect(linkSubject(locale, true)).toMatch(/Consular Campus/);
    expect(linkSubject(locale, false)).toMatch(/Consular Campus/);
  });

  it('invite a French-speaking officer in French', () => {
    expect(linkSubject(Locale.FR, true)).toBe('Invitation à Consular Campus : créez votre mot de passe');
    expect(linkSubject(Locale.FR, false)).toBe('Consular Campus : réinitialisez votre mot de passe');
  });
});
