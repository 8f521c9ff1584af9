import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export async function countResources(db: Db): Promise<number> {
  const row = await db
    .selectFrom('resources')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}
