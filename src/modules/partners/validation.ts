import { iso1A2Code } from '@rapideditor/country-coder';
import countries from 'i18n-iso-countries';
import ISO6391 from 'iso-639-1';
import { DateTime } from 'luxon';
import type { ResourceInput, ResourcePatch } from '../../generated/graphql.ts';
import { findBadText } from '../../shared/text-guard.ts';
import type { NewListing } from '../resources/listing.ts';
import {
  countToUntil,
  dependsOnStartDate,
  expandScheduleBounded,
  isValidTimeZone,
  normaliseRule,
  RecurrenceError,
} from '../schedules/recurrence.ts';
import type { UserErrorModel } from './model.ts';
import { Collector } from './collector.ts';
export { Collector } from './collector.ts';
import { emptyDetails, isFreeCost } from '../listing/model.ts';
import { detailsDraft, mergeDetails, validateDetails } from '../listing/validation.ts';

/**
 * Checks a whole listing draft (a new input, or an existing listing with a patch applied) and reports every
 * problem at once, each with its path into the input. Returns the normalised listing when there is none.
 */

export type Draft = ResourceInput;

const LIMITS = {
  name: 200,
  description: 5000,
  url: 2000,
  externalId: 200,
  platform: 100,
  locationName: 200,
  address: 300,
  locality: 100,
  postalCode: 20,
  topics: 10,
  languages: 10,
  sessions: 100,
  cancelledDates: 200,
};

/** How far a schedule's startDate may lie from today (a group founded decades ago may give that date). */
const START_DATE_YEARS = { past: 50, future: 5 };
/** The first meeting from today (or from a future startDate) must fall within about thirteen months. */
const FIRST_MEETING_WITHIN_DAYS = 400;
const shiftYears = (now: Date, years: number) => DateTime.fromJSDate(now, { zone: 'UTC' }).plus({ years }).toISODate()!;

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && DateTime.fromISO(s, { zone: 'UTC' }).isValid;

export interface ValidationContext {
  topicExists: (slug: string) => boolean;
  now: Date;
}

export interface Validated {
  listing: NewListing | null;
  errors: UserErrorModel[];
  /** Findings that do not stop the write. */
  warnings: UserErrorModel[];
}

export function validateDraft(d: Draft, organizationId: number, vc: ValidationContext): Validated {
  const c = new Collector();
  // Every string of the input, nested ones included (batch inputs and imports arrive here unguarded).
  const bad = findBadText(d);
  if (bad) c.add(bad.path, 'INVALID', `${bad.path.join('.')} ${bad.reason}`);
  const kind = d.kind;
  const name = c.text(['name'], d.name, LIMITS.name, true);
  const description = c.text(['description'], d.description, LIMITS.description);
  const externalId = c.text(['externalId'], d.externalId, LIMITS.externalId);
  const url = c.url(['url'], d.url);

  if (!d.format) c.add(['format'], 'REQUIRED', 'format is required');
  const topics = [...new Set(d.topics ?? [])];
  if (!topics.length) c.add(['topics'], 'REQUIRED', 'at least one topic is required');
  if (topics.length > LIMITS.topics) c.add(['topics'], 'TOO_MANY', `at most ${LIMITS.topics} topics`);
  (d.topics ?? []).forEach((slug, i) => {
    if (!vc.topicExists(slug)) c.add(['topics', i], 'UNKNOWN_TOPIC', `unknown topic "${slug.slice(0, 60)}"`);
  });

  // Not stating a language is not a claim of English.
  const languages = [...new Set((d.languages ?? []).map((l) => l.trim().toLowerCase()))];
  if (languages.length > LIMITS.languages) c.add(['languages'], 'TOO_MANY', `at most ${LIMITS.languages} languages`);
  (d.languages ?? []).forEach((l, i) => {
    if (!ISO6391.validate(l.trim().toLowerCase()))
      c.add(['languages', i], 'INVALID_LANGUAGE', `"${l.slice(0, 20)}" is not an ISO 639-1 language code`);
  });

  // Location: required for in-person and hybrid listings, meaningless for online ones.
  let location: NewListing['location'] = null;
  if (d.format === 'ONLINE') {
    c.notForKind('location', d.location, 'ONLINE listings');
  } else if (!d.location) {
    c.add(['location'], 'REQUIRED', 'location is required unless the format is ONLINE');
  } else {
    const l = d.location;
    const country = (l.country ?? '').trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(country) || !countries.isValid(country))
      c.add(['location', 'country'], 'INVALID_COUNTRY', 'country must be an ISO 3166-1 alpha-2 code, e.g. GB');
    const region = c.text(['location', 'region'], l.region, 10);
    if (region && !/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(region))
      c.add(['location', 'region'], 'INVALID', 'region must be an ISO 3166-2 code, e.g. GB-ENG');
    if (region && country && !region.startsWith(`${country}-`))
      c.add(['location', 'region'], 'INVALID', 'region must belong to the country');
    if (!(l.latitude >= -90 && l.latitude <= 90))
      c.add(['location', 'latitude'], 'OUT_OF_RANGE', 'latitude must be between -90 and 90');
    if (!(l.longitude >= -180 && l.longitude <= 180))
      c.add(['location', 'longitude'], 'OUT_OF_RANGE', 'longitude must be between -180 and 180');
    else if (l.latitude >= -90 && l.latitude <= 90) checkCountry(c, country, l.latitude, l.longitude);
    location = {
      name: c.text(['location', 'name'], l.name, LIMITS.locationName),
      address: c.text(['location', 'address'], l.address, LIMITS.address),
      locality: c.text(['location', 'locality'], l.locality, LIMITS.locality),
      region,
      postalCode: c.text(['location', 'postalCode'], l.postalCode, LIMITS.postalCode),
      country,
      latitude: l.latitude,
      longitude: l.longitude,
      approximate: l.approximate ?? false,
      accessNotes: c.text(['location', 'accessNotes'], l.accessNotes, LIMITS.description),
    };
  }

  let schedule: NewListing['schedule'] = null;
  let sessions: NewListing['sessions'] = [];
  if (kind === 'PEER_GROUP') {
    if (!d.facilitation) c.add(['facilitation'], 'REQUIRED', 'facilitation is required for a peer group');
    if (d.schedule) schedule = validateSchedule(c, d.schedule, vc.now);
  } else {
    c.notForKind('facilitation', d.facilitation, kind);
    c.notForKind('schedule', d.schedule, kind);
  }
  if (kind === 'WORKSHOP') {
    const list = d.sessions ?? [];
    if (!list.length) c.add(['sessions'], 'REQUIRED', 'a workshop needs at least one session');
    if (list.length > LIMITS.sessions) c.add(['sessions'], 'TOO_MANY', `at most ${LIMITS.sessions} sessions`);
    list.forEach((m, i) => {
      if (!isValidTimeZone(m.timeZone))
        c.add(
          ['sessions', i, 'timeZone'],
          'INVALID_TIME_ZONE',
          'timeZone must be an IANA time zone, e.g. Europe/London',
        );
      if (m.endsAt && m.endsAt.getTime() <= m.startsAt.getTime())
        c.add(['sessions', i, 'endsAt'], 'ENDS_BEFORE_START', 'a session must end after it starts');
    });
    sessions = [...list]
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .map((m) => ({ startsAt: m.startsAt, endsAt: m.endsAt ?? null, timeZone: m.timeZone }));
    if (d.capacity != null && (d.capacity < 1 || d.capacity > 100_000))
      c.add(['capacity'], 'OUT_OF_RANGE', 'capacity must be at least 1');
  } else {
    c.notForKind('sessions', d.sessions, kind);
    c.notForKind('capacity', d.capacity, kind);
    c.notForKind('registrationUrl', d.registrationUrl, kind);
  }
  const registrationUrl = kind === 'WORKSHOP' ? c.url(['registrationUrl'], d.registrationUrl) : null;
  let platform: string | null = null;
  if (kind === 'ONLINE_COMMUNITY') {
    platform = c.text(['platform'], d.platform, LIMITS.platform, !d.online?.platform);
    if (d.moderated == null) c.add(['moderated'], 'REQUIRED', 'moderated is required for an online community');
    if (d.format && d.format !== 'ONLINE')
      c.add(['format'], 'NOT_ALLOWED_FOR_KIND', 'an online community has the format ONLINE');
  } else {
    c.notForKind('platform', d.platform, kind);
    c.notForKind('moderated', d.moderated, kind);
  }

  const model = validateDetails(c, d, {
    url,
    registrationUrl,
    platform,
    accessibility: [...new Set(d.accessibility ?? [])],
  });

  if (c.errors.length) return { listing: null, errors: c.errors, warnings: [] };
  return {
    errors: [],
    warnings: c.warnings,
    listing: {
      organizationId,
      kind,
      externalId,
      name: name!,
      description,
      format: d.format,
      languages,
      isFree: isFreeCost(model.details.cost.model),
      audiences: [...new Set(d.audiences ?? [])],
      accessibility: model.accessibility,
      url,
      status: 'PENDING',
      lastVerifiedAt: null,
      facilitation: kind === 'PEER_GROUP' ? d.facilitation! : null,
      capacity: kind === 'WORKSHOP' ? (d.capacity ?? null) : null,
      registrationUrl: model.registrationUrl,
      platform: model.platform,
      moderated: kind === 'ONLINE_COMMUNITY' ? d.moderated! : null,
      details: model.details,
      topicSlugs: topics,
      location,
      schedule,
      sessions,
    },
  };
}

/**
 * A point that is not in the stated country is usually a typo or swapped coordinates; it is reported but not
 * refused (borders, territorial waters and approximate points make a hard rule wrong at the edges).
 */
function checkCountry(c: Collector, country: string, latitude: number, longitude: number) {
  if (!country) return;
  const at = iso1A2Code([longitude, latitude]);
  if (at === country) return;
  const swapped = Math.abs(longitude) <= 90 && iso1A2Code([latitude, longitude]) === country;
  const message = swapped
    ? `the point is not in ${country}, but would be with latitude and longitude swapped`
    : `the point (${at ? `in ${at}` : 'in no country'}) is not in ${country}: check the coordinates`;
  c.warn(['location'], 'LOCATION_MISMATCH', message);
}

function validateSchedule(c: Collector, s: NonNullable<Draft['schedule']>, now: Date): NewListing['schedule'] {
  const path = (f: string) => ['schedule', f];
  let rrule: string | null = null;
  try {
    rrule = normaliseRule(s.rrule);
  } catch (err) {
    c.add(path('rrule'), 'INVALID_RRULE', `rrule ${err instanceof RecurrenceError ? err.message : 'is not valid'}`);
  }
  const zoneOk = isValidTimeZone(s.timeZone);
  if (!zoneOk) c.add(path('timeZone'), 'INVALID_TIME_ZONE', 'timeZone must be an IANA time zone, e.g. Europe/London');
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(s.startTime))
    c.add(path('startTime'), 'INVALID_TIME', 'startTime must be HH:MM (24-hour)');
  if (!(Number.isInteger(s.durationMinutes) && s.durationMinutes >= 1 && s.durationMinutes <= 1440)) {
    c.add(path('durationMinutes'), 'OUT_OF_RANGE', 'durationMinutes must be between 1 and 1440');
  }
  // A rule whose weeks or count depend on where it starts (every other week, ten sessions) needs a stated
  // start: defaulting to "today" would move a fortnightly group's weeks with the day it was last synced.
  let startDate = s.startDate ?? null;
  if (startDate === null && rrule !== null && dependsOnStartDate(rrule)) {
    c.add(
      path('startDate'),
      'REQUIRED',
      'startDate is required for a rule with INTERVAL > 1 or COUNT: the date its first meeting is counted from',
    );
  }
  startDate ??= zoneOk ? DateTime.fromJSDate(now, { zone: s.timeZone }).toISODate()! : now.toISOString().slice(0, 10);
  if (!isDate(startDate)) c.add(path('startDate'), 'INVALID_DATE', 'startDate must be a date, YYYY-MM-DD');
  else if (
    startDate < shiftYears(now, -START_DATE_YEARS.past) ||
    startDate > shiftYears(now, START_DATE_YEARS.future)
  ) {
    c.add(
      path('startDate'),
      'OUT_OF_RANGE',
      `startDate must be within ${START_DATE_YEARS.past} years before and ${START_DATE_YEARS.future} years after today`,
    );
  }
  const reasons: Record<string, string> = {};
  (s.cancellations ?? []).forEach((x, i) => {
    if (!isDate(x.date))
      c.add(['schedule', 'cancellations', String(i), 'date'], 'INVALID_DATE', 'date must be YYYY-MM-DD');
    const reason = c.text(['schedule', 'cancellations', String(i), 'reason'], x.reason, 300);
    if (reason) reasons[x.date] = reason;
  });
  const cancelled = [...new Set([...(s.cancelledDates ?? []), ...(s.cancellations ?? []).map((x) => x.date)])].sort();
  if (cancelled.length > LIMITS.cancelledDates)
    c.add(path('cancelledDates'), 'TOO_MANY', `at most ${LIMITS.cancelledDates} cancelled dates`);
  (s.cancelledDates ?? []).forEach((x, i) => {
    if (!isDate(x))
      c.add(['schedule', 'cancelledDates', String(i)], 'INVALID_DATE', 'cancelled dates must be YYYY-MM-DD');
  });
  if (c.errors.some((e) => e.field[0] === 'schedule') || rrule === null) return null;
  try {
    rrule = countToUntil({ rrule, startDate, startTime: s.startTime });
  } catch (err) {
    c.add(path('rrule'), 'INVALID_RRULE', `rrule ${err instanceof RecurrenceError ? err.message : 'is not valid'}`);
    return null;
  }
  // A reason is kept only for a date that is still cancelled.
  const cancellationReasons = Object.fromEntries(Object.entries(reasons).filter(([date]) => cancelled.includes(date)));
  const schedule = {
    rrule,
    timeZone: s.timeZone,
    startTime: s.startTime,
    startDate,
    durationMinutes: s.durationMinutes,
    cancelledDates: cancelled,
    cancellationReasons,
  };
  // A rule must produce a meeting still to come, and soon: a listing whose first meeting is decades away
  // advertises a group that does not meet (and a sparse rule costs every read that expands it).
  // Bounded (see expandScheduleBounded): a rule that matches nothing is refused in milliseconds.
  const today = DateTime.fromJSDate(now, { zone: zoneOk ? s.timeZone : 'UTC' }).toISODate()!;
  const anchor = DateTime.fromISO(startDate > today ? startDate : today, { zone: 'UTC' });
  const until = anchor.plus({ days: FIRST_MEETING_WITHIN_DAYS + 1 }).toJSDate();
  const next = expandScheduleBounded(schedule, { from: now, until, limit: 1 });
  if (!next.meetings.length) {
    const later = next.exhausted ? next : expandScheduleBounded(schedule, { from: now, limit: 1 });
    c.add(
      path('rrule'),
      'INVALID_RRULE',
      later.meetings.length || later.exhausted
        ? `rrule yields no meeting within ${FIRST_MEETING_WITHIN_DAYS} days of ${anchor.toISODate()}: a peer group must meet at least about once a year`
        : 'rrule yields no meeting from now on',
    );
  }
  return schedule;
}

/** The draft an existing listing corresponds to, so that a patch can be validated as a whole listing. */
export function draftFromListing(l: NewListing): Draft {
  const details = l.details ?? {
    ...emptyDetails(),
    cost: { ...emptyDetails().cost, model: l.isFree ? 'FREE' : 'UNKNOWN' },
  };
  return {
    kind: l.kind,
    externalId: l.externalId,
    name: l.name,
    description: l.description,
    format: l.format,
    topics: l.topicSlugs,
    languages: l.languages,
    // isFree follows cost (see mergeDetails): only a change may state it.
    audiences: l.audiences as Draft['audiences'],
    accessibility: l.accessibility as Draft['accessibility'],
    location: l.location,
    url: l.url,
    facilitation: l.facilitation as Draft['facilitation'],
    schedule: l.schedule && {
      rrule: l.schedule.rrule,
      timeZone: l.schedule.timeZone,
      startTime: l.schedule.startTime,
      startDate: l.schedule.startDate,
      durationMinutes: l.schedule.durationMinutes,
      cancelledDates: l.schedule.cancelledDates,
      cancellations: Object.entries(l.schedule.cancellationReasons ?? {}).map(([date, reason]) => ({ date, reason })),
    },
    sessions: l.sessions.map((m) => ({ startsAt: m.startsAt, endsAt: m.endsAt, timeZone: m.timeZone })),
    capacity: l.capacity,
    // Stated for a workshop; any kind's joining.registrationUrl carries the same value.
    registrationUrl: l.kind === 'WORKSHOP' ? l.registrationUrl : null,
    platform: l.platform,
    moderated: l.moderated,
    ...detailsDraft(details),
  };
}

/**
 * A change applied to a stored listing, for patches and for upserts alike: an omitted field keeps its stored
 * value and an explicit null clears it. The schedule merges field by field, so resending a rule without its
 * startDate or cancelledDates keeps them. (Other nested inputs are replaced whole: LocationInput has defaults
 * that make "omitted" and "false" indistinguishable.)
 */
export function mergeDraft(stored: Draft, change: ResourcePatch | Omit<ResourceInput, 'kind'>): Draft {
  const out: Record<string, unknown> = { ...stored };
  for (const [key, value] of Object.entries(change)) if (value !== undefined && key !== 'kind') out[key] = value;
  if (change.schedule && stored.schedule) {
    const merged: Record<string, unknown> = { ...stored.schedule };
    for (const [key, value] of Object.entries(change.schedule)) if (value !== undefined) merged[key] = value;
    // Cancelled dates given without reasons keep the stored reasons of the dates still cancelled.
    if (change.schedule.cancellations === undefined) merged.cancellations = stored.schedule.cancellations;
    out.schedule = merged;
  }
  // A location is replaced as a whole, except its privacy: omitted keeps the stored setting.
  const location = change.location as { approximate?: boolean | null } | null | undefined;
  if (location && (location.approximate === undefined || location.approximate === null) && stored.location) {
    out.location = { ...location, approximate: stored.location.approximate ?? false };
  }
  mergeDetails(stored, change as Partial<ResourceInput>, out);
  return out as Draft;
}
