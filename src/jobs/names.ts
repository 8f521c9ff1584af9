/** Job names shared by the modules that schedule them and the runner's handlers (src/jobs/index.ts). */
export const OCCURRENCE_REFRESH_JOB = 'occurrences.refresh';
export const HOUR_MS = 3_600_000;
