import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export function findKeyWithOrganization(db: Db, id: string) {
  return db
    .selectFrom('api_keys as k')
    .leftJoin('organizations as o', 'o.id', 'k.organization_id')
    .select(['k.id', 'k.role', 'k.organization_id', 'k.secret_hash', 'k.revoked_at', 'k.last_used_at', 'o.trusted'])
    .where('k.id', '=', id)
    .executeTakeFirst();
}

/** Marks a key used, at most once a minute, so busy keys do not write on every request. */
export async function touchKey(db: Db, id: string): Promise<void> {
  await db
    .updateTable('api_keys')
    .set({ last_used_at: sql`now()` })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', sql<Date>`now() - interval '1 minute'`)]),
    )
    .execute();
}

export function insertKey(
  db: Db,
  key: {
    id: string;
    role: 'partner' | 'moderator' | 'analyst';
    name: string;
    organizationId: number | null;
    secretHash: string;
  },
) {
  return db
    .insertInto('api_keys')
    .values({
      id: key.id,
      role: key.role,
      name: key.name,
      organization_id: key.organizationId,
      secret_hash: key.secretHash,
    })
    .execute();
}

export function listKeys(db: Db) {
  return db
    .selectFrom('api_keys as k')
    .leftJoin('organizations as o', 'o.id', 'k.organization_id')
    .select([
      'k.id',
      'k.role',
      'k.name',
      'k.created_at',
      'k.last_used_at',
      'k.revoked_at',
      'o.name as organization_name',
    ])
    .orderBy('k.created_at')
    .orderBy('k.id')
    .execute();
}

/** Whether a live key was revoked. RETURNING, not the affected-row count: PGlite's driver reports none. */
export async function revokeKey(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .updateTable('api_keys')
    .set({ revoked_at: sql`now()` })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length > 0;
}

/** Organisations by name, with their live and revoked partner keys. */
export function listPartners(db: Db) {
  return db
    .selectFrom('organizations as o')
    .leftJoin('api_keys as k', 'k.organization_id', 'o.id')
    .select([
      'o.id',
      'o.name',
      'o.trusted',
      'o.created_at',
      sql<number>`count(k.id) filter (where k.revoked_at is null)::int`.as('active_keys'),
      sql<number>`count(k.id) filter (where k.revoked_at is not null)::int`.as('revoked_keys'),
    ])
    .groupBy(['o.id', 'o.name', 'o.trusted', 'o.created_at'])
    .orderBy(sql`lower(o.name)`)
    .orderBy('o.id')
    .execute();
}
