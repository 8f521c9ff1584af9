import { setTimeout } from 'node:timers/promises';
import type { Db } from '../../db/database.ts';
import { toSchedule } from '../resources/mappers.ts';
import { cooperative } from '../../shared/yield.ts';
import { expandSchedule } from './recurrence.ts';
import * as repo from './repository.ts';

/**
 * Strategy for "meets within N days" and NEXT_MEETING at scale: each peer group's RRULE is expanded in
 * application code (rrule.js + luxon, time-zone correct) into resource_occurrences for a rolling horizon
 * of HORIZON_DAYS; workshop sessions are copied there as they are. Queries then use the (starts_at) and
 * (resource_id, starts_at) indexes instead of expanding rules per query. The horizon is refreshed on every
 * write and by a periodic job (refreshDueOccurrences) well before it runs out.
 */
export const HORIZON_DAYS = 120;
/** Refresh a schedule once fewer than this many days of occurrences remain. */
export const REFRESH_MARGIN_DAYS = 100;
const DAY = 86_400_000;

export async function materializeOccurrences(db: Db, resourceIds: number[], now = new Date()): Promise<void> {
  if (!resourceIds.length) return;
  const from = new Date(now.getTime() - DAY);
  const until = new Date(now.getTime() + HORIZON_DAYS * DAY);
  for (let i = 0; i < resourceIds.length; i += 2000) {
    const ids = resourceIds.slice(i, i + 2000);
    const schedules = (await repo.findSchedulesByResourceIds(db, ids)).map(toSchedule);
    // Thousands of expansions are tens of milliseconds of CPU: let requests in between slices.
    const slice = cooperative();
    const rows: { resource_id: number; starts_at: Date; ends_at: Date | null }[] = [];
    for (const s of schedules) {
      await slice.pause();
      for (const m of expandSchedule(s, { from, until, limit: 500 }))
        rows.push({ resource_id: s.resourceId, starts_at: m.startsAt, ends_at: m.endsAt });
    }
    await repo.replaceOccurrences(db, ids, rows, until);
    await repo.copySessionsToOccurrences(db, ids);
  }
}

export interface RefreshOptions {
  /** The job runner's: aborted when the instance stops or lost the job; the refresh stops between batches. */
  signal?: AbortSignal;
  /** Testing only (JOBS_TEST_DELAY_MS): a pause after each batch, so a test can kill an instance mid-run. */
  pauseMs?: number;
}

/**
 * Extends the horizon of schedules that need it; returns how many were refreshed. Idempotent and resumable:
 * each batch ends by moving its schedules' occurrences_until, so a run cut short (its instance died) is picked up
 * where it stopped by the next one, and a batch redone replaces its rows (no duplicates: the primary key).
 */
export async function refreshDueOccurrences(db: Db, now = new Date(), opts: RefreshOptions = {}): Promise<number> {
  let total = 0;
  await repo.deletePastOccurrences(db, new Date(now.getTime() - 2 * DAY));
  for (;;) {
    opts.signal?.throwIfAborted();
    const due = await repo.findSchedulesDueBefore(db, new Date(now.getTime() + REFRESH_MARGIN_DAYS * DAY), 2000);
    if (!due.length) return total;
    await materializeOccurrences(db, due, now);
    total += due.length;
    if (opts.pauseMs)
      await setTimeout(opts.pauseMs, undefined, { signal: opts.signal }).catch(() => opts.signal?.throwIfAborted());
  }
}
