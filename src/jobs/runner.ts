import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { errorSummary } from '../logger.ts';

/**
 * Background jobs in the database, the standard way (works on PostgreSQL and on embedded PGlite alike):
 *
 * - A job is a row of `jobs`. An instance claims the oldest due one with `FOR UPDATE SKIP LOCKED`, so several
 *   instances never take the same job, and marks it with a lease (`locked_until`). While the handler runs the
 *   lease is renewed; if the instance dies the lease runs out and another instance takes the job over.
 * - Rows survive restarts. A keyed job (`key`) exists once: `ensureJob` creates it or leaves it as it is, which is
 *   how recurring work (the hourly occurrence refresh, each registered feed) is declared at every start-up.
 * - After a handler returns, a one-off job is deleted; a recurring one (`everyMs`) or a handler that answers
 *   `{ runAt }` is scheduled again. A handler that throws is retried with exponential backoff (1 min … 6 h).
 *
 * Run it on instances that write to the primary (JOBS_ENABLED); replicas never see it.
 */

export interface JobContext {
  db: Db;
  log: Logger;
  /** Aborted when the runner stops: long handlers should stop at their next step. */
  signal: AbortSignal;
}

export interface Job {
  id: string;
  name: string;
  key: string | null;
  payload: Record<string, unknown>;
  attempts: number;
}

export type JobHandler = (job: Job, ctx: JobContext) => Promise<void | { runAt: Date }>;

export interface JobRunnerOptions {
  db: Db;
  log: Logger;
  handlers: Record<string, JobHandler>;
  /** How long a claimed job stays ours without renewal. */
  leaseMs?: number;
  /** How often to look for due jobs when idle. */
  pollMs?: number;
  /** Defaults to hostname:pid:random — shown in `jobs.locked_by`. */
  instanceId?: string;
}

export interface JobRunner {
  readonly instanceId: string;
  start(): void;
  /** Stops polling and waits for the job in hand (its lease is released). */
  stop(): Promise<void>;
  /** Claims and runs due jobs until none is left; returns how many ran. For tests and `feed run`. */
  drain(): Promise<number>;
}

const MAX_BACKOFF_MS = 6 * 3_600_000;

/** Creates a keyed job unless it exists (a restart keeps its schedule). */
export async function ensureJob(db: Db, job: { name: string; key: string; payload?: Record<string, unknown>; runAt?: Date }): Promise<void> {
  await db
    .insertInto('jobs')
    .values({ name: job.name, key: job.key, payload: JSON.stringify(job.payload ?? {}), ...(job.runAt ? { run_at: job.runAt } : {}) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

/** Creates or reschedules a keyed job (e.g. "pull this feed now"). */
export async function scheduleJob(db: Db, job: { name: string; key: string; payload?: Record<string, unknown>; runAt?: Date }): Promise<void> {
  const runAt = job.runAt ?? new Date();
  await db
    .insertInto('jobs')
    .values({ name: job.name, key: job.key, payload: JSON.stringify(job.payload ?? {}), run_at: runAt })
    .onConflict((oc) => oc.column('key').doUpdateSet({ run_at: runAt, payload: JSON.stringify(job.payload ?? {}) }))
    .execute();
}

export async function removeJob(db: Db, key: string): Promise<void> {
  await db.deleteFrom('jobs').where('key', '=', key).execute();
}

export function createJobRunner(opts: JobRunnerOptions): JobRunner {
  const instanceId = opts.instanceId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = opts.leaseMs ?? 60_000;
  const pollMs = opts.pollMs ?? 5_000;
  const names = Object.keys(opts.handlers);
  const stopping = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  let running = false;

  async function claim(): Promise<Job | null> {
    const result = await sql<{ id: string; name: string; key: string | null; payload: Record<string, unknown>; attempts: number }>`
      update jobs set locked_by = ${instanceId}, locked_until = now() + ${`${leaseMs} milliseconds`}::interval, attempts = attempts + 1
      where id = (
        select id from jobs
        where run_at <= now() and (locked_until is null or locked_until < now()) and name = any(${names}::text[])
        order by run_at, id
        limit 1
        for update skip locked)
      returning id::text as id, name, key, payload, attempts`.execute(opts.db);
    return result.rows[0] ?? null;
  }

  async function runOne(job: Job): Promise<void> {
    const handler = opts.handlers[job.name]!;
    const heartbeat = setInterval(() => {
      void opts.db
        .updateTable('jobs')
        .set({ locked_until: sql`now() + ${`${leaseMs} milliseconds`}::interval` })
        .where('id', '=', job.id)
        .where('locked_by', '=', instanceId)
        .execute()
        .catch(() => {});
    }, Math.max(1_000, Math.floor(leaseMs / 3)));
    heartbeat.unref();
    const started = performance.now();
    try {
      const outcome = await handler(job, { db: opts.db, log: opts.log, signal: stopping.signal });
      const everyMs = typeof job.payload.everyMs === 'number' ? job.payload.everyMs : null;
      const runAt = outcome?.runAt ?? (everyMs ? new Date(Date.now() + everyMs) : null);
      if (runAt) {
        await opts.db.updateTable('jobs').set({ run_at: runAt, locked_by: null, locked_until: null, attempts: 0, last_error: null }).where('id', '=', job.id).where('locked_by', '=', instanceId).execute();
      } else {
        await opts.db.deleteFrom('jobs').where('id', '=', job.id).where('locked_by', '=', instanceId).execute();
      }
      opts.log.debug({ job: job.name, key: job.key, ms: Math.round(performance.now() - started) }, 'job done');
    } catch (err) {
      const backoff = Math.min(MAX_BACKOFF_MS, 60_000 * 2 ** Math.min(12, job.attempts - 1));
      opts.log.warn({ job: job.name, key: job.key, attempts: job.attempts, err: errorSummary(err) }, 'job failed');
      await opts.db
        .updateTable('jobs')
        .set({ run_at: new Date(Date.now() + backoff), locked_by: null, locked_until: null, last_error: (err instanceof Error ? err.message : String(err)).slice(0, 500) })
        .where('id', '=', job.id)
        .where('locked_by', '=', instanceId)
        .execute()
        .catch(() => {});
    } finally {
      clearInterval(heartbeat);
    }
  }

  async function drain(): Promise<number> {
    let n = 0;
    while (!stopping.signal.aborted) {
      const job = await claim();
      if (!job) break;
      await runOne(job);
      n++;
    }
    return n;
  }

  function tick() {
    if (stopping.signal.aborted || running) return;
    running = true;
    current = drain()
      .catch((err: unknown) => opts.log.warn({ err: errorSummary(err) }, 'job runner could not claim jobs'))
      .finally(() => {
        running = false;
        if (!stopping.signal.aborted) {
          timer = setTimeout(tick, pollMs);
          timer.unref();
        }
      });
  }

  return {
    instanceId,
    start: () => tick(),
    async stop() {
      stopping.abort();
      clearTimeout(timer);
      await current;
    },
    drain,
  };
}
