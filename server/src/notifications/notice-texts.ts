import { Locale } from '../common/locale';
import type { NotificationKind } from './notification.entity';

type Data = Record<string, string | number | null>;

const texts: Record<Locale, Record<NotificationKind, (d: Data) => { subject: string; text: string }>> = {
  EN: {
    WEBINAR_SCHEDULED: (d) => ({ subject: `New webinar: ${d.title}`, text: `A webinar of week ${d.week} is scheduled for ${d.startsAt} (UTC).` }),
    WEBINAR_CHANGED: (d) => ({ subject: `Webinar updated: ${d.title}`, text: `The webinar "${d.title}" changed. It now starts ${d.startsAt} (UTC).` }),
    WEBINAR_CANCELLED: (d) => ({ subject: `Webinar cancelled: ${d.title}`, text: `The webinar "${d.title}" planned for ${d.startsAt} (UTC) is cancelled.` }),
    WEBINAR_SOON: (d) => ({ subject: `Webinar tomorrow: ${d.title}`, text: `The webinar "${d.title}" starts ${d.startsAt} (UTC).` }),
    WEEK_OPEN: (d) => ({ subject: `Week ${d.week} is open`, text: `Week ${d.week} of your course is now open.` }),
  },
  ES: {
    WEBINAR_SCHEDULED: (d) => ({ subject: `Nuevo seminario web: ${d.title}`, text: `Se programó un seminario web de la semana ${d.week} para el ${d.startsAt} (UTC).` }),
    WEBINAR_CHANGED: (d) => ({ subject: `Seminario web modificado: ${d.title}`, text: `El seminario web «${d.title}» cambió. Ahora empieza el ${d.startsAt} (UTC).` }),
    WEBINAR_CANCELLED: (d) => ({ subject: `Seminario web cancelado: ${d.title}`, text: `El seminario web «${d.title}» previsto para el ${d.startsAt} (UTC) se canceló.` }),
    WEBINAR_SOON: (d) => ({ subject: `Seminario web mañana: ${d.title}`, text: `El seminario web «${d.title}» empieza el ${d.startsAt} (UTC).` }),
    WEEK_OPEN: (d) => ({ subject: `La semana ${d.week} está abierta`, text: `La semana ${d.week} de su curso ya está abierta.` }),
  },
  FR: {
    WEBINAR_SCHEDULED: (d) => ({ subject: `Nouveau webinaire : ${d.title}`, text: `Un webinaire de la semaine ${d.week} est programmé le ${d.startsAt} (UTC).` }),
    WEBINAR_CHANGED: (d) => ({ subject: `Webinaire modifié : ${d.title}`, text: `Le webinaire « ${d.title} » a été modifié. Il commence désormais le ${d.startsAt} (UTC).` }),
    WEBINAR_CANCELLED: (d) => ({ subject: `Webinaire annulé : ${d.title}`, text: `Le webinaire « ${d.title} » prévu le ${d.startsAt} (UTC) est annulé.` }),
    WEBINAR_SOON: (d) => ({ subject: `Webinaire demain : ${d.title}`, text: `Le webinaire « ${d.title} » commence le ${d.startsAt} (UTC).` }),
    WEEK_OPEN: (d) => ({ subject: `La semaine ${d.week} est ouverte`, text: `La semaine ${d.week} de votre cours est maintenant ouverte.` }),
  },
};

export function noticeText(kind: NotificationKind, data: Data, locale: Locale) {
  const notice = (texts[locale] ?? texts.EN)[kind](data);
  return { ...notice, text: `${notice.text}\n\nConsular Campus` };
}
