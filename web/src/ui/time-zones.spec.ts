import { timeZoneOptions, wallTimeInZone, zonedWallTimeToUtc, zoneOffsetMinutes } from './time-zones';

describe('zonedWallTimeToUtc', () => {
  it('reads a wall time in the zone named, whatever the zone of the machine', () => {
    expect(zonedWallTimeToUtc('2030-01-15', '10:00', 'America/El_Salvador').toISOString()).toBe('2030-01-15T16:00:00.000Z');
    expect(zonedWallTimeToUtc('2030-01-15', '10:00', 'Asia/Kolkata').toISOString()).toBe('2030-01-15T04:30:00.000Z');
    expect(zonedWallTimeToUtc('2030-01-15', '10:00', 'UTC').toISOString()).toBe('2030-01-15T10:00:00.000Z');
  });

  it('uses the summer offset on the day clocks go forward', () => {
    // New York moves to EDT (UTC-4) at 02:00 on 10 March 2030.
    expect(zonedWallTimeToUtc('2030-03-10', '10:00', 'America/New_York').toISOString()).toBe('2030-03-10T14:00:00.000Z');
    expect(zonedWallTimeToUtc('2030-03-10', '01:30', 'America/New_York').toISOString()).toBe('2030-03-10T06:30:00.000Z');
  });

  it('moves a skipped time forward by the gap', () => {
    expect(zonedWallTimeToUtc('2030-03-10', '02:30', 'America/New_York').toISOString()).toBe('2030-03-10T07:30:00.000Z');
  });

  it('takes the first of a time that happens twice', () => {
    // Clocks go back from 02:00 EDT to 01:00 EST on 3 November 2030.
    expect(zonedWallTimeToUtc('2030-11-03', '01:30', 'America/New_York').toISOString()).toBe('2030-11-03T05:30:00.000Z');
    expect(zonedWallTimeToUtc('2030-11-03', '03:00', 'America/New_York').toISOString()).toBe('2030-11-03T08:00:00.000Z');
  });

  it('handles southern summer time and half-hour zones', () => {
    expect(zonedWallTimeToUtc('2030-01-15', '09:00', 'Australia/Adelaide').toISOString()).toBe('2030-01-14T22:30:00.000Z');
    expect(zonedWallTimeToUtc('2030-07-15', '09:00', 'Australia/Adelaide').toISOString()).toBe('2030-07-14T23:30:00.000Z');
  });

  it('round-trips with wallTimeInZone', () => {
    const instant = zonedWallTimeToUtc('2030-10-27', '23:45', 'Europe/Madrid');
    expect(wallTimeInZone(instant.toISOString(), 'Europe/Madrid')).toEqual({ date: '2030-10-27', time: '23:45' });
  });

  it('refuses what is not a date and time', () => {
    expect(() => zonedWallTimeToUtc('10/03/2030', '10:00', 'UTC')).toThrow(RangeError);
  });
});

describe('zoneOffsetMinutes', () => {
  it('follows daylight saving time', () => {
    expect(zoneOffsetMinutes(Date.parse('2030-01-15T12:00:00Z'), 'America/New_York')).toBe(-300);
    expect(zoneOffsetMinutes(Date.parse('2030-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
  });
});

describe('timeZoneOptions', () => {
  it('offers UTC and every zone asked for, labelled with the offset', () => {
    const options = timeZoneOptions('en', ['America/El_Salvador'], Date.parse('2030-01-15T12:00:00Z'));
    expect(options.find((o) => o.value === 'UTC')).toBeDefined();
    expect(options.find((o) => o.value === 'America/El_Salvador')?.label).toBe('America/El Salvador (GMT-06:00)');
  });
});
