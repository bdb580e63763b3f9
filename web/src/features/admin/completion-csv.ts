/** Where the completion CSV is served for these filters, and the name to save it under. */
export function completionCsvUrl({ courseSlug, country, cohortId }: { courseSlug: string; country?: string; cohortId?: string }): { url: string; filename: string } {
  const query = new URLSearchParams({ course: courseSlug });
  if (country) query.set('country', country);
  if (cohortId) query.set('cohort', cohortId);
  return { url: `/reports/completion.csv?${query.toString()}`, filename: `completion-${courseSlug}${country ? `-${country}` : ''}.csv` };
}
