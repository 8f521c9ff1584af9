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
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', sql<Date>`now() - interval '1 minute'`)]))
    .execute();
}

export function insertKey(
  db: Db,
  key: { id: string; role: 'partner' | 'moderator' | 'analyst'; name: string; organizationId: number | null; secretHash: string },
) {
  return db
    .insertInto('api_keys')
    .values({ id: key.id, role: key.role, name: key.name, organization_id: key.organizationId, secret_hash: key.secretHash })
    .execute();
}

export function listKeys(db: Db) {
  return db
    .selectFrom('api_keys as k')
    .leftJoin('organizations as o', 'o.id', 'k.organization_id')
    .select(['k.id', 'k.role', 'k.name', 'k.created_at', 'k.last_used_at', 'k.revoked_at', 'o.name as organization_name'])
    .orderBy('k.created_at')
    .orderBy('k.id')
    .execute();
}

export async function revokeKey(db: Db, id: string): Promise<boolean> {
  const result = await db
    .updateTable('api_keys')
    .set({ revoked_at: sql`now()` })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
