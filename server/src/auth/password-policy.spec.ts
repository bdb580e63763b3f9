import { assertAcceptablePassword } from './password-policy';

describe('assertAcceptablePassword', () => {
  it('accepts long passphrases and any characters', () => {
    expect(() => assertAcceptablePassword('correct horse battery staple')).not.toThrow();
    expect(() => assertAcceptablePassword('señora consulesa 2026 ñandú')).not.toThrow();
    expect(() => assertAcceptablePassword('x'.repeat(20) + ' mañana tal vez ' + 'y'.repeat(60))).not.toThrow();
  });

  it('refuses short, overlong, and common passwords', () => {
    expect(() => assertAcceptablePassword('short pass')).toThrow(/12 to 128/);
    expect(() => assertAcceptablePassword('a'.repeat(129))).toThrow(/12 to 128/);
    expect(() => assertAcceptablePassword('password1234')).toThrow(/too common/);
    expect(() => assertAcceptablePassword('qwertyuiop123')).toThrow(/too common/);
  });

  it('counts the person\'s own name and e-mail as guessable', () => {
    expect(() => assertAcceptablePassword('mariagonzalez', ['María González', 'maria.gonzalez@sre.gob.mx'])).toThrow(/too common/);
  });
});
