import { useTranslation } from 'react-i18next';
import { Link } from '../../routing/router';
import { currentLanguage } from '../../i18n/i18n';
import { formatZonedDateTime } from '../../ui/format';
import { LockIcon } from '../../ui/icons';
import { useDocumentTitle } from '../../ui/use-document-title';
import { useTimeZone } from '../settings/use-time-zone';
import type { WeekClosed } from './week-closed';

/** In place of a lesson or quiz whose week has not opened yet for the learner's cohort. */
export function WeekClosedNotice({ closed, courseSlug }: { closed: WeekClosed; courseSlug?: string }) {
  const { t } = useTranslation();
  const zone = useTimeZone();
  const title = t('weekClosed.title', { number: closed.week });
  useDocumentTitle(title);
  return (
    <section className="narrow-page card week-closed" aria-labelledby="week-closed-title">
      <span className="week-closed__icon" aria-hidden="true">
        <LockIcon />
      </span>
      <h1 id="week-closed-title">{title}</h1>
      <p>
        {t('weekClosed.opens', { date: formatZonedDateTime(closed.opensAt, currentLanguage(), zone, 'long') })}
      </p>
      <p className="muted">{t('weekClosed.lead')}</p>
      <div className="button-row">
        <Link to={courseSlug ? `/courses/${courseSlug}` : '/'} className="button button--primary">
          {courseSlug ? t('lesson.backToOutline') : t('notFound.home')}
        </Link>
      </div>
    </section>
  );
}
