import type { LocationModel, ResourceModel, StoredListing } from './model.ts';
import type { LocationRow, ResourceRow, ScheduleTextRow, SessionRow } from './repository.ts';
import type { MeetingModel, ScheduleModel } from '../schedules/model.ts';
import { detailsFromRow } from '../listing/columns.ts';

// The boundary between rows and domain types: snake_case columns in, domain fields out.

export function toResource(row: ResourceRow): ResourceModel {
  let details: ResourceModel['details'] | undefined;
  return {
    id: row.id,
    kind: row.kind as ResourceModel['kind'],
    organizationId: row.organization_id,
    externalId: row.external_id,
    name: row.name,
    description: row.description,
    format: row.format as ResourceModel['format'],
    languages: row.languages,
    isFree: row.is_free,
    audiences: row.audiences as ResourceModel['audiences'],
    accessibility: row.accessibility as ResourceModel['accessibility'],
    url: row.url,
    status: row.status as ResourceModel['status'],
    version: row.version,
    lastVerifiedAt: row.last_verified_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    facilitation: row.facilitation as ResourceModel['facilitation'],
    capacity: row.capacity,
    registrationUrl: row.registration_url,
    platform: row.platform,
    moderated: row.moderated,
    moderationNote: row.moderation_note,
    // Worked out when first read: a dozen objects per listing that most queries (a page of search hits) never ask for.
    get details() {
      return (details ??= detailsFromRow(row));
    },
  };
}

/** A row read by a writer: the listing plus its takedown, which only the write path decides on. */
export function toStoredListing(row: ResourceRow): StoredListing {
  return { ...toResource(row), takenDownAt: row.taken_down_at };
}

export function toLocation(row: LocationRow): LocationModel {
  return {
    // An approximate location is stored rounded, without name or address; never re-derive more than that.
    name: row.approximate ? null : row.name,
    address: row.approximate ? null : row.address,
    locality: row.locality,
    region: row.region,
    postalCode: row.approximate ? null : row.postal_code,
    country: row.country,
    latitude: row.approximate ? Math.round(row.latitude * 100) / 100 : row.latitude,
    longitude: row.approximate ? Math.round(row.longitude * 100) / 100 : row.longitude,
    approximate: row.approximate,
    accessNotes: row.approximate ? null : (row.access_notes ?? null),
  };
}

export function toSchedule(row: Omit<ScheduleTextRow, 'occurrences_until'>): ScheduleModel {
  return {
    resourceId: row.resource_id,
    rrule: row.rrule,
    timeZone: row.time_zone,
    startTime: row.start_time,
    startDate: row.start_date,
    durationMinutes: row.duration_minutes,
    cancelledDates: [...row.cancelled_dates].sort(),
    cancellationReasons: { ...(row.cancellation_reasons ?? {}) },
  };
}

export function toMeeting(row: SessionRow): MeetingModel {
  return { startsAt: row.starts_at, endsAt: row.ends_at, timeZone: row.time_zone };
}

/** The columns a listing summary reads: what a search result card shows of the listing itself. */
export const summaryColumns = ['id', 'organization_id', 'kind', 'name', 'format'] as const;
export type SummaryRow = Pick<ResourceRow, (typeof summaryColumns)[number]>;
type SummaryKey = 'id' | 'organizationId' | 'kind' | 'name' | 'format';

/** Every other field of the model: reading one from a summary is a bug, and says so instead of answering undefined. */
const UNREAD = [
  'externalId',
  'description',
  'languages',
  'isFree',
  'audiences',
  'accessibility',
  'url',
  'status',
  'version',
  'lastVerifiedAt',
  'createdAt',
  'updatedAt',
  'facilitation',
  'capacity',
  'registrationUrl',
  'platform',
  'moderated',
  'moderationNote',
  'details',
] as const satisfies ReadonlyArray<Exclude<keyof ResourceModel, SummaryKey>>;
// The list is complete: a field added to ResourceModel and to neither list fails to compile here.
const _complete: Exclude<keyof ResourceModel, SummaryKey | (typeof UNREAD)[number]> extends never ? true : never = true;
void _complete;

const unreadFields: object = Object.defineProperties(
  {},
  Object.fromEntries(
    UNREAD.map((field) => [
      field,
      {
        get() {
          throw new Error(`Resource.${field} was not read: this listing is a summary (search/page-parts.ts)`);
        },
      },
    ]),
  ),
);

/**
 * A listing as a search page reads it when the query asks only for what a result card shows (id, name, kind,
 * format and the parts loaded beside it): five columns instead of thirty-odd. Parsing the others (arrays, JSON,
 * timestamps) was a quarter of the CPU of a page of twenty hits. Never primed into the resourceById loader.
 */
export function toResourceSummary(row: SummaryRow): ResourceModel {
  const summary = Object.create(unreadFields) as ResourceModel;
  summary.id = row.id;
  summary.kind = row.kind as ResourceModel['kind'];
  summary.organizationId = row.organization_id;
  summary.name = row.name;
  summary.format = row.format as ResourceModel['format'];
  return summary;
}
