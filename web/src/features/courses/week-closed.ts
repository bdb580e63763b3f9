import { describeError } from '../../apollo/errors';

export interface WeekClosed {
  week: number;
  opensAt: string;
}

/**
 * The server refuses a lesson or quiz of a week not yet open with CONFLICT and
 * "Week 3 opens on 2030-03-18T06:00:00.000Z for the cohort …"; this reads the week and the date back.
 */
export function weekClosedFrom(error: unknown): WeekClosed | undefined {
  if (!error) return undefined;
  const { code, messages } = describeError(error);
  if (code !== 'CONFLICT') return undefined;
  for (const message of messages) {
    const match = /Week (\d+) opens on (\d{4}-\d{2}-\d{2}T[\d:.]+Z)/.exec(message);
    if (match) return { week: Number(match[1]), opensAt: match[2] };
  }
  return undefined;
}
