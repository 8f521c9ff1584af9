import { DateTime, IANAZone } from 'luxon';
import rrulePkg from 'rrule';
import type { MeetingModel, ScheduleModel } from './model.ts';
import { zoneFor } from './zones.ts';

const { RRule, rrulestr } = rrulePkg;

/**
 * Recurrence is expanded by rrule.js in "floating" time: each Date's UTC fields hold the local wall-clock
 * time of the schedule's zone. Luxon then places each wall-clock time in the zone, so a 19:00 group stays at
 * 19:00 local on both sides of a daylight-saving change. (rrule.js's own TZID support shifts by the host's
 * offset and is unreliable, so it is not used.)
 */

const FORBIDDEN_PARTS = /(^|;)\s*(DTSTART|TZID|BYHOUR|BYMINUTE|BYSECOND|BYWEEKNO|BYYEARDAY|BYEASTER)\s*=/i;
const ALLOWED_FREQS = new Set([RRule.DAILY, RRule.WEEKLY, RRule.MONTHLY, RRule.YEARLY]);
/**
 * The longest INTERVAL per FREQ: a peer group meets at least about once a year. Together with the period
 * budget below this keeps every expansion to a few thousand cheap steps.
 */
const MAX_INTERVAL: Record<number, number> = {
  [RRule.DAILY]: 366,
  [RRule.WEEKLY]: 52,
  [RRule.MONTHLY]: 12,
  [RRule.YEARLY]: 1,
};
const MAX_COUNT = 1000;

/**
 * How many periods (days, weeks, months or years of the rule's FREQ) one expansion may step through, and how
 * many candidate dates it may look at. rrule.js steps period by period and, for a rule that matches nothing
 * (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30), would step until the year 9999: about 15 s with the event loop held.
 * 1,500 periods is four years of a daily rule (a leap-day rule still finds its next date) and costs a few ms.
 */
export const PERIOD_BUDGET = 1_500;
export const CANDIDATE_BUDGET = 2_000;

export class RecurrenceError extends Error {}

/**
 * Parsed rules by text. Every listing page parses its schedule's rule (to describe it and to expand it) and
 * listings share a handful of rule shapes, so a parse is remembered; bounded, and emptied when full. Callers get
 * a copy of the options: rrule.js's options objects are not frozen.
 */
const MEMO_LIMIT = 5_000;
const checkedRules = new Map<string, Partial<rrulePkg.Options>>();
const storedRules = new Map<string, Partial<rrulePkg.Options>>();

function remembered(
  memo: Map<string, Partial<rrulePkg.Options>>,
  rule: string,
  parse: (rule: string) => Partial<rrulePkg.Options>,
): Partial<rrulePkg.Options> {
  let options = memo.get(rule);
  if (!options) {
    options = parse(rule); // a rule that throws is not remembered: it throws again
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(rule, options);
  }
  return { ...options };
}

/** Normalises and checks an RRULE string ("FREQ=…" or "RRULE:FREQ=…"); throws RecurrenceError. */
export function parseRule(rule: string): Partial<rrulePkg.Options> {
  return remembered(checkedRules, rule, checkRule);
}

/** A stored rule's options, unchecked: rules that stricter checks would now refuse still expand, on budget. */
function storedRuleOptions(rule: string): Partial<rrulePkg.Options> {
  return remembered(
    storedRules,
    rule,
    (text) => (rrulestr(`RRULE:${text.replace(/^RRULE:/i, '')}`) as rrulePkg.RRule).origOptions,
  );
}

function checkRule(rule: string): Partial<rrulePkg.Options> {
  const text = rule.trim().replace(/^RRULE:/i, '');
  if (!text || text.length > 500 || /[\r\n]/.test(text)) throw new RecurrenceError('must be a single RRULE line');
  if (FORBIDDEN_PARTS.test(text)) {
    throw new RecurrenceError(
      'must not set DTSTART, TZID, times, BYWEEKNO, BYYEARDAY or BYEASTER: use startDate, timeZone and startTime',
    );
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
  const maxInterval = MAX_INTERVAL[options.freq]!;
  if (options.interval !== undefined && (options.interval < 1 || options.interval > maxInterval)) {
    throw new RecurrenceError(
      `INTERVAL must be between 1 and ${maxInterval} for FREQ=${RRule.FREQUENCIES[options.freq]}`,
    );
  }
  if (options.count !== undefined && options.count !== null && (options.count < 1 || options.count > MAX_COUNT)) {
    throw new RecurrenceError(`COUNT must be between 1 and ${MAX_COUNT}`);
  }
  if (options.freq === RRule.DAILY && (options.bymonthday !== undefined || options.bysetpos !== undefined)) {
    // "Daily, but only on the 30th of February" is how a rule ends up stepping day by day through centuries.
    throw new RecurrenceError(
      'FREQ=DAILY may only be narrowed by BYDAY and BYMONTH: use FREQ=MONTHLY for days of the month',
    );
  }
  return options;
}

/** True when the rule counts occurrences from its start (COUNT), so its start cannot be moved forward. */
export function hasCount(rule: string): boolean {
  const count = parseRule(rule).count;
  return count !== undefined && count !== null;
}

/** True when the rule's weeks, months or days depend on the date it counts from (INTERVAL > 1 or COUNT). */
export function dependsOnStartDate(rule: string): boolean {
  const o = parseRule(rule);
  return (o.interval ?? 1) > 1 || (o.count !== undefined && o.count !== null);
}

/**
 * A rule with COUNT rewritten to the UNTIL of its last meeting. COUNT makes every expansion start at the
 * group's first meeting (the occurrences are counted from there), so a long-running group would walk years of
 * past dates on every read; with UNTIL the start can be moved forward like any other rule's. Throws
 * RecurrenceError when the counted meetings reach further than an expansion's budget.
 */
export function countToUntil(schedule: Pick<ScheduleModel, 'rrule' | 'startDate' | 'startTime'>): string {
  const options = parseRule(schedule.rrule);
  if (options.count === undefined || options.count === null) return normaliseRule(schedule.rrule);
  const rule = ruleFor(schedule, new Date(0));
  const budget = budgetPeriods(rule, PERIOD_BUDGET);
  const dates = rule.all((_, i) => i < CANDIDATE_BUDGET);
  if (budget.exhausted() || dates.length >= CANDIDATE_BUDGET)
    throw new RecurrenceError('COUNT reaches too far ahead: use UNTIL');
  const last = dates[dates.length - 1];
  if (!last) throw new RecurrenceError('yields no meeting');
  const { count: _count, ...rest } = options;
  return normaliseRule(new RRule({ ...rest, until: last }).toString());
}

/** Canonical RRULE text without the "RRULE:" prefix. */
export function normaliseRule(rule: string): string {
  // rrule.js writes "+2WE"; the sign is optional in RFC 5545 and people write "2WE".
  return new RRule(parseRule(rule))
    .toString()
    .replace(/^RRULE:/, '')
    .replace(/([=,])\+(\d)/g, '$1$2');
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
    { zone: zoneFor(zone) },
  );
}

function instantToFloating(instant: Date, zone: string): Date {
  const local = DateTime.fromJSDate(instant, { zone: zoneFor(zone) });
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}

const DAY_MS = 86_400_000;

/**
 * The rule's options with the values rrule.js would otherwise derive from DTSTART (the weekday of a weekly
 * rule, the day of a monthly one, the day and month of a yearly one) written out, so that DTSTART can then be
 * moved without changing which dates the rule means.
 */
function explicitOptions(options: Partial<rrulePkg.Options>, dtstart: Date): Partial<rrulePkg.Options> {
  const o = { ...options };
  const narrowed = [o.byweekday, o.bymonthday, o.byweekno, o.byyearday, o.byeaster].some(
    (v) => v !== undefined && v !== null,
  );
  if (narrowed) return o;
  if (o.freq === RRule.WEEKLY) o.byweekday = [(dtstart.getUTCDay() + 6) % 7];
  if (o.freq === RRule.MONTHLY) o.bymonthday = [dtstart.getUTCDate()];
  if (o.freq === RRule.YEARLY) {
    o.bymonthday = [dtstart.getUTCDate()];
    if (o.bymonth === undefined || o.bymonth === null) o.bymonth = [dtstart.getUTCMonth() + 1];
  }
  return o;
}

/**
 * The latest start on or before `before` that is a whole number of the rule's periods after `dtstart`, so
 * the rule means the same dates from there on. Only the phase of INTERVAL matters once the BY* values are
 * explicit; a rule with COUNT keeps its start (its occurrences are counted from there).
 */
function alignedStart(o: Partial<rrulePkg.Options>, dtstart: Date, before: Date): Date {
  if (before <= dtstart || (o.count !== undefined && o.count !== null)) return dtstart;
  const interval = o.interval ?? 1;
  // The time of day, also for a (legacy) start before 1970, where % alone would be negative.
  const time = ((dtstart.getTime() % DAY_MS) + DAY_MS) % DAY_MS;
  if (o.freq === RRule.DAILY || o.freq === RRule.WEEKLY) {
    // Whole weeks keep the week's alignment to WKST; one step of margin keeps the first period whole.
    const step = (o.freq === RRule.WEEKLY ? 7 : 1) * interval * DAY_MS;
    const steps = Math.floor((before.getTime() - dtstart.getTime()) / step) - 1;
    return steps > 0 ? new Date(dtstart.getTime() + steps * step) : dtstart;
  }
  const monthsPerStep = o.freq === RRule.MONTHLY ? interval : 12 * interval;
  const months =
    (before.getUTCFullYear() - dtstart.getUTCFullYear()) * 12 + before.getUTCMonth() - dtstart.getUTCMonth();
  const steps = Math.floor(months / monthsPerStep) - 1;
  if (steps <= 0) return dtstart;
  // The first of the month (of January for a yearly rule): every date of that period lies ahead of the new start.
  const first =
    o.freq === RRule.MONTHLY
      ? Date.UTC(dtstart.getUTCFullYear(), dtstart.getUTCMonth() + steps * interval, 1)
      : Date.UTC(dtstart.getUTCFullYear() + steps * interval, 0, 1);
  return new Date(first + time);
}

function ruleFor(
  schedule: Pick<ScheduleModel, 'rrule' | 'startDate' | 'startTime'>,
  windowStart: Date,
): rrulePkg.RRule {
  const [y, m, d] = schedule.startDate.split('-').map(Number) as [number, number, number];
  const [hh, mm] = schedule.startTime.split(':').map(Number) as [number, number];
  const dtstart = new Date(Date.UTC(y, m - 1, d, hh, mm));
  const options = explicitOptions(storedRuleOptions(schedule.rrule), dtstart);
  return new RRule({ ...options, dtstart: alignedStart(options, dtstart, windowStart) });
}

/**
 * Counts the periods rrule.js steps through and stops it once the budget is spent. rrule.js 2.8 has no hook
 * per period, but it reads `options.interval` once when it starts and then twice per period: first to check
 * for its own stop value (0), then to advance. Answering 0 at a check ends the walk cleanly; the dates it
 * already produced stand. (rrule is pinned; recurrence.test.ts fails if this stops holding.)
 */
function budgetPeriods(rule: rrulePkg.RRule, budget: number): { exhausted: () => boolean } {
  const interval = rule.options.interval;
  let reads = 0;
  let periods = 0;
  let exhausted = false;
  Object.defineProperty(rule.options, 'interval', {
    configurable: true,
    enumerable: true,
    get() {
      reads++;
      if (reads > 1 && reads % 2 === 0 && ++periods > budget) {
        exhausted = true;
        return 0;
      }
      return interval;
    },
  });
  return { exhausted: () => exhausted };
}

export interface Expansion {
  meetings: MeetingModel[];
  /** True when the walk stopped on its budget rather than at the window's end, the limit or the rule's end. */
  exhausted: boolean;
}

/**
 * Meetings that start at or after `from` and before `until`, at most `limit`, skipping cancelled dates.
 * Bounded: at most PERIOD_BUDGET periods and CANDIDATE_BUDGET candidate dates, whatever the rule.
 */
export function expandScheduleBounded(
  schedule: Omit<ScheduleModel, 'resourceId'>,
  options: { from: Date; until?: Date; limit: number },
): Expansion {
  const cancelled = new Set(schedule.cancelledDates);
  const zone = schedule.timeZone;
  // Compare in floating time, widened by a day on each side, then filter by the real instant.
  const floatingFrom = new Date(instantToFloating(options.from, zone).getTime() - DAY_MS);
  const floatingUntil = options.until ? new Date(instantToFloating(options.until, zone).getTime() + DAY_MS) : null;
  const rule = ruleFor(schedule, floatingFrom);
  const budget = budgetPeriods(rule, PERIOD_BUDGET);
  const meetings: MeetingModel[] = [];
  const durationMs = schedule.durationMinutes * 60_000;
  let candidates = 0;
  let candidatesExhausted = false;
  // all() hands over every date the rule produces from its (aligned) start, so each counts against the budget.
  rule.all((date) => {
    if (++candidates > CANDIDATE_BUDGET) {
      candidatesExhausted = true;
      return false;
    }
    if (date < floatingFrom) return true;
    if (floatingUntil && date > floatingUntil) return false;
    const start = floatingToInstant(date, zone);
    if (cancelled.has(start.toISODate()!)) return true;
    const startsAt = start.toJSDate();
    if (startsAt < options.from) return true;
    if (options.until && startsAt >= options.until) return false;
    meetings.push({ startsAt, endsAt: new Date(startsAt.getTime() + durationMs), timeZone: zone });
    return meetings.length < options.limit;
  });
  return { meetings, exhausted: budget.exhausted() || candidatesExhausted };
}

/** Meetings from `from` (see expandScheduleBounded); a rule that runs out of budget yields what it found. */
export function expandSchedule(
  schedule: Omit<ScheduleModel, 'resourceId'>,
  options: { from: Date; until?: Date; limit: number },
): MeetingModel[] {
  return expandScheduleBounded(schedule, options).meetings;
}

/** Local wall-clock text of an instant in a zone, e.g. 2026-03-30T19:00. */
export function localDateTime(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone: zoneFor(zone) }).toFormat("yyyy-MM-dd'T'HH:mm");
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
