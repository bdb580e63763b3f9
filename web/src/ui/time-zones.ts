/**
 * Wall times in named IANA zones, with Intl only. The browser's own offset says nothing
 * about another zone's, so every conversion asks Intl for the zone's offset at the instant.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(zone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: number, zone: string): WallClock {
  const parts = Object.fromEntries(partsFormatter(zone).formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    // Some engines write midnight as 24 even with h23.
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Minutes the zone is ahead of UTC at that instant: -300 for New York in winter. */
export function zoneOffsetMinutes(instant: number, zone: string): number {
  const wall = wallClock(instant, zone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / MINUTE);
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The date ("2030-03-10") and time ("10:00") an instant shows on a clock in the zone. */
export function wallTimeInZone(iso: string, zone: string): { date: string; time: string } {
  const wall = wallClock(new Date(iso).getTime(), zone);
  return { date: `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`, time: `${pad(wall.hour)}:${pad(wall.minute)}` };
}

/**
 * The instant a clock in the zone shows the date ("YYYY-MM-DD") and time ("HH:mm").
 * A time that happens twice (clocks go back) is its first occurrence; a time skipped
 * when clocks go forward moves forward by the gap, as a wall clock would.
 */
export function zonedWallTimeToUtc(date: string, time: string, zone: string): Date {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dateMatch || !timeMatch) throw new RangeError(`Not a date and time: "${date}" "${time}"`);
  const local = Date.UTC(Number(dateMatch[1]), Number(dateMatch[2]) - 1, Number(dateMatch[3]), Number(timeMatch[1]), Number(timeMatch[2]));
  // Offsets change at most once within a day either side, so these two are every offset in play.
  const before = zoneOffsetMinutes(local - DAY, zone);
  const after = zoneOffsetMinutes(local + DAY, zone);
  const shows = (instant: number) => {
    const wall = wallClock(instant, zone);
    return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute) === local;
  };
  const candidates = [...new Set([before, after])].map((offset) => local - offset * MINUTE).filter(shows);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  return new Date(local - before * MINUTE);
}

/** The zone the browser runs in; times follow it unless the viewer chose another. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export interface TimeZoneOption {
  value: string;
  label: string;
}

/** Every IANA zone the browser knows, labelled "America/New York (GMT-04:00)" with the offset now. */
export function timeZoneOptions(language: string, include: (string | null | undefined)[] = [], now = Date.now()): TimeZoneOption[] {
  const zones = new Set<string>(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  zones.add('UTC');
  for (const zone of include) if (zone && isTimeZone(zone)) zones.add(zone);
  const collator = new Intl.Collator(language);
  return [...zones]
    .map((zone) => ({ value: zone, label: `${zone.replace(/_/g, ' ')} (${offsetName(zone, language, now)})` }))
    .sort((a, b) => collator.compare(a.value, b.value));
}

function offsetName(zone: string, language: string, now: number): string {
  const part = new Intl.DateTimeFormat(language, { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date(now)).find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}

/** "America/El_Salvador" read as a place: "El Salvador". */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}
