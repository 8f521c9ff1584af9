import { sql, type Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { FeedsTable } from '../../db/schema.ts';

// SQL of registered feeds.

export type FeedRow = Selectable<FeedsTable>;

export function insertFeed(
  db: Db,
  f: { organizationId: number; keyId: string; url: string; format: string; options: unknown; intervalMinutes: number },
) {
  return db
    .insertInto('feeds')
    .values({
      organization_id: f.organizationId,
      key_id: f.keyId,
      url: f.url,
      format: f.format,
      options: JSON.stringify(f.options),
      interval_minutes: f.intervalMinutes,
    })
    .onConflict((oc) => oc.columns(['organization_id', 'url']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function findFeed(db: Db, id: number) {
  return db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listFeeds(db: Db, organizationId: number | null) {
  let q = db.selectFrom('feeds').selectAll().orderBy('id');
  if (organizationId !== null) q = q.where('organization_id', '=', organizationId);
  return q.execute();
}

export async function deleteFeed(db: Db, id: number, organizationId: number | null): Promise<boolean> {
  let q = db.deleteFrom('feeds').where('id', '=', id);
  if (organizationId !== null) q = q.where('organization_id', '=', organizationId);
  // RETURNING rather than the driver's row count, which the embedded driver does not report for DELETE.
  return (await q.returning('id').execute()).length > 0;
}

export async function recordRun(
  db: Db,
  id: number,
  r: {
    status: string;
    error: string | null;
    counts: unknown;
    etag?: string | null;
    lastModified?: string | null;
    success: boolean;
    nextRunAt: Date;
  },
) {
  await db
    .updateTable('feeds')
    .set({
      last_run_at: sql`now()`,
      last_status: r.status,
      last_error: r.error,
      ...(r.counts !== undefined ? { last_counts: r.counts === null ? null : JSON.stringify(r.counts) } : {}),
      ...(r.success ? { last_success_at: sql`now()`, failures: 0 } : { failures: sql`failures + 1` }),
      ...(r.etag !== undefined ? { etag: r.etag } : {}),
      ...(r.lastModified !== undefined ? { last_modified: r.lastModified } : {}),
      next_run_at: r.nextRunAt,
    })
    .where('id', '=', id)
    .execute();
}
