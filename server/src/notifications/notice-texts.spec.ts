import { Locale } from '../common/locale';
import { noticeText } from './notice-texts';
import type { NotificationKind } from './notification.entity';

const KINDS: NotificationKind[] = ['WEBINAR_SCHEDULED', 'WEBINAR_CHANGED', 'WEBINAR_CANCELLED', 'WEBINAR_SOON', 'WEEK_OPEN'];
const data = { title: 'Protection consulaire', week: 3, startsAt: '2026-11-23 14:00' };

describe('notice texts', () => {
  it.each(Object.values(Locale))('has a subject and a text for every notice in %s', (locale) => {
    for (const kind of KINDS) {
      const { subject, text } = noticeText(kind, data, locale);
      expect(subject.trim()).not.toBe('');
      expect(text).toMatch(/\n\nConsular Campus$/);
    }
  });

  it('writes to a French-speaking officer in French', () => {
    expect(noticeText('WEBINAR_SCHEDULED', data, Locale.FR)).toEqual({
      subject: 'Nouveau webinaire : Protection consulaire',
      text: 'Un webinaire de la semaine 3 est programmé le 2026-11-23 14:00 (UTC).\n\nConsular Campus',
    });
    expect(noticeText('WEEK_OPEN', data, Locale.FR).subject).toBe('La semaine 3 est ouverte');
  });
});
