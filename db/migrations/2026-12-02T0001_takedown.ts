import { sql, type Kysely } from 'kysely';

// Frozen. A moderator's takedown: the listing is archived and only a moderator's review brings it back
// (resubmissions wait as PENDING even from trusted partners; imports skip it).

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table resources add column taken_down_at timestamptz`.execute(db);
  // The moderators' queue reads pending listings oldest first.
  await sql`create index resources_pending_idx on resources (updated_at, id) where status = 'PENDING'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists resources_pending_idx`.execute(db);
  await sql`alter table resources drop column taken_down_at`.execute(db);
}
