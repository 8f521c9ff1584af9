import type { Db } from '../../db/database.ts';
import type { Logger } from '../../logger.ts';
import { purgeContactRequests } from '../contacts/service.ts';
import { staleHelplines } from '../crisis/stale.ts';

/**
 * Hourly upkeep of the listing model (called with the occurrence refresh; meant for the shared job runner):
 * deletes seekers' messages older than 30 days and warns about helplines not verified for 90 days. Notices
 * need no job: expired ones are filtered when read. Never throws.
 */
export async function listingMaintenance(db: Db, log: Logger, now = new Date()): Promise<void> {
  try {
    const purged = await purgeContactRequests(db, now);
    if (purged) log.info({ purged }, 'old contact requests deleted');
    const stale = await staleHelplines(db, now);
    if (stale.length)
      log.warn(
        { stale: stale.map((h) => `${h.country} ${h.name}`) },
        'helplines not verified for 90 days: run `npm run cli -- helplines check`',
      );
  } catch (err) {
    log.warn({ err: err instanceof Error ? err.message : String(err) }, 'listing maintenance failed');
  }
}
