import { redactContactHistory, redactForHistory } from '../listing/history.ts';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import { toStoredListing } from '../resources/mappers.ts';
import type { ListingParts, StoredListing } from '../resources/model.ts';
import { resourceColumns } from '../resources/repository.ts';
import { findListingParts } from '../resources/parts-repository.ts';
import { toPendingRevision, toResourceChange } from './mappers.ts';
import type { PendingRevisionModel, ResourceChangeModel } from './model.ts';

// SQL of the partner write path: locking reads, status changes, revisions, history and duplicate search.
// Reads return domain types (resources/mappers.ts, ./mappers.ts): services never see snake_case rows.

export async function lockResource(db: Db, id: number): Promise<StoredListing | undefined> {
  const row = await db
    .selectFrom('resources')
    .select(resourceColumns)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row && toStoredListing(row);
}

export async function lockResourceByExternalId(
  db: Db,
  organizationId: number,
  externalId: string,
): Promise<StoredListing | undefined> {
  const row = await db
    .selectFrom('resources')
    .select(resourceColumns)
    .where('organization_id', '=', organizationId)
    .where('external_id', '=', externalId)
    .forUpdate()
    .executeTakeFirst();
  return row && toStoredListing(row);
}

/** Everything a listing is made of, read inside the writer's transaction. */
export async function readParts(db: Db, id: number): Promise<ListingParts> {
  return (await findListingParts(db, [id])).get(id)!;
}

export async function setStatus(db: Db, id: number, status: string, moderationNote: string | null) {
  await db
    .updateTable('resources')
    // Publishing is a moderator's decision here (see reviewResource): it also ends a takedown.
    .set({
      status,
      moderation_note: moderationNote,
      version: sql`version + 1`,
      updated_at: sql`now()`,
      ...(status === 'PUBLISHED' ? { taken_down_at: null } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function markVerified(db: Db, id: number) {
  await db
    .updateTable('resources')
    .set({ last_verified_at: sql`now()`, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

/** Returns whether there was a pending revision. */
export async function supersedePendingRevisions(db: Db, resourceId: number): Promise<boolean> {
  const result = await db
    .updateTable('resource_revisions')
    .set({ state: 'SUPERSEDED', decided_at: sql`now()` })
    .where('resource_id', '=', resourceId)
    .where('state', '=', 'PENDING')
    .returning('id')
    .execute();
  return result.length > 0;
}

export async function insertRevision(
  db: Db,
  r: { resourceId: number; patch: unknown; baseVersion: number; submittedBy: string },
) {
  await supersedePendingRevisions(db, r.resourceId);
  await db
    .insertInto('resource_revisions')
    .values({
      resource_id: r.resourceId,
      patch: JSON.stringify(r.patch),
      base_version: r.baseVersion,
      submitted_by: r.submittedBy,
    })
    .execute();
}

export async function findPendingRevision(
  db: Db,
  resourceId: number,
  lock = false,
): Promise<PendingRevisionModel | undefined> {
  const q = db
    .selectFrom('resource_revisions')
    .select(['id', 'resource_id', 'patch', 'created_at'])
    .where('resource_id', '=', resourceId)
    .where('state', '=', 'PENDING');
  const row = await (lock ? q.forUpdate() : q).executeTakeFirst();
  return row && toPendingRevision(row);
}

export async function findPendingRevisionsByResourceIds(
  db: Db,
  ids: readonly number[],
): Promise<PendingRevisionModel[]> {
  const rows = await db
    .selectFrom('resource_revisions')
    .select(['id', 'resource_id', 'patch', 'created_at'])
    .where('resource_id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .where('state', '=', 'PENDING')
    .execute();
  return rows.map(toPendingRevision);
}

export async function listPendingRevisions(db: Db, limit: number): Promise<PendingRevisionModel[]> {
  const rows = await db
    .selectFrom('resource_revisions')
    .select(['id', 'resource_id', 'patch', 'created_at'])
    .where('state', '=', 'PENDING')
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toPendingRevision);
}

export async function decideRevision(
  db: Db,
  id: number,
  state: 'APPROVED' | 'REJECTED',
  by: string,
  note: string | null,
) {
  await db
    .updateTable('resource_revisions')
    .set({ state, decided_by: by, decided_at: sql`now()`, note })
    .where('id', '=', id)
    .execute();
}

export interface HistoryEntry {
  resourceId: number;
  actorKeyId: string | null;
  actorRole: string;
  action: string;
  changedFields: string[];
  before: unknown;
  after: unknown;
  note?: string | null;
}

export async function insertHistory(db: Db, h: HistoryEntry) {
  // Contact values and online join details stay in history only while they are public (listing/history.ts).
  if (h.before || h.after) h = { ...h, ...(await redactForHistory(db, h.resourceId, h.before, h.after)) };
  if (h.changedFields.includes('contacts') || h.changedFields.includes('online'))
    await redactContactHistory(db, h.resourceId);
  await db
    .insertInto('resource_history')
    .values({
      resource_id: h.resourceId,
      actor_key_id: h.actorKeyId,
      actor_role: h.actorRole,
      action: h.action,
      changed_fields: h.changedFields,
      before: h.before === undefined ? null : JSON.stringify(h.before),
      after: h.after === undefined ? null : JSON.stringify(h.after),
      note: h.note ?? null,
    })
    .execute();
}

/** The newest `limit` changes of each listing (one statement for many listings). */
export async function findHistory(
  db: Db,
  resourceIds: readonly number[],
  limit: number,
): Promise<Array<ResourceChangeModel & { resourceId: number }>> {
  const result = await sql<{
    resource_id: number;
    created_at: Date;
    actor_key_id: string | null;
    actor_role: string;
    action: string;
    changed_fields: string[];
    before: unknown;
    after: unknown;
    note: string | null;
  }>`select h.* from unnest(${[...resourceIds]}::int[]) as r(id)
     cross join lateral (select resource_id, created_at, actor_key_id, actor_role, action, changed_fields, before, after, note, id
                         from resource_history where resource_id = r.id order by id desc limit ${limit}::int) h
     order by h.resource_id, h.id desc`.execute(db);
  return result.rows.map(toResourceChange);
}

/**
 * Published listings that may be the same place or community: within 0.5 km (or with the same URL for
 * online listings) and with a similar name. Scored by trigram similarity of the names.
 */
export async function findDuplicates(
  db: Db,
  c: { name: string; latitude: number | null; longitude: number | null; url: string | null; excludeId: number | null },
) {
  // Candidates come from whichever lookups apply, each through its own index (GiST on locations within
  // 500 m; the online-URL index). An `or false` in one WHERE would hide both indexes from the planner.
  const candidates: RawBuilder<unknown>[] = [];
  if (c.latitude !== null && c.longitude !== null) {
    const point = sql`ll_to_earth(${c.latitude}::float8, ${c.longitude}::float8)`;
    const radius = sql`(500 * earth() / 6371008.8)`;
    candidates.push(sql`select l.resource_id as id from locations l
      where earth_box(${point}, ${radius}) @> ll_to_earth(l.latitude, l.longitude)
        and earth_distance(${point}, ll_to_earth(l.latitude, l.longitude)) <= ${radius}`);
  }
  if (c.url)
    candidates.push(
      sql`select r.id from resources r where r.format = 'ONLINE' and lower(r.url) = lower(${c.url}::text)`,
    );
  if (!candidates.length) return [];
  const result = await sql<{ id: number; score: number }>`
    select r.id, similarity(lower(r.name), lower(${c.name}::text))::float8 as score
    from resources r
    where r.id in (${sql.join(candidates, sql` union `)})
      and r.status = 'PUBLISHED'
      and r.id <> ${c.excludeId ?? 0}::int
      and similarity(lower(r.name), lower(${c.name}::text)) >= 0.4
    order by score desc, r.id limit 10`.execute(db);
  return result.rows;
}

export async function setModerationNote(db: Db, id: number, note: string | null) {
  await db.updateTable('resources').set({ moderation_note: note }).where('id', '=', id).execute();
}

export function findHistorySnapshots(db: Db, resourceId: number) {
  return db
    .selectFrom('resource_history')
    .select(['id', 'before', 'after'])
    .where('resource_id', '=', resourceId)
    .execute();
}

export async function rewriteHistorySnapshot(db: Db, id: number, before: unknown, after: unknown) {
  await db
    .updateTable('resource_history')
    .set({
      before: before == null ? null : JSON.stringify(before),
      after: after == null ? null : JSON.stringify(after),
    })
    .where('id', '=', id)
    .execute();
}

export function findRevisionPatches(db: Db, resourceId: number) {
  return db.selectFrom('resource_revisions').select(['id', 'patch']).where('resource_id', '=', resourceId).execute();
}

export async function rewriteRevisionPatch(db: Db, id: number, patch: unknown) {
  await db
    .updateTable('resource_revisions')
    .set({ patch: JSON.stringify(patch) })
    .where('id', '=', id)
    .execute();
}

/** Archives a listing on a moderator's order; only a moderator's review brings it back. */
export async function takeDown(db: Db, id: number, reason: string) {
  await db
    .updateTable('resources')
    .set({
      status: 'ARCHIVED',
      taken_down_at: sql`now()`,
      moderation_note: reason,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

/** Listings waiting for a moderator, oldest first (resources_pending_idx). */
export async function listPendingResourceIds(db: Db, limit: number, afterId: number | null): Promise<number[]> {
  let q = db.selectFrom('resources as r').select('r.id').where('r.status', '=', 'PENDING');
  if (afterId !== null) {
    // Keyset on (updated_at, id), from where the given listing stands in the queue now.
    q = q.where(({ eb, refTuple, selectFrom }) =>
      eb(
        refTuple('r.updated_at', 'r.id'),
        '>',
        selectFrom('resources as a').select(['a.updated_at', 'a.id']).where('a.id', '=', afterId) as never,
      ),
    );
  }
  const rows = await q.orderBy('r.updated_at').orderBy('r.id').limit(limit).execute();
  return rows.map((r) => r.id);
}

export async function findResourceIdByExternalId(
  db: Db,
  organizationId: number,
  externalId: string,
): Promise<number | null> {
  const row = await db
    .selectFrom('resources')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return row?.id ?? null;
}
