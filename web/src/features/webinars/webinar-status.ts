export type WebinarStatus = 'cancelled' | 'upcoming' | 'live' | 'ended';

/** Where a webinar stands now: questions and seats close at the start, the join link matters until the end. */
export function webinarStatus(webinar: { startsAt: string; durationMinutes: number; cancelledAt?: string | null }, now = Date.now()): WebinarStatus {
  if (webinar.cancelledAt) return 'cancelled';
  const start = Date.parse(webinar.startsAt);
  if (now < start) return 'upcoming';
  return now < start + webinar.durationMinutes * 60_000 ? 'live' : 'ended';
}
