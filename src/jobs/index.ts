import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { analyze } from '../db/maintenance.ts';
import type { Logger } from '../logger.ts';
import { feedSettingsFrom } from '../modules/feeds/settings.ts';
import { PULL_JOB, pullJobHandler } from '../modules/feeds/feed-service.ts';
import { listingMaintenance } from '../modules/listing/maintenance.ts';
import { refreshDueOccurrences } from '../modules/schedules/occurrences.ts';
import { HOUR_MS, OCCURRENCE_REFRESH_JOB } from './names.ts';
import { createJobRunner, ensureJob, type JobRunner } from './runner.ts';

// The server's background work, on the job runner: the hourly occurrence refresh and registered feed pulls.

export { OCCURRENCE_REFRESH_JOB };
export const LISTING_MAINTENANCE_JOB = 'listing.maintenance';
const HOUR = HOUR_MS;

/** Declares the recurring jobs and starts claiming due ones (only where JOBS_ENABLED; never on replicas). */
export async function startBackgroundJobs(deps: {
  config: Config;
  database: Database;
  log: Logger;
}): Promise<JobRunner | null> {
  const { config, database, log } = deps;
  if (!config.jobsEnabled) return null;
  const db = database.maintenanceDb;
  // Keep the rolling horizon of upcoming meetings ahead of time; PGlite has no autovacuum, so keep its planner
  // statistics fresh too.
  await ensureJob(db, { name: OCCURRENCE_REFRESH_JOB, key: OCCURRENCE_REFRESH_JOB, payload: { everyMs: HOUR } });
  // Seekers' messages go after 30 days; helplines nobody has re-checked for 90 days are flagged to operators.
  await ensureJob(db, { name: LISTING_MAINTENANCE_JOB, key: LISTING_MAINTENANCE_JOB, payload: { everyMs: HOUR } });
  const runner = createJobRunner({
    db,
    log: log.child({ component: 'jobs' }),
    leaseMs: config.jobsLeaseMs,
    handlers: {
      [OCCURRENCE_REFRESH_JOB]: async (_job, { signal }) => {
        const n = await refreshDueOccurrences(db, new Date(), { signal, pauseMs: config.jobsTestDelayMs });
        if (database.kind === 'pglite') await analyze(db);
        if (n) log.info({ schedules: n }, 'occurrences refreshed');
      },
      [LISTING_MAINTENANCE_JOB]: () => listingMaintenance(db, log),
      [PULL_JOB]: pullJobHandler(feedSettingsFrom(config)),
    },
  });
  runner.start();
  return runner;
}
