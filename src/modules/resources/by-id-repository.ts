import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import { sql } from 'kysely';
import { CompiledShapes } from '../../db/compiled-shapes.ts';
import type { Db } from '../../db/database.ts';
import { resourceColumns, type LocationRow, type ResourceRow, type ScheduleTextRow } from './repository.ts';

/** Parts of a listing a query asks for, read with the listing itself (see findResourceWithParts). */
export interface PartsAsked {
  organization?: boolean;
  topics?: boolean;
  schedule?: boolean;
}

export type ResourceWithPartsRow = ResourceRow & {
  /** Always read: one-to-one, and most clients show where a listing is. */
  location: LocationRow | null;
  organization?: { id: number; name: string; url: string | null } | null;
  topics?: Array<{ id: number; slug: string; name: string; parent_id: number | null; sensitive: boolean }>;
  schedule?: Omit<ScheduleTextRow, 'occurrences_until'> | null;
};

/**
 * One listing and the parts the query asks for, in one statement (each part a JSON subquery) rather than one
 * statement per part through the loaders: a listing page needs its location, organisation, topics and schedule,
 * and four more round trips cost the server more than the database. Rows come back as the loaders' rows would.
 */
export async function findResourceWithParts(
  db: Db,
  id: number,
  parts: PartsAsked,
): Promise<ResourceWithPartsRow | undefined> {
  // Eight shapes at most (which parts are read); each compiled once (db/compiled-shapes.ts).
  const shape = `${+!!parts.organization}${+!!parts.topics}${+!!parts.schedule}`;
  const [row] = await byIdShapes.run(db, shape, [id], (db) => byIdStatement(db, id, parts));
  return row as ResourceWithPartsRow | undefined;
}

const byIdShapes = new CompiledShapes<unknown>();

function byIdStatement(db: Db, id: number, parts: PartsAsked) {
  return db
    .selectFrom('resources as r')
    .select(resourceColumns.map((c) => `r.${c}` as const))
    .select((eb) => [
      jsonObjectFrom(eb.selectFrom('locations as l').selectAll('l').whereRef('l.resource_id', '=', 'r.id')).as(
        'location',
      ),
    ])
    .$if(parts.organization === true, (q) =>
      q.select((eb) =>
        jsonObjectFrom(
          eb
            .selectFrom('organizations as o')
            .select(['o.id', 'o.name', 'o.url'])
            .whereRef('o.id', '=', 'r.organization_id'),
        ).as('organization'),
      ),
    )
    .$if(parts.topics === true, (q) =>
      q.select((eb) =>
        // Ordered by name, as the topics loader gives them.
        jsonArrayFrom(
          eb
            .selectFrom('resource_topics as rt')
            .innerJoin('topics as t', 't.id', 'rt.topic_id')
            .select(['t.id', 't.slug', 't.name', 't.parent_id', 't.sensitive'])
            .whereRef('rt.resource_id', '=', 'r.id')
            .orderBy('t.name'),
        ).as('topics'),
      ),
    )
    .$if(parts.schedule === true, (q) =>
      q.select((eb) =>
        jsonObjectFrom(
          eb
            .selectFrom('schedules as s')
            .select(['s.resource_id', 's.rrule', 's.time_zone', 's.start_time', 's.duration_minutes'])
            .select(['s.cancellation_reasons'])
            // Dates as text, as the schedules loader reads them (a DATE is a calendar day, not an instant).
            .select([
              sql<string>`s.start_date::text`.as('start_date'),
              sql<string[]>`s.cancelled_dates::text[]`.as('cancelled_dates'),
            ])
            .whereRef('s.resource_id', '=', 'r.id'),
        ).as('schedule'),
      ),
    )
    .where('r.id', '=', id);
}
