import type { Db } from '../../db/database.ts';

export interface ContactRequestRow {
  id: number;
  resource_id: number;
  message: string;
  reply_to: string;
  created_at: Date;
}

export async function insertContactRequest(
  db: Db,
  r: { resourceId: number; organizationId: number; message: string; replyTo: string },
): Promise<void> {
  await db
    .insertInto('contact_requests')
    .values({ resource_id: r.resourceId, organization_id: r.organizationId, message: r.message, reply_to: r.replyTo })
    .execute();
}

export function findContactRequests(
  db: Db,
  organizationId: number,
  since: Date,
  limit: number,
): Promise<ContactRequestRow[]> {
  return db
    .selectFrom('contact_requests')
    .select(['id', 'resource_id', 'message', 'reply_to', 'created_at'])
    .where('organization_id', '=', organizationId)
    .where('created_at', '>=', since)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function deleteContactRequestsBefore(db: Db, before: Date): Promise<number> {
  // RETURNING counts on every driver (the embedded one reports no affected-row count).
  const rows = await db.deleteFrom('contact_requests').where('created_at', '<', before).returning('id').execute();
  return rows.length;
}
