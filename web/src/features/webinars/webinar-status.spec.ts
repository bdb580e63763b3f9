import { webinarStatus } from './webinar-status';

describe('webinarStatus', () => {
  const webinar = { startsAt: '2030-03-10T14:00:00Z', durationMinutes: 90, cancelledAt: null };

  it('is upcoming before the start, live during it and ended after', () => {
    expect(webinarStatus(webinar, Date.parse('2030-03-10T13:59:00Z'))).toBe('upcoming');
    expect(webinarStatus(webinar, Date.parse('2030-03-10T15:00:00Z'))).toBe('live');
    expect(webinarStatus(webinar, Date.parse('2030-03-10T15:30:00Z'))).toBe('ended');
  });

  it('is cancelled whatever the time', () => {
    expect(webinarStatus({ ...webinar, cancelledAt: '2030-03-01T00:00:00Z' }, Date.parse('2030-03-10T15:00:00Z'))).toBe('cancelled');
  });
});
