import { defaultCohort } from './default-cohort';

const selfPaced = { id: 'self', selfPaced: true, startsOn: '2000-01-01' };
const october = { id: 'oct', selfPaced: false, startsOn: '2026-10-12' };
const november = { id: 'nov', selfPaced: false, startsOn: '2026-11-16' };
const january = { id: 'jan', selfPaced: false, startsOn: '2027-01-11' };

describe('defaultCohort', () => {
  it('opens on the latest cohort already under way', () => {
    expect(defaultCohort([selfPaced, january, november, october], '2026-11-23')?.id).toBe('nov');
  });

  it('falls back to the next cohort to start, then to self-paced', () => {
    expect(defaultCohort([selfPaced, january], '2026-11-23')?.id).toBe('jan');
    expect(defaultCohort([selfPaced], '2026-11-23')?.id).toBe('self');
    expect(defaultCohort([], '2026-11-23')).toBeUndefined();
  });
});
