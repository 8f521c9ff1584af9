import { sql, type RawBuilder, type Selectable } from 'kysely';
import type { TopicsTable } from '../../db/schema.ts';
import { resourceColumns, type LocationRow, type ResourceRow } from '../resources/repository.ts';
import { summaryColumns } from '../resources/mappers.ts';
import type { SearchPageSpec } from './spec.ts';

// What a search page reads besides the listings themselves, and how its rows become SearchRows: the location of
// every hit (one-to-one), and the organisation and topics when the query asks for them (shared/lookahead.ts).
// SQL fragments for search/repository.ts, which composes the page statement.

type Sql = RawBuilder<unknown>;

/** A topic of a listing as the page reads it (the columns toTopic needs). */
export type PageTopicRow = Pick<Selectable<TopicsTable>, 'id' | 'slug' | 'name' | 'parent_id' | 'sensitive'>;

export type SearchRow = ResourceRow & {
  phase: number;
  sort_key: string | number | null;
  distance_km: number | null;
  next_meeting_at: Date | null;
  /**
   * The listing's location (one-to-one), read with the page: a page of hits needs no second statement for it.
   * Undefined when the query does not ask for it.
   */
  location?: LocationRow | null;
  /** With `parts.organization`: the listing's organisation (many-to-one, so one join). */
  organization?: { id: number; name: string; url: string | null };
  /** With `parts.topics`: the listing's topics by name, as the topics loader would give them. */
  topics?: PageTopicRow[];
};

export type PageRow = Omit<SearchRow, 'location' | 'organization' | 'topics'> & {
  [C in keyof LocationRow as C extends 'resource_id' ? never : `loc_${C}`]: LocationRow[C] | null;
} & { sort_raw?: unknown; org_name?: string; org_url?: string | null; topics?: PageTopicRow[] };

/** The page's location columns, prefixed (loc_*) so they cannot collide with the listing's own. */
export const locationSelect = sql.raw(
  [
    'name',
    'address',
    'locality',
    'region',
    'postal_code',
    'country',
    'latitude',
    'longitude',
    'approximate',
    'access_notes',
  ]
    .map((c) => `pl.${c} as loc_${c}`)
    .join(', '),
);

/**
 * A page row as the listing row plus its parts: its location (null for a listing without one: a location's
 * country is never null), and its organisation and topics when they were read. The row is extended in place:
 * copying its thirty-odd columns into a new object, for every hit of every search, showed up in the CPU profile.
 */
export function withParts(row: PageRow): SearchRow {
  const out = row as unknown as SearchRow;
  if (row.next_meeting_at === undefined) out.next_meeting_at = null;
  // Not read (the query does not ask for it): left undefined, so nothing is primed with it.
  if (row.loc_country === undefined) return withJoinedParts(row, out);
  out.location =
    row.loc_country === null
      ? null
      : {
          resource_id: row.id,
          name: row.loc_name,
          address: row.loc_address,
          locality: row.loc_locality,
          region: row.loc_region,
          postal_code: row.loc_postal_code,
          country: row.loc_country,
          latitude: row.loc_latitude!,
          longitude: row.loc_longitude!,
          approximate: row.loc_approximate!,
          access_notes: row.loc_access_notes,
        };
  return withJoinedParts(row, out);
}

function withJoinedParts(row: PageRow, out: SearchRow): SearchRow {
  if (row.org_name !== undefined)
    out.organization = { id: row.organization_id, name: row.org_name, url: row.org_url ?? null };
  return out;
}

/**
 * The parts a page reads besides its listings and their locations. Each one the query asks for saves a statement
 * (and a DataLoader round) per page: the organisation is one join; the topics one small aggregate per hit, in the
 * topics loader's order (by name).
 */
export function partsSelect(parts: SearchPageSpec['parts'], asOf: Date): { columns: Sql; joins: Sql } {
  const columns: Sql[] = [];
  const joins: Sql[] = [];
  if (parts?.nextMeeting !== false) {
    columns.push(sql`(select min(o.starts_at) from resource_occurrences o
                 where o.resource_id = p.id and o.starts_at >= ${asOf}::timestamptz) as next_meeting_at`);
  }
  if (parts?.location !== false) {
    columns.push(locationSelect);
    joins.push(sql`left join locations pl on pl.resource_id = p.id`);
  }
  if (parts?.organization) {
    columns.push(sql`po.name as org_name, po.url as org_url`);
    joins.push(sql`join organizations po on po.id = p.organization_id`);
  }
  if (parts?.topics) {
    columns.push(sql`(select coalesce(json_agg(json_build_object('id', t.id, 'slug', t.slug, 'name', t.name,
        'parent_id', t.parent_id, 'sensitive', t.sensitive) order by t.name), '[]'::json)
      from resource_topics rt join topics t on t.id = rt.topic_id where rt.resource_id = p.id) as topics`);
  }
  return {
    columns: columns.length ? sql`, ${sql.join(columns, sql`, `)}` : sql``,
    joins: joins.length ? sql` ${sql.join(joins, sql` `)}` : sql``,
  };
}

/**
 * Listing fields whose resolvers read only the summary columns (resources/mappers.ts, toResourceSummary) or the
 * parts read beside the page. A query that asks nothing else of its hits gets summaries: a result card's worth.
 */
const SUMMARY_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'name',
  'kind',
  'format',
  'organization',
  'topics',
  'location',
]);

export function asksOnlySummary(asked: ReadonlySet<string>): boolean {
  for (const field of asked) if (!SUMMARY_FIELDS.has(field)) return false;
  return true;
}

/** The listing columns a page reads: every column of a ResourceRow, or the summary's. */
export const allListingColumns = sql.raw(resourceColumns.map((c) => `r.${c}`).join(', '));
export const summaryListingColumns = sql.raw(summaryColumns.map((c) => `r.${c}`).join(', '));
