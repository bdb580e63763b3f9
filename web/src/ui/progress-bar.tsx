import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import { formatPercent } from './format';

interface ProgressBarProps {
  /** 0 to 100 */
  value: number;
  /** Names the bar for screen readers, e.g. "Week 2 progress". */
  label: string;
  size?: 'small' | 'large';
  showValue?: boolean;
}

export function ProgressBar({ value, label, size = 'small', showValue = true }: ProgressBarProps) {
  useTranslation(); // renders again when the language changes
  const percent = Math.max(0, Math.min(100, Math.round(value)));
  const text = formatPercent(percent, currentLanguage());
  return (
    <div className={`progress progress--${size}`}>
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
      >
        <div className={`progress__fill${percent === 100 ? ' progress__fill--done' : ''}`} style={{ width: `${percent}%` }} />
      </div>
      {showValue && (
        <span className="progress__value" aria-hidden="true">
          {text}
        </span>
      )}
    </div>
  );
}
