import { useMemo } from 'react';
import { currentLanguage } from '../../i18n/i18n';
import { timeZoneOptions } from '../../ui/time-zones';

interface TimeZoneSelectProps {
  id: string;
  value: string;
  onChange(zone: string): void;
  describedBy?: string;
}

/** Every IANA zone, labelled with its offset now. */
export function TimeZoneSelect({ id, value, onChange, describedBy }: TimeZoneSelectProps) {
  const language = currentLanguage();
  const zones = useMemo(() => timeZoneOptions(language, [value]), [language, value]);
  return (
    <select id={id} value={value} required aria-describedby={describedBy} onChange={(event) => onChange(event.target.value)}>
      {zones.map((zone) => (
        <option key={zone.value} value={zone.value}>
          {zone.label}
        </option>
      ))}
    </select>
  );
}
