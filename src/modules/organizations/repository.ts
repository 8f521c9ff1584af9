import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { resourceColumns, type ResourceRow } from '../resources/repository.ts';
import { listingsVisibleTo, type Visibility } from '../auth/access.ts';

export function findOrganizationsByIds(db: Db, ids: readonly number[]) {
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'url'])
    .where('id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .execute();
}

export function findOrganizationPage(db: Db, limit: number, after: { name: string; id: number } | null) {
  let q = db.selectFrom('organizations').select(['id', 'name', 'url', sql<string>`lower(name)`.as('sort_key')]);
  if (after) q = q.where(sql<boolean>`(lower(name), id) > (${after.name}::text, ${after.id}::int)`);
  return q
    .orderBy(sql`lower(name)`)
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function countOrganizations(db: Db): Promise<number> {
  const row = await db
    .selectFrom('organizations')
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/**
 * One page of listings for each of many organisations in one statement (LATERAL, limited per parent),
 * ordered by (lower(name), id). All organisations share the page arguments.
 */
export async function findResourcePagesByOrganization(
  db: Db,
  organizationIds: readonly number[],
  v: Visibility,
  limit: number,
  after: { name: string; id: number } | null,
): Promise<Array<ResourceRow & { sort_key: string }>> {
  const keyset = after ? sql`and (lower(r.name), r.id) > (${after.name}::text, ${after.id}::int)` : sql``;
  const cols = sql.raw(resourceColumns.map((c) => `r.${c}`).join(', '));
  const result = await sql<ResourceRow & { sort_key: string }>`
    select ${cols}, lower(r.name) as sort_key
    from unnest(${[...organizationIds]}::int[]) as o(id)
    cross join lateral (
      select * from resources r
      where r.organization_id = o.id and ${listingsVisibleTo(v)} ${keyset}
      order by lower(r.name), r.id limit ${limit}::int
    ) r`.execute(db);
  return result.rows;
}

export async function countResourcesByOrganization(db: Db, organizationIds: readonly number[], v: Visibility) {
  const result = await sql<{ organization_id: number; n: number }>`
    select r.organization_id, count(*)::int as n from resources r
    where r.organization_id = any(${[...organizationIds]}::int[]) and ${listingsVisibleTo(v)}
    group by r.organization_id`.execute(db);
  return result.rows;
}

export async function insertOrganization(
  db: Db,
  org: { name: string; url: string | null; trusted: boolean },
): Promise<number> {
  const row = await db.insertInto('organizations').values(org).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Organisations whose name equals this one, ignoring case and surrounding spaces. */
export function findOrganizationsByName(db: Db, name: string) {
  return db
    .selectFrom('organizations')
    .select(['id', 'name'])
    .where(sql<boolean>`lower(btrim(name)) = lower(btrim(${name}::text))`)
    .orderBy('id')
    .execute();
}

export function findOrganizationById(db: Db, id: number) {
  return db.selectFrom('organizations').select(['id', 'name', 'trusted']).where('id', '=', id).executeTakeFirst();
}

/** Sets trust; returns the organisation, or undefined when there is none with this id. */
export function updateOrganizationTrust(db: Db, id: number, trusted: boolean) {
  return db
    .updateTable('organizations')
    .set({ trusted })
    .where('id', '=', id)
    .returning(['id', 'name', 'trusted'])
    .executeTakeFirst();
}
