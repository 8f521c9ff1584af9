import { sql, type Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type {
  LocationsTable,
  ResourcesTable,
  SchedulesTable,
  TopicsTable,
  WorkshopSessionsTable,
} from '../../db/schema.ts';

export type ResourceRow = Omit<Selectable<ResourcesTable>, 'search_doc' | 'search_tsv'>;
export type LocationRow = Selectable<LocationsTable>;
export type ScheduleRow = Selectable<SchedulesTable>;
export type SessionRow = Selectable<WorkshopSessionsTable>;

/** The columns a ResourceRow holds: never the search document or internal vectors. */
export const resourceColumns = [
  'id',
  'organization_id',
  'kind',
  'external_id',
  'name',
  'description',
  'format',
  'languages',
  'is_free',
  'audiences',
  'accessibility',
  'url',
  'status',
  'version',
  'last_verified_at',
  'created_at',
  'updated_at',
  'facilitation',
  'capacity',
  'registration_url',
  'platform',
  'moderated',
  'moderation_note',
  'taken_down_at',
  'join_mode',
  'joining',
  'contacts',
  'online',
  'eligibility',
  'operational_status',
  'status_until',
  'notices',
  'cost_model',
  'cost',
] as const;

export function findResourcesByIds(db: Db, ids: readonly number[]): Promise<ResourceRow[]> {
  return db
    .selectFrom('resources')
    .select(resourceColumns)
    .where('id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .execute();
}

export function findLocationsByResourceIds(db: Db, ids: readonly number[]): Promise<LocationRow[]> {
  return db
    .selectFrom('locations')
    .selectAll()
    .where('resource_id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .execute();
}

export type ScheduleTextRow = Omit<ScheduleRow, 'start_date' | 'cancelled_dates'> & {
  start_date: string;
  cancelled_dates: string[];
};

export function findSchedulesByResourceIds(db: Db, ids: readonly number[]): Promise<ScheduleTextRow[]> {
  return (
    db
      .selectFrom('schedules')
      .select([
        'resource_id',
        'rrule',
        'time_zone',
        'start_time',
        'duration_minutes',
        'occurrences_until',
        'cancellation_reasons',
      ])
      // Dates as text: a DATE is a calendar day, not an instant, and must not pass through a JS Date.
      .select([
        sql<string>`start_date::text`.as('start_date'),
        sql<string[]>`cancelled_dates::text[]`.as('cancelled_dates'),
      ])
      .where('resource_id', '=', (eb) => eb.fn.any(eb.val([...ids])))
      .execute()
  );
}

export function findSessionsByResourceIds(db: Db, ids: readonly number[]): Promise<SessionRow[]> {
  return db
    .selectFrom('workshop_sessions')
    .selectAll()
    .where('resource_id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .orderBy('resource_id')
    .orderBy('starts_at')
    .orderBy('id')
    .execute();
}

export function findTopicsByResourceIds(
  db: Db,
  ids: readonly number[],
): Promise<Array<Selectable<TopicsTable> & { resource_id: number }>> {
  return db
    .selectFrom('resource_topics as rt')
    .innerJoin('topics as t', 't.id', 'rt.topic_id')
    .select(['rt.resource_id', 't.id', 't.slug', 't.name', 't.description', 't.parent_id', 't.sensitive'])
    .where('rt.resource_id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .orderBy('rt.resource_id')
    .orderBy('t.name')
    .execute();
}
