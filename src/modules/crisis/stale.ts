import type { Db } from '../../db/database.ts';
import { STALE_AFTER_DAYS } from './model.ts';
import { findStale } from './repository.ts';

/** Emergency numbers and helplines whose last check is older than STALE_AFTER_DAYS: operators must re-verify them. */
export function staleHelplines(db: Db, now = new Date()) {
  return findStale(db, new Date(now.getTime() - STALE_AFTER_DAYS * 86_400_000));
}
