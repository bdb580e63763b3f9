import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { weekClosedFrom } from './week-closed';

const conflict = (message: string, code = 'CONFLICT') => new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] });

describe('weekClosedFrom', () => {
  it('reads the week and the opening date of the server message', () => {
    expect(weekClosedFrom(conflict('Week 3 opens on 2030-03-18T06:00:00.000Z for the cohort "March 2030"'))).toEqual({
      week: 3,
      opensAt: '2030-03-18T06:00:00.000Z',
    });
  });

  it('ignores other conflicts and other codes', () => {
    expect(weekClosedFrom(conflict('This webinar is full'))).toBeUndefined();
    expect(weekClosedFrom(conflict('Week 3 opens on 2030-03-18T06:00:00.000Z', 'NOT_FOUND'))).toBeUndefined();
    expect(weekClosedFrom(undefined)).toBeUndefined();
  });
});
