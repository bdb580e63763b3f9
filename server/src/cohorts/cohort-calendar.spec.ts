import { isLocalDate, isTimeZone, weekOpensAt } from './cohort-calendar';

describe('weekOpensAt', () => {
  it('opens week 1 at local midnight of the start date', () => {
    expect(weekOpensAt('2027-01-04', 'America/El_Salvador', 1).toISOString()).toBe('2027-01-04T06:00:00.000Z');
    expect(weekOpensAt('2027-01-04', 'America/Toronto', 1).toISOString()).toBe('2027-01-04T05:00:00.000Z');
  });

  it('keeps local midnight across the United States clock change', () => {
    // Clocks in New York move forward on 14 March 2027: midnight is 05:00Z before, 04:00Z after.
    expect(weekOpensAt('2027-03-08', 'America/New_York', 1).toISOString()).toBe('2027-03-08T05:00:00.000Z');
    expect(weekOpensAt('2027-03-08', 'America/New_York', 2).toISOString()).toBe('2027-03-15T04:00:00.000Z');
  });

  it('adds whole weeks', () => {
    expect(weekOpensAt('2027-01-04', 'America/Mexico_City', 6).toISOString()).toBe('2027-02-08T06:00:00.000Z');
  });
});

describe('validation', () => {
  it('knows IANA zones and calendar dates', () => {
    expect(isTimeZone('America/Tegucigalpa')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isLocalDate('2027-02-30')).toBe(false);
    expect(isLocalDate('2027-02-28')).toBe(true);
  });
});
