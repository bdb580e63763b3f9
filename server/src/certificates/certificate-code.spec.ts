import { newCertificateCode, normalizeCertificateCode } from './certificate-code';

describe('certificate codes', () => {
  it('are four groups of five symbols without I, L, O or U', () => {
    for (let i = 0; i < 200; i++) expect(newCertificateCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/);
  });

  it('do not repeat', () => {
    const codes = new Set(Array.from({ length: 5000 }, newCertificateCode));
    expect(codes.size).toBe(5000);
  });

  it('read back as people type them', () => {
    expect(normalizeCertificateCode('k7q2m 9xh4t abcde 1234o')).toBe('K7Q2M-9XH4T-ABCDE-12340');
    expect(normalizeCertificateCode('K7Q2M9XH4TABCDEL2345')).toBe('K7Q2M-9XH4T-ABCDE-12345');
    expect(normalizeCertificateCode('K7Q2M-9XH4T-ABCDE')).toBeUndefined();
    expect(normalizeCertificateCode('K7Q2M-9XH4T-ABCDE-1234U')).toBeUndefined();
  });
});
