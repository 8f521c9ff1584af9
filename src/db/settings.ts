import { randomBytes } from 'node:crypto';
import type { Db } from './database.ts';

/**
 * A value kept in app_settings, created at random the first time it is needed. Every instance sharing the
 * database then agrees on it (e.g. the cursor signing key), and it survives restarts.
 */
export async function sharedSecret(db: Db, key: string): Promise<string> {
  await db
    .insertInto('app_settings')
    .values({ key, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', key).executeTakeFirstOrThrow();
  return row.value;
}
