import { Locale } from '../common/locale';

/** Subjects of the e-mails carrying a one-time password link, in the recipient's language. */
const subjects: Record<Locale, { invite: string; reset: string }> = {
  EN: { invite: 'Your Consular Campus invitation: set your password', reset: 'Consular Campus: reset your password' },
  ES: { invite: 'Invitación a Consular Campus: cree su contraseña', reset: 'Consular Campus: restablezca su contraseña' },
  FR: { invite: 'Invitation à Consular Campus : créez votre mot de passe', reset: 'Consular Campus : réinitialisez votre mot de passe' },
};

export function linkSubject(locale: Locale, invite: boolean): string {
  const texts = subjects[locale] ?? subjects.EN;
  return invite ? texts.invite : texts.reset;
}
