import { DateTime } from 'luxon';

export const isTimeZone = (zone: string) => DateTime.local().setZone(zone).isValid;

export const isLocalDate = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date) && DateTime.fromISO(date).isValid;

/** Week N opens at midnight of the cohort's start date plus N-1 weeks, in the cohort's time zone. */
export function weekOpensAt(startsOn: string, timeZone: string, week: number): Date {
  return DateTime.fromISO(startsOn, { zone: timeZone })
    .startOf('day')
    .plus({ weeks: week - 1 })
    .toJSDate();
}
