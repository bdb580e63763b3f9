import { completionCsvUrl } from './completion-csv';

describe('completionCsvUrl', () => {
  it('asks for the whole course when nothing is filtered', () => {
    expect(completionCsvUrl({ courseSlug: 'migrant-women' })).toEqual({ url: '/reports/completion.csv?course=migrant-women', filename: 'completion-migrant-women.csv' });
  });

  it('carries the country and cohort in view', () => {
    expect(completionCsvUrl({ courseSlug: 'migrant-women', country: 'SV', cohortId: 'c 1' })).toEqual({
      url: '/reports/completion.csv?course=migrant-women&country=SV&cohort=c+1',
      filename: 'completion-migrant-women-SV.csv',
    });
  });
});
