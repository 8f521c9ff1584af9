import { describe, expect, it } from 'vitest';
import { describeSchedule } from './describe.ts';

const s = (rrule: string, extra: Record<string, unknown> = {}) => ({
  resourceId: 1,
  rrule,
  timeZone: 'Europe/London',
  startTime: '19:00',
  startDate: '2026-01-01',
  durationMinutes: 90,
  cancelledDates: [],
  ...extra,
});

describe('Schedule.description', () => {
  it('words BYSETPOS: the first weekday of the month is not "every month on weekdays"', () => {
    expect(describeSchedule(s('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1'))).toBe(
      'every month on the first weekday at 19:00 (Europe/London)',
    );
    expect(describeSchedule(s('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'))).toBe(
      'every month on the last weekday at 19:00 (Europe/London)',
    );
    expect(describeSchedule(s('FREQ=MONTHLY;BYDAY=SA,SU;BYSETPOS=1'))).toBe(
      'every month on the first Saturday or Sunday at 19:00 (Europe/London)',
    );
  });

  it('words the common shapes, months as "except", and cancelled dates', () => {
    expect(describeSchedule(s('FREQ=MONTHLY;BYDAY=2WE,4WE'))).toBe(
      'every month on the second and fourth Wednesday at 19:00 (Europe/London)',
    );
    expect(describeSchedule(s('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', { cancelledDates: ['2026-12-22'] }))).toBe(
      'every 2 weeks on Tuesday at 19:00 (Europe/London), except 2026-12-22',
    );
    expect(describeSchedule(s('FREQ=MONTHLY;BYDAY=1MO;BYMONTH=1,2,3,4,5,6,7,9,10,11,12'))).toBe(
      'every month on the first Monday except in August at 19:00 (Europe/London)',
    );
    expect(describeSchedule(s('FREQ=MONTHLY;BYMONTHDAY=15'))).toBe('every month on day 15 at 19:00 (Europe/London)');
  });

  it('speaks the listing’s language where it has the words, English otherwise', () => {
    expect(
      describeSchedule(s('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1', { timeZone: 'Europe/Paris' }), 'fr'),
    ).toBe('chaque mois le premier jour de semaine à 19:00 (Europe/Paris)');
    expect(describeSchedule(s('FREQ=WEEKLY;BYDAY=TU', { timeZone: 'Europe/Madrid' }), 'es')).toBe(
      'cada semana el martes a las 19:00 (Europe/Madrid)',
    );
    expect(describeSchedule(s('FREQ=MONTHLY;BYDAY=-1FR', { timeZone: 'Europe/Berlin' }), 'de')).toBe(
      'jeden Monat am letzten Freitag um 19:00 (Europe/Berlin)',
    );
    expect(describeSchedule(s('FREQ=WEEKLY;BYDAY=TU'), 'ja')).toBe('every week on Tuesday at 19:00 (Europe/London)');
    // A shape not worded here falls back to rrule.js's English, still correct.
    expect(describeSchedule(s('FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1'), 'fr')).toBe(
      'every March on the 1st at 19:00 (Europe/London)',
    );
  });
});
