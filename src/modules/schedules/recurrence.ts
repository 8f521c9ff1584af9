import { DateTime, IANAZone } from 'luxon';
import rrulePkg from 'rrule';
import type { MeetingModel, ScheduleModel } from './model.ts';

const { RRule, rrulestr } = rrulePkg;

/**
 * Recurrence is expanded by rrule.js in "floating" time: each Date's UTC fields hold the local wall-clock
 * time of the schedule's zone. Luxon then places each wall-clock time in the zone, so a 19:00 group stays at
 * 19:00 local on both sides of a daylight-saving change. (rrule.js's own TZID support shifts by the host's
 * offset and is unreliable, so it is not used.)
 */

const FORBIDDEN_PARTS = /(^|;)\s*(DTSTART|TZID|BYHOUR|BYMINUTE|BYSECOND)\s*=/i;
const ALLOWED_FREQS = new Set([RRule.DAILY, RRule.WEEKLY, RRule.MONTHLY, RRule.YEARLY]);

export class RecurrenceError extends Error {}

/** Normalises and checks an RRULE string ("FREQ=…" or "RRULE:FREQ=…"); throws RecurrenceError. */
export function parseRule(rule: string): Partial<rrulePkg.Options> {
  const text = rule.trim().replace(/^RRULE:/i, '');
  if (!text || text.length > 500 || /[\r\n]/.test(text)) throw new RecurrenceError('must be a single RRULE line');
  if (FORBIDDEN_PARTS.test(text)) {
    throw new RecurrenceError('must not set DTSTART, TZID or times: use startDate, timeZone and startTime');
  }
  let parsed: rrulePkg.RRule;
  try {
    parsed = rrulestr(`RRULE:${text}`) as rrulePkg.RRule;
  } catch (err) {
    throw new RecurrenceError(`is not a valid RRULE (${(err as Error).message})`);
  }
  if (!(parsed instanceof RRule)) throw new RecurrenceError('must be a single RRULE');
  const options = parsed.origOptions;
  if (options.freq === undefined || !ALLOWED_FREQS.has(options.freq)) {
    throw new RecurrenceError('FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY');
  }
  if (options.interval !== undefined && (options.interval < 1 || options.interval > 366)) {
    throw new RecurrenceError('INTERVAL must be between 1 and 366');
  }
  return options;
}

/** Canonical RRULE text without the "RRULE:" prefix. */
export function normaliseRule(rule: string): string {
  // rrule.js writes "+2WE"; the sign is optional in RFC 5545 and people write "2WE".
  return new RRule(parseRule(rule)).toString().replace(/^RRULE:/, '').replace(/([=,])\+(\d)/g, '$1$2');
}

export function isValidTimeZone(zone: string): boolean {
  // Region/City names only (plus UTC): abbreviations such as "EST" are ambiguous.
  return zone === 'UTC' || (zone.includes('/') && IANAZone.isValidZone(zone));
}

function floatingToInstant(floating: Date, zone: string): DateTime {
  return DateTime.fromObject(
    {
      year: floating.getUTCFullYear(),
      month: floating.getUTCMonth() + 1,
      day: floating.getUTCDate(),
      hour: floating.getUTCHours(),
      minute: floating.getUTCMinutes(),
    },
    { zone },
  );
}

function instantToFloating(instant: Date, zone: string): Date {
  const local = DateTime.fromJSDate(instant, { zone });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}

function ruleFor(schedule: Pick<ScheduleModel, 'rrule' | 'startDate' | 'startTime'>): rrulePkg.RRule {
  const [y, m, d] = schedule.startDate.split('-').map(Number) as [number, number, number];
  const [hh, mm] = schedule.startTime.split(':').map(Number) as [number, number];
  return new RRule({ ...parseRule(schedule.rrule), dtstart: new Date(Date.UTC(y, m - 1, d, hh, mm)) });
}

/**
 * Meetings that start at or after `from` and before `until`, at most `limit`, skipping cancelled dates.
 */
export function expandSchedule(
  schedule: ScheduleModel,
  options: { from: Date; until?: Date; limit: number },
): MeetingModel[] {
  const rule = ruleFor(schedule);
  const cancelled = new Set(schedule.cancelledDates);
  const zone = schedule.timeZone;
  // Compare in floating time, widened by a day on each side, then filter by the real instant.
  const floatingFrom = new Date(instantToFloating(options.from, zone).getTime() - 86_400_000);
  const floatingUntil = options.until ? new Date(instantToFloating(options.until, zone).getTime() + 86_400_000) : null;
  const meetings: MeetingModel[] = [];
  const durationMs = schedule.durationMinutes * 60_000;
  // A rule that never matches (e.g. BYMONTHDAY=31;BYMONTH=2) would iterate for ever: bound the walk.
  let steps = 0;
  rule.between(floatingFrom, floatingUntil ?? new Date(floatingFrom.getTime() + 3 * 366 * 86_400_000), true, (date) => {
    if (++steps > 5_000) return false;
    const start = floatingToInstant(date, zone);
    if (cancelled.has(start.toISODate()!)) return true;
    const startsAt = start.toJSDate();
    if (startsAt < options.from) return true;
    if (options.until && startsAt >= options.until) return false;
    meetings.push({ startsAt, endsAt: new Date(startsAt.getTime() + durationMs), timeZone: zone });
    return meetings.length < options.limit;
  });
  return meetings;
}

/** Local wall-clock text of an instant in a zone, e.g. 2026-03-30T19:00. */
export function localDateTime(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** "every month on the 2nd Wednesday and 4th Wednesday at 19:00 (Europe/London)" */
export function describeSchedule(schedule: ScheduleModel): string {
  let text: string;
  try {
    text = new RRule(parseRule(schedule.rrule)).toText();
  } catch {
    text = schedule.rrule;
  }
  const cancelled = schedule.cancelledDates.length ? `, except ${schedule.cancelledDates.join(', ')}` : '';
  return `${text} at ${schedule.startTime} (${schedule.timeZone})${cancelled}`;
}
