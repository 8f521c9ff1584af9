import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { HistoryEntry } from '../partners/repository.ts';
import { toStoredListing } from '../resources/mappers.ts';
import type { StoredListing } from '../resources/model.ts';
import { resourceColumns } from '../resources/repository.ts';

// SQL of imports: batched reads of a partner's listings by external id, the import bookkeeping, archiving.

export function findPartnerKey(db: Db, keyId: string) {
  return db
    .selectFrom('api_keys as k')
    .leftJoin('organizations as o', 'o.id', 'k.organization_id')
    .select(['k.id', 'k.role', 'k.organization_id', 'k.revoked_at', 'o.trusted', 'o.name as organization_name'])
    .where('k.id', '=', keyId)
    .executeTakeFirst();
}

/** One import (or pull) per partner at a time: concurrent ones would race to create the same listings. */
export async function lockPartnerImports(trx: Db, organizationId: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(7201, ${organizationId}::int)`.execute(trx);
}

/** The partner's listings with these external ids, locked for the writer when `lock`. */
export async function findListingsByExternalIds(
  db: Db,
  organizationId: number,
  externalIds: readonly string[],
  lock: boolean,
): Promise<StoredListing[]> {
  if (!externalIds.length) return [];
  const q = db
    .selectFrom('resources')
    .select(resourceColumns)
    .where('organization_id', '=', organizationId)
    .where('external_id', '=', (eb) => eb.fn.any(eb.val([...externalIds])));
  return (await (lock ? q.forUpdate() : q).execute()).map(toStoredListing);
}

/** Which source brought each of these listings in, and the type codes it gave them. */
export async function findImports(
  db: Db,
  ids: readonly number[],
): Promise<Array<{ resourceId: number; source: string; typeCodes: string[] }>> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('resource_imports')
    .select(['resource_id', 'source', 'type_codes'])
    .where('resource_id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .execute();
  return rows.map((r) => ({ resourceId: r.resource_id, source: r.source, typeCodes: r.type_codes }));
}

/** The content each listing's pending revision proposes (as stored: plain JSON). */
export async function findPendingContents(
  db: Db,
  ids: readonly number[],
): Promise<Array<{ resourceId: number; content: unknown }>> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('resource_revisions')
    .select(['resource_id', 'patch'])
    .where('resource_id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .where('state', '=', 'PENDING')
    .execute();
  return rows.map((r) => ({ resourceId: r.resource_id, content: (r.patch as { content?: unknown }).content }));
}

export async function upsertImports(
  db: Db,
  rows: Array<{ resourceId: number; organizationId: number; source: string; typeCodes: string[] }>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const batch = rows.slice(i, i + 1000);
    await db
      .insertInto('resource_imports')
      .values(
        batch.map((r) => ({
          resource_id: r.resourceId,
          organization_id: r.organizationId,
          source: r.source,
          type_codes: r.typeCodes,
        })),
      )
      .onConflict((oc) =>
        oc.column('resource_id').doUpdateSet((eb) => ({
          source: eb.ref('excluded.source'),
          type_codes: eb.ref('excluded.type_codes'),
          imported_at: sql`now()`,
        })),
      )
      .execute();
  }
}

/** Listings this source brought in that are not archived yet, with their external ids. */
export async function findLiveSourceListings(
  db: Db,
  organizationId: number,
  source: string,
): Promise<Array<{ id: number; externalId: string | null; status: string }>> {
  const rows = await db
    .selectFrom('resource_imports as i')
    .innerJoin('resources as r', 'r.id', 'i.resource_id')
    .select(['r.id', 'r.external_id', 'r.status'])
    .where('i.organization_id', '=', organizationId)
    .where('i.source', '=', source)
    .where('r.organization_id', '=', organizationId)
    .where('r.status', '<>', 'ARCHIVED')
    .execute();
  return rows.map((r) => ({ id: r.id, externalId: r.external_id, status: r.status }));
}

/** Archives listings (the owner's action, so no moderation): status, version, pending edits withdrawn. */
export async function archiveListings(db: Db, ids: readonly number[]): Promise<Array<{ id: number; status: string }>> {
  if (!ids.length) return [];
  const before = await db
    .selectFrom('resources')
    .select(['id', 'status'])
    .where('id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .where('status', '<>', 'ARCHIVED')
    .forUpdate()
    .execute();
  if (!before.length) return [];
  const live = before.map((r) => r.id);
  await db
    .updateTable('resource_revisions')
    .set({ state: 'SUPERSEDED', decided_at: sql`now()` })
    .where('resource_id', '=', (eb) => eb.fn.any(eb.val(live)))
    .where('state', '=', 'PENDING')
    .execute();
  await db
    .updateTable('resources')
    .set({ status: 'ARCHIVED', version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', (eb) => eb.fn.any(eb.val(live)))
    .execute();
  return before;
}

export async function insertHistoryBatch(db: Db, entries: HistoryEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 1000) {
    await db
      .insertInto('resource_history')
      .values(
        entries.slice(i, i + 1000).map((h) => ({
          resource_id: h.resourceId,
          actor_key_id: h.actorKeyId,
          actor_role: h.actorRole,
          action: h.action,
          changed_fields: h.changedFields,
          before: h.before == null ? null : JSON.stringify(h.before),
          after: h.after == null ? null : JSON.stringify(h.after),
          note: h.note ?? null,
        })),
      )
      .execute();
  }
}

export async function topicSlugs(db: Db): Promise<Set<string>> {
  const rows = await db.selectFrom('topics').select('slug').execute();
  return new Set(rows.map((r) => r.slug));
}
