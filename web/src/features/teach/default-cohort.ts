/** The cohort an instructor most likely wants: the latest one under way, else the next to start, else the self-paced one. */
export function defaultCohort<C extends { selfPaced: boolean; startsOn: string }>(cohorts: C[], today = new Date().toISOString().slice(0, 10)): C | undefined {
  const scheduled = cohorts.filter((c) => !c.selfPaced).sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  return scheduled.find((c) => c.startsOn <= today) ?? scheduled.at(-1) ?? cohorts[0];
}
