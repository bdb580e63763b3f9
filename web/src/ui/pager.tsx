import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import { pageInfo } from './page-info';

interface PagerProps {
  offset: number;
  limit: number;
  total: number;
  /** Names the navigation landmark, e.g. "Completion report pages". */
  label: string;
  onChange(offset: number): void;
}

/** "1–50 of 120" with Previous and Next; hidden when everything fits on one page. */
export function Pager({ offset, limit, total, label, onChange }: PagerProps) {
  const { t } = useTranslation();
  const numbers = new Intl.NumberFormat(currentLanguage());
  const page = pageInfo(offset, limit, total);
  if (page.previousOffset === null && page.nextOffset === null) return null;
  return (
    <nav className="pager-bar" aria-label={label}>
      <p className="pager-bar__summary">{t('common.pager.summary', { from: numbers.format(page.from), to: numbers.format(page.to), total: numbers.format(total) })}</p>
      <div className="button-row">
        <button type="button" className="button button--secondary button--small" disabled={page.previousOffset === null} onClick={() => onChange(page.previousOffset ?? 0)}>
          {t('common.pager.previous')}
        </button>
        <button type="button" className="button button--secondary button--small" disabled={page.nextOffset === null} onClick={() => onChange(page.nextOffset ?? offset)}>
          {t('common.pager.next')}
        </button>
      </div>
    </nav>
  );
}
