import type { Kysely } from 'kysely';
import { requestDb, sharedDb, tallyOf } from './request-db.ts';
import type { DB } from './schema.ts';

/**
 * Database sessions opened with a planner setting for one kind of statement, so that the statement needs no
 * SET LOCAL and no transaction around it (three round trips). Today one kind: the nearby page, which must walk
 * the GiST index nearest-first and therefore runs with `enable_bitmapscan = off` (see search/repository.ts,
 * withNearestNeighbourPlan). The setting travels in the connection's start-up packet (libpq `options`), so it
 * costs nothing per statement; these connections run nothing else.
 *
 * Registered per shared database handle (the primary's request pool, each replica's): a repository asks with
 * the handle it was given (a request's, db/request-db.ts, counts on the same tally) and gets nothing for PGlite
 * or a transaction, which then fall back to SET LOCAL.
 */
const nearestFirst = new WeakMap<Kysely<DB>, Kysely<DB>>();

/** The libpq start-up option of a nearest-first session. */
export const NEAREST_FIRST_OPTIONS = '-c enable_bitmapscan=off';

export function registerNearestFirstSession(db: Kysely<DB>, session: Kysely<DB>): void {
  nearestFirst.set(db, session);
}

export function nearestFirstSession(db: Kysely<DB>): Kysely<DB> | undefined {
  const session = nearestFirst.get(sharedDb(db));
  const tally = tallyOf(db);
  return session && tally ? requestDb(session, tally) : session;
}
