import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { findSchedulesByResourceIds } from '../resources/repository.ts';

export { findSchedulesByResourceIds };

export interface OccurrenceRow {
  resource_id: number;
  starts_at: Date;
  ends_at: Date | null;
}

/** Replaces the materialised occurrences of these listings with the given ones. */
export async function replaceOccurrences(
  db: Db,
  resourceIds: number[],
  rows: OccurrenceRow[],
  until: Date,
): Promise<void> {
  if (!resourceIds.length) return;
  await db
    .deleteFrom('resource_occurrences')
    .where('resource_id', '=', (eb) => eb.fn.any(eb.val(resourceIds)))
    .execute();
  for (let i = 0; i < rows.length; i += 2000) {
    const batch = rows.slice(i, i + 2000);
    await sql`insert into resource_occurrences (resource_id, starts_at, ends_at)
      select * from unnest(${batch.map((r) => r.resource_id)}::int[], ${batch.map((r) => r.starts_at.toISOString())}::timestamptz[],
                           ${batch.map((r) => r.ends_at?.toISOString() ?? null)}::timestamptz[])
      on conflict do nothing`.execute(db);
  }
  await db
    .updateTable('schedules')
    .set({ occurrences_until: until })
    .where('resource_id', '=', (eb) => eb.fn.any(eb.val(resourceIds)))
    .execute();
}

/** Workshop sessions of these listings, as occurrences (they are finite: no horizon). */
export async function copySessionsToOccurrences(db: Db, resourceIds: number[]): Promise<void> {
  await sql`insert into resource_occurrences (resource_id, starts_at, ends_at)
    select resource_id, starts_at, ends_at from workshop_sessions where resource_id = any(${resourceIds}::int[])
    on conflict do nothing`.execute(db);
}

/** Peer groups whose materialised occurrences end before `before`. */
export async function findSchedulesDueBefore(db: Db, before: Date, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('schedules')
    .select('resource_id')
    .where((eb) => eb.or([eb('occurrences_until', 'is', null), eb('occurrences_until', '<', before)]))
    .orderBy('resource_id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.resource_id);
}

/** Drops occurrences that are over; they no longer answer "meets within" or "next meeting". */
export async function deletePastOccurrences(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('resource_occurrences').where('starts_at', '<', before).execute();
}
