import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { privatiseLocation, type NewListing } from './listing.ts';
import { detailColumns } from '../listing/columns.ts';

// Writes of whole listings: used by partner mutations (one at a time, inside their transaction), the demo seed
// and the benchmark loader (thousands at a time). Multi-row inserts keep bulk loads to a few statements.

const CHUNK = 500;

function chunks<T>(list: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Inserts listings with all their parts; returns their ids in input order. Call inside a transaction. */
/** The resources row of a listing: its content; status and bookkeeping are the caller's. */
export function contentColumns(l: NewListing) {
  return {
    kind: l.kind,
    external_id: l.externalId,
    name: l.name,
    description: l.description,
    format: l.format,
    languages: l.languages,
    is_free: l.isFree,
    audiences: l.audiences,
    accessibility: l.accessibility,
    url: l.url,
    facilitation: l.facilitation,
    capacity: l.capacity,
    platform: l.platform,
    moderated: l.moderated,
    ...detailColumns(l),
  };
}

function newRow(l: NewListing) {
  return {
    ...contentColumns(l),
    organization_id: l.organizationId,
    status: l.status,
    last_verified_at: l.lastVerifiedAt,
    ...(l.createdAt ? { created_at: l.createdAt, updated_at: l.createdAt } : {}),
  };
}

/** Inserts listings with all their parts; returns their ids in input order. Call inside a transaction. */
export async function insertListings(db: Db, listings: NewListing[]): Promise<number[]> {
  const ids: number[] = [];
  for (const batch of chunks(listings)) {
    const rows = await db.insertInto('resources').values(batch.map(newRow)).returning('id').execute();
    ids.push(...rows.map((r) => r.id));
  }
  await writeParts(
    db,
    listings.map((l, i) => ({ id: ids[i]!, listing: l })),
  );
  return ids;
}

/**
 * Inserts a listing unless its partner already has one with the same external id; returns the new id, or
 * null when it exists. The unique constraint decides, so concurrent submits cannot make two listings.
 */
export async function insertListingUnlessExists(db: Db, listing: NewListing): Promise<number | null> {
  const row = await db
    .insertInto('resources')
    .values(newRow(listing))
    .onConflict((oc) => oc.columns(['organization_id', 'external_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return null;
  await writeParts(db, [{ id: row.id, listing }]);
  return row.id;
}

/** Replaces a listing's content and parts; bumps its version. */
/** The parts of a listing kept in their own tables. */
export type ListingPart = 'topics' | 'location' | 'schedule' | 'sessions';
const ALL_PARTS: readonly ListingPart[] = ['topics', 'location', 'schedule', 'sessions'];

/**
 * Writes a listing's new content onto its row and rewrites the given parts (by default all of them). An edit
 * of one field (a partner fixing a description) then costs one UPDATE, not a delete and insert of every part.
 */
export async function updateListing(
  db: Db,
  id: number,
  listing: NewListing,
  status: string,
  parts: readonly ListingPart[] = ALL_PARTS,
): Promise<void> {
  await db
    .updateTable('resources')
    .set({ ...contentColumns(listing), status, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
  await writeParts(db, [{ id, listing }], parts);
}

/** (Re)writes topics, location, schedule and sessions (or only the given parts) of listings whose rows exist. */
export async function writeParts(
  db: Db,
  items: Array<{ id: number; listing: NewListing }>,
  parts: readonly ListingPart[] = ALL_PARTS,
): Promise<void> {
  if (!items.length || !parts.length) return;
  const ids = items.map((i) => i.id);
  const rewrite = new Set(parts);
  const tables = {
    topics: 'resource_topics',
    location: 'locations',
    schedule: 'schedules',
    sessions: 'workshop_sessions',
  } as const;
  for (const part of ALL_PARTS) {
    if (rewrite.has(part))
      await db
        .deleteFrom(tables[part])
        .where('resource_id', '=', (eb) => eb.fn.any(eb.val(ids)))
        .execute();
  }

  const topicLinks = !rewrite.has('topics')
    ? []
    : items.flatMap(({ id, listing }) => listing.topicSlugs.map((slug) => ({ id, slug })));
  for (const batch of chunks(topicLinks, 2000)) {
    await sql`insert into resource_topics (resource_id, topic_id)
      select x.id, t.id from unnest(${batch.map((b) => b.id)}::int[], ${batch.map((b) => b.slug)}::text[]) as x(id, slug)
      join topics t on t.slug = x.slug on conflict do nothing`.execute(db);
  }
  const locations = items
    .filter((i) => rewrite.has('location') && i.listing.location)
    .map(({ id, listing }) => ({ id, loc: privatiseLocation(listing.location!) }));
  for (const batch of chunks(locations)) {
    await db
      .insertInto('locations')
      .values(
        batch.map(({ id, loc }) => ({
          resource_id: id,
          name: loc.name,
          address: loc.address,
          locality: loc.locality,
          region: loc.region,
          postal_code: loc.postalCode,
          country: loc.country,
          latitude: loc.latitude,
          longitude: loc.longitude,
          approximate: loc.approximate,
          access_notes: loc.accessNotes ?? null,
        })),
      )
      .execute();
  }
  const schedules = items.filter((i) => rewrite.has('schedule') && i.listing.schedule);
  for (const batch of chunks(schedules)) {
    await db
      .insertInto('schedules')
      .values(
        batch.map(({ id, listing }) => {
          const s = listing.schedule!;
          return {
            resource_id: id,
            rrule: s.rrule,
            time_zone: s.timeZone,
            start_time: s.startTime,
            start_date: s.startDate,
            duration_minutes: s.durationMinutes,
            cancelled_dates: s.cancelledDates,
            cancellation_reasons: JSON.stringify(s.cancellationReasons ?? {}),
          };
        }),
      )
      .execute();
  }
  const sessions = !rewrite.has('sessions')
    ? []
    : items.flatMap(({ id, listing }) => listing.sessions.map((m) => ({ id, m })));
  for (const batch of chunks(sessions)) {
    await db
      .insertInto('workshop_sessions')
      .values(
        batch.map(({ id, m }) => ({
          resource_id: id,
          starts_at: m.startsAt,
          ends_at: m.endsAt,
          time_zone: m.timeZone,
        })),
      )
      .execute();
  }
}

/** Recomputes the search documents (and typo vocabulary) of listings. */
export async function refreshSearch(db: Db, ids: number[]): Promise<void> {
  for (const batch of chunks(ids, 5000)) await sql`select pa_refresh_search(${batch}::int[])`.execute(db);
}
