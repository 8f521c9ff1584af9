import { describe, expect, it } from 'vitest';
import { createMeetingsLoader, REQUEST_EXPANSIONS } from './meetings-loader.ts';
import type { ScheduleModel } from './model.ts';

const schedule = (resourceId: number, over: Partial<ScheduleModel> = {}): ScheduleModel => ({
  resourceId,
  rrule: 'FREQ=WEEKLY;BYDAY=WE',
  timeZone: 'Europe/London',
  startTime: '19:00',
  startDate: '2026-01-07',
  durationMinutes: 90,
  cancelledDates: [],
  ...over,
});

describe('nextMeetings per request', () => {
  it('expands the same listing, start and size once however often it is asked', async () => {
    const loader = createMeetingsLoader();
    const [a, b, c] = await Promise.all([
      loader.load({ schedule: schedule(1), from: null, limit: 3 }),
      loader.load({ schedule: schedule(1), from: null, limit: 3 }),
      loader.load({ schedule: schedule(1), from: null, limit: 2 }),
    ]);
    expect(a).toBe(b);
    expect(a).toHaveLength(3);
    expect(c).toHaveLength(2);
  });

  it('lets the event loop run between expansions and caps them per request', async () => {
    const loader = createMeetingsLoader();
    // Each of these walks its whole budget (a rule stored before the stricter checks).
    const costly = (id: number) => ({
      schedule: schedule(id, { rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', startDate: '2001-01-01' }),
      from: null,
      limit: 3,
    });
    // A callback queued once the batch has started runs before the batch ends only if the batch gave the event
    // loop back in between (each expansion here walks its whole budget, so the batch spans many slices).
    let finished = false;
    let ranDuringBatch = false;
    const batch = loader.loadMany(Array.from({ length: 300 }, (_, i) => costly(i))).then((r) => {
      finished = true;
      return r;
    });
    setImmediate(() => {
      ranDuringBatch = !finished;
    });
    const results = await batch;
    expect(ranDuringBatch).toBe(true);
    expect(results.every((r) => Array.isArray(r) && r.length === 0)).toBe(true);
    const over = await loader.loadMany(
      Array.from({ length: REQUEST_EXPANSIONS }, (_, i) => ({ schedule: schedule(1000 + i), from: null, limit: 1 })),
    );
    const refused = over.filter((r) => r instanceof Error);
    expect(refused).toHaveLength(300);
    expect((refused[0] as Error & { extensions: { code: string } }).extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});
