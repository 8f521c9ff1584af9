import { privatiseLocation, type NewListing } from '../resources/listing.ts';
import type { ListingParts, ResourceModel } from '../resources/model.ts';
import { detailsOf } from '../listing/columns.ts';
import type { ListingDetails } from '../listing/model.ts';

// A listing's content as plain JSON: for change detection, history snapshots and pending revisions.

export const CONTENT_FIELDS = [
  'externalId',
  'name',
  'description',
  'format',
  'topics',
  'languages',
  'isFree',
  'audiences',
  'accessibility',
  'location',
  'url',
  'facilitation',
  'schedule',
  'sessions',
  'capacity',
  'registrationUrl',
  'platform',
  'moderated',
  'joining',
  'contacts',
  'online',
  'eligibility',
  'operationalStatus',
  'statusUntil',
  'notices',
  'cost',
] as const;

export type Content = Record<(typeof CONTENT_FIELDS)[number], unknown>;

export function contentOf(l: NewListing): Content {
  const { resourceId: _r, ...schedule } = { resourceId: 0, ...(l.schedule ?? {}) };
  return {
    externalId: l.externalId,
    name: l.name,
    description: l.description,
    format: l.format,
    topics: [...l.topicSlugs].sort(),
    languages: l.languages,
    isFree: l.isFree,
    audiences: [...l.audiences].sort(),
    accessibility: [...l.accessibility].sort(),
    // Compare what would be stored: an approximate place is only ever its rounded point.
    location: l.location ? privatiseLocation(l.location) : null,
    url: l.url,
    facilitation: l.facilitation,
    schedule: l.schedule ? schedule : null,
    sessions: l.sessions.map((m) => ({
      startsAt: m.startsAt.toISOString(),
      endsAt: m.endsAt?.toISOString() ?? null,
      timeZone: m.timeZone,
    })),
    capacity: l.capacity,
    registrationUrl: l.registrationUrl,
    platform: l.platform,
    moderated: l.moderated,
    ...detailsContent(l),
  };
}

function detailsContent(l: NewListing) {
  const d = detailsOf(l);
  return {
    joining: d.joining,
    contacts: d.contacts,
    online: d.online,
    eligibility: d.eligibility,
    operationalStatus: d.operationalStatus,
    statusUntil: d.statusUntil,
    notices: d.notices,
    cost: d.cost,
  };
}

/** The fields whose values differ, with their before and after values. */
export function diff(before: Content, after: Content) {
  // Key order differs between a stored value and a validated one (eligibility, online, cost): compare canonically.
  const changed = CONTENT_FIELDS.filter((f) => canonicalJson(before[f]) !== canonicalJson(after[f]));
  return {
    changed: [...changed],
    before: Object.fromEntries(changed.map((f) => [f, before[f]])),
    after: Object.fromEntries(changed.map((f) => [f, after[f]])),
  };
}

/** A stored listing and its parts as the NewListing that validation, diffs and writes work on. */
export function listingOf(resource: ResourceModel, parts: ListingParts): NewListing {
  const schedule = parts.schedule;
  return {
    organizationId: resource.organizationId,
    kind: resource.kind,
    externalId: resource.externalId,
    name: resource.name,
    description: resource.description,
    format: resource.format,
    languages: resource.languages,
    isFree: resource.isFree,
    audiences: resource.audiences,
    accessibility: resource.accessibility,
    url: resource.url,
    status: resource.status,
    lastVerifiedAt: resource.lastVerifiedAt,
    facilitation: resource.facilitation,
    capacity: resource.capacity,
    registrationUrl: resource.registrationUrl,
    platform: resource.platform,
    moderated: resource.moderated,
    topicSlugs: parts.topicSlugs,
    details: resource.details,
    location: parts.location,
    // The schedule without its listing id (a NewListing's schedule belongs to whichever listing it is written to).
    schedule: schedule && {
      rrule: schedule.rrule,
      timeZone: schedule.timeZone,
      startTime: schedule.startTime,
      startDate: schedule.startDate,
      durationMinutes: schedule.durationMinutes,
      cancelledDates: schedule.cancelledDates,
      cancellationReasons: schedule.cancellationReasons ?? {},
    },
    sessions: parts.sessions,
  };
}

/** A pending revision's stored content back into a listing (dates revived). */
export function listingFromContent(base: NewListing, c: Content): NewListing {
  return {
    ...base,
    externalId: c.externalId as string | null,
    name: c.name as string,
    description: c.description as string | null,
    format: c.format as NewListing['format'],
    topicSlugs: c.topics as string[],
    languages: c.languages as string[],
    isFree: c.isFree as boolean,
    audiences: c.audiences as string[],
    accessibility: c.accessibility as string[],
    location: c.location as NewListing['location'],
    url: c.url as string | null,
    facilitation: c.facilitation as string | null,
    schedule: c.schedule as NewListing['schedule'],
    sessions: (c.sessions as Array<{ startsAt: string; endsAt: string | null; timeZone: string }>).map((m) => ({
      startsAt: new Date(m.startsAt),
      endsAt: m.endsAt ? new Date(m.endsAt) : null,
      timeZone: m.timeZone,
    })),
    capacity: c.capacity as number | null,
    registrationUrl: c.registrationUrl as string | null,
    platform: c.platform as string | null,
    moderated: c.moderated as boolean | null,
    // A revision stored before the listing model existed keeps the listing's current details.
    details:
      c.joining === undefined
        ? base.details
        : {
            joining: c.joining as ListingDetails['joining'],
            contacts: c.contacts as ListingDetails['contacts'],
            online: c.online as ListingDetails['online'],
            eligibility: c.eligibility as ListingDetails['eligibility'],
            operationalStatus: c.operationalStatus as ListingDetails['operationalStatus'],
            statusUntil: c.statusUntil as string | null,
            notices: c.notices as ListingDetails['notices'],
            cost: c.cost as ListingDetails['cost'],
          },
  };
}

/** JSON with object keys sorted: equal values give equal strings whatever order their keys were built in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
