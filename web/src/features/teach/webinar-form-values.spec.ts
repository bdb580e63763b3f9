import { toWebinarFields, webinarValues } from './webinar-form-values';

const values = {
  title: '  Closing webinar ',
  description: '',
  week: '5',
  date: '2030-03-10',
  time: '10:00',
  timeZone: 'America/New_York',
  durationMinutes: '90',
  joinUrl: 'https://meet.example.org/w5',
  capacity: '',
  recordingUrl: '',
};

describe('toWebinarFields', () => {
  it('turns the wall time in the chosen zone into UTC, whatever the zone of the browser', () => {
    expect(toWebinarFields(values)).toEqual({
      title: 'Closing webinar',
      description: null,
      week: 5,
      startsAt: '2030-03-10T14:00:00.000Z',
      durationMinutes: 90,
      joinUrl: 'https://meet.example.org/w5',
      timeZone: 'America/New_York',
      capacity: null,
      recordingUrl: null,
    });
  });

  it('waits for a complete date and time', () => {
    expect(toWebinarFields({ ...values, date: '' })).toBeUndefined();
  });
});

describe('webinarValues', () => {
  it('shows a scheduled start on the organiser clock', () => {
    const back = webinarValues({ title: 'W', week: 5, startsAt: '2030-03-10T14:00:00.000Z', durationMinutes: 90, timeZone: 'America/New_York', capacity: 40 });
    expect(back).toMatchObject({ date: '2030-03-10', time: '10:00', timeZone: 'America/New_York', capacity: '40' });
  });
});
