import { sql } from 'kysely';
import type { Db } from './database.ts';

/**
 * Refreshes planner statistics. Without them, right after a bulk load, the planner believes tables are tiny
 * and picks nested loops that turn a 20 ms search into seconds. PostgreSQL's autovacuum keeps them fresh later;
 * PGlite has no autovacuum, so the server also runs this periodically there.
 */
export async function analyze(db: Db): Promise<void> {
  await sql`analyze`.execute(db);
}
