import { describe, expect, it } from 'vitest';
import type { ScheduleModel } from './model.ts';
import rrulePkg from 'rrule';
import {
  countToUntil,
  describeSchedule,
  expandSchedule,
  expandScheduleBounded,
  isValidTimeZone,
  normaliseRule,
  parseRule,
  RecurrenceError,
} from './recurrence.ts';

const schedule = (over: Partial<ScheduleModel>): ScheduleModel => ({
  resourceId: 1,
  rrule: 'FREQ=WEEKLY;BYDAY=WE',
  timeZone: 'Europe/London',
  startTime: '19:00',
  startDate: '2026-01-07',
  durationMinutes: 90,
  cancelledDates: [],
  ...over,
});
const starts = (s: ScheduleModel, from: string, limit: number) =>
  expandSchedule(s, { from: new Date(from), limit }).map((m) => m.startsAt.toISOString());

describe('recurrence (dates computed by hand)', () => {
  it('keeps 19:00 local across the spring and autumn clock changes in London', () => {
    // BST starts Sunday 29 March 2026 and ends Sunday 25 October 2026.
    expect(starts(schedule({}), '2026-03-20T00:00:00Z', 2)).toEqual([
      '2026-03-25T19:00:00.000Z',
      '2026-04-01T18:00:00.000Z',
    ]);
    expect(starts(schedule({}), '2026-10-20T00:00:00Z', 2)).toEqual([
      '2026-10-21T18:00:00.000Z',
      '2026-10-28T19:00:00.000Z',
    ]);
  });

  it('follows New York’s own clock change (8 March 2026), not London’s', () => {
    const ny = schedule({ timeZone: 'America/New_York', rrule: 'FREQ=WEEKLY;BYDAY=TH', startTime: '18:30' });
    expect(starts(ny, '2026-03-01T00:00:00Z', 2)).toEqual(['2026-03-05T23:30:00.000Z', '2026-03-12T22:30:00.000Z']);
  });

  it('expands "2nd and 4th Wednesday"', () => {
    const s = schedule({ rrule: 'FREQ=MONTHLY;BYDAY=2WE,4WE', startDate: '2026-01-01' });
    // January 2027 Wednesdays: 6, 13, 20, 27; February: 3, 10, 17, 24. GMT, so 19:00Z.
    expect(starts(s, '2027-01-01T00:00:00Z', 4)).toEqual([
      '2027-01-13T19:00:00.000Z',
      '2027-01-27T19:00:00.000Z',
      '2027-02-10T19:00:00.000Z',
      '2027-02-24T19:00:00.000Z',
    ]);
  });

  it('expands "every other Tuesday" from its start date and skips cancelled dates (EXDATE)', () => {
    const s = schedule({ rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', startDate: '2026-01-06', startTime: '10:00' });
    expect(starts(s, '2026-01-01T00:00:00Z', 4)).toEqual([
      '2026-01-06T10:00:00.000Z',
      '2026-01-20T10:00:00.000Z',
      '2026-02-03T10:00:00.000Z',
      '2026-02-17T10:00:00.000Z',
    ]);
    const cancelled = { ...s, cancelledDates: ['2026-01-20'] };
    expect(starts(cancelled, '2026-01-01T00:00:00Z', 3)).toEqual([
      '2026-01-06T10:00:00.000Z',
      '2026-02-03T10:00:00.000Z',
      '2026-02-17T10:00:00.000Z',
    ]);
  });

  it('expands "last Thursday of the month" with its duration', () => {
    const s = schedule({
      rrule: 'FREQ=MONTHLY;BYDAY=-1TH',
      timeZone: 'Europe/Madrid',
      startTime: '20:00',
      durationMinutes: 120,
    });
    const m = expandSchedule(s, { from: new Date('2026-11-01T00:00:00Z'), limit: 2 });
    // 26 November 2026 and 31 December 2026, CET (UTC+1).
    expect(m.map((x) => [x.startsAt.toISOString(), x.endsAt!.toISOString()])).toEqual([
      ['2026-11-26T19:00:00.000Z', '2026-11-26T21:00:00.000Z'],
      ['2026-12-31T19:00:00.000Z', '2026-12-31T21:00:00.000Z'],
    ]);
  });

  it('does not start before the start date, and stops at COUNT and UNTIL', () => {
    expect(starts(schedule({ startDate: '2026-06-01' }), '2026-01-01T00:00:00Z', 1)).toEqual([
      '2026-06-03T18:00:00.000Z',
    ]);
    expect(starts(schedule({ rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=2' }), '2026-01-01T00:00:00Z', 5)).toHaveLength(2);
    expect(
      starts(schedule({ rrule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20260120T000000Z' }), '2026-01-01T00:00:00Z', 5),
    ).toHaveLength(2);
  });

  it('ends a rule that never matches instead of looping', () => {
    expect(starts(schedule({ rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' }), '2026-01-01T00:00:00Z', 3)).toEqual([]);
  });

  it('validates rules and zones', () => {
    expect(normaliseRule('RRULE:FREQ=MONTHLY;BYDAY=2WE,4WE')).toBe('FREQ=MONTHLY;BYDAY=2WE,4WE');
    for (const bad of [
      '',
      'FREQ=SOMETIMES',
      'FREQ=HOURLY',
      'BYDAY=MO',
      'DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY',
      'FREQ=DAILY;DTSTART=20260101',
      'FREQ=DAILY;INTERVAL=0',
    ]) {
      expect(() => parseRule(bad), bad).toThrow(RecurrenceError);
    }
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('EST')).toBe(false);
  });

  it('describes the schedule in words', () => {
    expect(describeSchedule(schedule({ rrule: 'FREQ=MONTHLY;BYDAY=2WE,4WE' }))).toBe(
      'every month on the 2nd Wednesday and 4th Wednesday at 19:00 (Europe/London)',
    );
  });
});

describe('bounded expansion', () => {
  // rrule.js from the schedule's own start, with no alignment or budget: the meaning expansions must keep.
  function reference(rule: string, startDate: string, from: Date, limit: number): string[] {
    const [y, m, d] = startDate.split('-').map(Number) as [number, number, number];
    const r = new rrulePkg.RRule({
      ...rrulePkg.RRule.parseString(rule),
      dtstart: new Date(Date.UTC(y, m - 1, d, 19, 0)),
    });
    const out: string[] = [];
    r.all((date) => {
      if (date >= from) out.push(date.toISOString());
      return out.length < limit;
    });
    return out;
  }

  it('means the same dates when it moves a far-away start forward', () => {
    const rules = [
      'FREQ=WEEKLY;BYDAY=WE',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH',
      'FREQ=WEEKLY;INTERVAL=3',
      'FREQ=MONTHLY;BYDAY=2WE,4WE',
      'FREQ=MONTHLY',
      'FREQ=MONTHLY;INTERVAL=5',
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1',
      'FREQ=YEARLY',
      'FREQ=DAILY;INTERVAL=9',
      'FREQ=MONTHLY;BYMONTHDAY=31',
      'FREQ=MONTHLY;INTERVAL=7;BYMONTHDAY=-1',
      'FREQ=DAILY;BYDAY=MO,FR;BYMONTH=1,7',
    ];
    for (const rule of rules) {
      for (const startDate of ['1961-03-31', '1990-01-31', '2003-02-28', '2025-12-31']) {
        for (const from of ['2026-12-02T00:00:00Z', '2029-07-15T00:00:00Z']) {
          const got = expandScheduleBounded(schedule({ rrule: rule, timeZone: 'UTC', startDate }), {
            from: new Date(from),
            limit: 6,
          });
          expect(got.exhausted).toBe(false);
          expect(
            got.meetings.map((x) => x.startsAt.toISOString()),
            `${rule} from ${startDate}`,
          ).toEqual(reference(rule, startDate, new Date(from), 6));
        }
      }
    }
  });

  it('stops a rule that matches nothing on its budget, in milliseconds, even from the year 1', () => {
    // Stored before the stricter checks: expansion must still be bounded.
    const started = performance.now();
    const never = expandScheduleBounded(
      schedule({ rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', startDate: '0001-01-01' }),
      { from: new Date('2026-01-01T00:00:00Z'), limit: 3 },
    );
    expect(never).toEqual({ meetings: [], exhausted: true });
    const far = expandScheduleBounded(schedule({ startDate: '0001-01-01' }), {
      from: new Date('9990-01-01T00:00:00Z'),
      limit: 2,
    });
    expect(far.meetings).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('rewrites COUNT as the UNTIL of the last counted meeting, which means the same dates', () => {
    const counted = schedule({
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=7',
      timeZone: 'UTC',
      startDate: '2026-01-06',
    });
    const rewritten = countToUntil(counted);
    expect(rewritten).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20260217T190000Z');
    const all = (s: ReturnType<typeof schedule>) => starts(s, '2026-01-01T00:00:00Z', 20);
    expect(all({ ...counted, rrule: rewritten })).toEqual(all(counted));
    expect(all(counted)).toHaveLength(7);
    expect(countToUntil(schedule({ rrule: 'FREQ=WEEKLY;BYDAY=WE' }))).toBe('FREQ=WEEKLY;BYDAY=WE');
    // A thousand February Mondays are 250 years of days: more than an expansion's budget.
    expect(() => countToUntil(schedule({ rrule: 'FREQ=DAILY;BYDAY=MO;BYMONTH=2;COUNT=1000' }))).toThrow(
      RecurrenceError,
    );
  });

  it('refuses rules that would step day by day through centuries, and intervals longer than a year', () => {
    for (const bad of [
      'FREQ=DAILY;BYMONTHDAY=30',
      'FREQ=DAILY;BYSETPOS=1;BYDAY=MO',
      'FREQ=WEEKLY;INTERVAL=53',
      'FREQ=YEARLY;INTERVAL=2',
      'FREQ=WEEKLY;COUNT=5000',
      'FREQ=YEARLY;BYWEEKNO=53',
    ]) {
      expect(() => parseRule(bad), bad).toThrow(RecurrenceError);
    }
  });
});
