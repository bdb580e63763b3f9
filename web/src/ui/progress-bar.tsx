interface ProgressBarProps {
  /** 0 to 100 */
  value: number;
  /** Names the bar for screen readers, e.g. "Week 2 progress". */
  label: string;
  size?: 'small' | 'large';
  showValue?: boolean;
}

export function ProgressBar({ value, label, size = 'small', showValue = true }: ProgressBarProps) {
  const percent = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className={`progress progress--${size}`}>
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%`}
      >
        <div className={`progress__fill${percent === 100 ? ' progress__fill--done' : ''}`} style={{ width: `${percent}%` }} />
      </div>
      {showValue && (
        <span className="progress__value" aria-hidden="true">
          {percent}%
        </span>
      )}
    </div>
  );
}
