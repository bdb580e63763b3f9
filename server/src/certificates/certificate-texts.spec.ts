import { Locale } from '../common/locale';
import { certificateTexts, formatDate } from './certificate-texts';
import { renderVerifyPage } from './verify-page';

describe('certificate texts', () => {
  const english = certificateTexts(Locale.EN);

  it.each(Object.values(Locale))('has every word of the certificate in %s', (locale) => {
    const texts = certificateTexts(locale);
    expect(Object.keys(texts).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(texts)) {
      const written = typeof text === 'function' ? text(30) : text;
      expect({ key, blank: written.trim() === '' }).toEqual({ key, blank: false });
    }
  });

  it('prints a French certificate in French', () => {
    const french = certificateTexts(Locale.FR);
    expect(french.certificate).toBe('Certificat de réussite');
    expect(french.hours(30)).toBe('30 heures d’étude');
    expect(formatDate(new Date('2026-11-23T12:00:00Z'), Locale.FR)).toBe('23 novembre 2026');
  });

  it('shows the verification page in French, offering the other two languages each in its own words', () => {
    const html = renderVerifyPage({ status: 'revoked', code: 'ABCDE-FGHJK', locale: Locale.FR, holderName: 'Hélène', courseTitle: 'Cours', issuedAt: new Date('2026-11-23T12:00:00Z'), revokedAt: new Date('2026-12-01T12:00:00Z') });
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Certificat révoqué');
    expect(html).toContain('<dt>Révoqué le</dt><dd>1 décembre 2026</dd>');
    expect(html).toContain('<a href="/verify/ABCDE-FGHJK?lang=en" hreflang="en" lang="en">English version</a>');
    expect(html).toContain('<a href="/verify/ABCDE-FGHJK?lang=es" hreflang="es" lang="es">Versión en español</a>');
    expect(html).not.toContain('Version française');
  });
});
