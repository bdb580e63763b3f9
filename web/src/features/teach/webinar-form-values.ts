import { wallTimeInZone, zonedWallTimeToUtc } from '../../ui/time-zones';

/** What the schedule form holds: the start as a wall date and time in the organiser's zone. */
export interface WebinarFormValues {
  title: string;
  description: string;
  week: string;
  date: string;
  time: string;
  timeZone: string;
  durationMinutes: string;
  joinUrl: string;
  capacity: string;
  recordingUrl: string;
}

export interface WebinarFields {
  title: string;
  description: string | null;
  week: number;
  startsAt: string;
  durationMinutes: number;
  joinUrl: string;
  timeZone: string;
  capacity: number | null;
  recordingUrl: string | null;
}

export function emptyWebinarValues(week: number | undefined, timeZone: string): WebinarFormValues {
  return {
    title: '',
    description: '',
    week: week ? String(week) : '',
    date: '',
    time: '10:00',
    timeZone,
    durationMinutes: '60',
    joinUrl: '',
    capacity: '',
    recordingUrl: '',
  };
}

/** A scheduled webinar back in the form: its start on the organiser's clock. */
export function webinarValues(webinar: {
  title: string;
  description?: string | null;
  week: number;
  startsAt: string;
  durationMinutes: number;
  joinUrl?: string | null;
  timeZone: string;
  capacity?: number | null;
  recordingUrl?: string | null;
}): WebinarFormValues {
  const { date, time } = wallTimeInZone(webinar.startsAt, webinar.timeZone);
  return {
    title: webinar.title,
    description: webinar.description ?? '',
    week: String(webinar.week),
    date,
    time,
    timeZone: webinar.timeZone,
    durationMinutes: String(webinar.durationMinutes),
    joinUrl: webinar.joinUrl ?? '',
    capacity: webinar.capacity ? String(webinar.capacity) : '',
    recordingUrl: webinar.recordingUrl ?? '',
  };
}

/** The start instant the form describes, or undefined while the date or time is incomplete. */
export function startsAtOf(values: Pick<WebinarFormValues, 'date' | 'time' | 'timeZone'>): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || !/^\d{2}:\d{2}$/.test(values.time) || !values.timeZone) return undefined;
  try {
    return zonedWallTimeToUtc(values.date, values.time, values.timeZone);
  } catch {
    return undefined;
  }
}

/** The form as the API's fields; the server validates the rest and names the field it refuses. */
export function toWebinarFields(values: WebinarFormValues): WebinarFields | undefined {
  const startsAt = startsAtOf(values);
  if (!startsAt) return undefined;
  return {
    title: values.title.trim(),
    description: values.description.trim() || null,
    week: Number(values.week),
    startsAt: startsAt.toISOString(),
    durationMinutes: Number(values.durationMinutes),
    joinUrl: values.joinUrl.trim(),
    timeZone: values.timeZone,
    capacity: values.capacity.trim() ? Number(values.capacity) : null,
    recordingUrl: values.recordingUrl.trim() || null,
  };
}
