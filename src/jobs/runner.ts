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
  /**
   * Aborted when the runner stops or the lease was lost (another instance took the job over): long handlers
   * check it between steps and throw (`signal.throwIfAborted()`). Handlers must be idempotent: a job whose
   * holder died is run again from the start by the next one.
   */
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
  /** How long a claimed job stays ours without renewal (JOBS_LEASE_MS); renewed every third of it. */
  leaseMs?: number;
  /** How often to look for due jobs when idle; default the lease, at most 5 s. */
  pollMs?: number;
  /** Defaults to hostname:pid:random — shown in `jobs.locked_by`. */
  instanceId?: string;
}

export interface JobRunner {
  readonly instanceId: string;
  start(): void;
  /**
   * Stops polling and waits for the job in hand. A handler that stops early on `ctx.signal` throws; its job is
   * then released at once (still due, the attempt not counted) so another instance takes it over.
   */
  stop(): Promise<void>;
  /**
   * Stops without another word to the database, as when the process dies: no more polls, no heartbeat, no
   * release; the lease runs out on its own. For tests of the takeover (tests/jobs.test.ts).
   */
  abandon(): void;
  /** Claims and runs due jobs until none is left; returns how many ran. For tests and `feed run`. */
  drain(): Promise<number>;
}

const MAX_BACKOFF_MS = 6 * 3_600_000;

/** Creates a keyed job unless it exists (a restart keeps its schedule). */
export async function ensureJob(
  db: Db,
  job: { name: string; key: string; payload?: Record<string, unknown>; runAt?: Date },
): Promise<void> {
  await db
    .insertInto('jobs')
    .values({
      name: job.name,
      key: job.key,
      payload: JSON.stringify(job.payload ?? {}),
      ...(job.runAt ? { run_at: job.runAt } : {}),
    })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

/** Creates or reschedules a keyed job (e.g. "pull this feed now"). */
export async function scheduleJob(
  db: Db,
  job: { name: string; key: string; payload?: Record<string, unknown>; runAt?: Date },
): Promise<void> {
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
  const pollMs = opts.pollMs ?? Math.min(5_000, leaseMs);
  // Three renewals per lease: one lost or slow renewal does not lose the job.
  const heartbeatMs = Math.max(20, Math.floor(leaseMs / 3));
  const lease = `${leaseMs} milliseconds`;
  const names = Object.keys(opts.handlers);
  const stopping = new AbortController();
  let dead = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();
  let running = false;

  async function claim(): Promise<Job | null> {
    // The lease is in the database's clock (now()), the same for every instance whatever their own clocks say.
    const result = await sql<{
      id: string;
      name: string;
      key: string | null;
      payload: Record<string, unknown>;
      attempts: number;
    }>`
      update jobs set locked_by = ${instanceId}, locked_until = now() + ${lease}::interval, attempts = attempts + 1
      where id = (
        select id from jobs
        where run_at <= now() and (locked_until is null or locked_until < now()) and name = any(${names}::text[])
        order by run_at, id
        limit 1
        for update skip locked)
      returning id::text as id, name, key, payload, attempts`.execute(opts.db);
    return result.rows[0] ?? null;
  }

  /** Renews the lease while the handler runs; aborts the handler once the job is no longer ours. */
  function keepLease(job: Job, abort: AbortController): () => void {
    let renewedAt = Date.now();
    let inFlight = false;
    const lost = (why: string) => {
      if (abort.signal.aborted) return;
      opts.log.warn(
        { job: job.name, key: job.key, why },
        'job lease lost: stopping it (another instance takes it over)',
      );
      abort.abort(new Error(`lease lost: ${why}`));
    };
    const heartbeat = setInterval(() => {
      if (dead || inFlight || abort.signal.aborted) return;
      inFlight = true;
      opts.db
        .updateTable('jobs')
        .set({ locked_until: sql`now() + ${lease}::interval` })
        .where('id', '=', job.id)
        .where('locked_by', '=', instanceId)
        // RETURNING, not the affected-row count: kysely-pglite does not report counts (numUpdatedRows is 0).
        .returning('id')
        .executeTakeFirst()
        .then((r) => {
          if (dead) return;
          if (r) renewedAt = Date.now();
          else lost('the job is held by another instance or gone');
        })
        .catch((err: unknown) => {
          // The database did not answer: past the lease, another instance may have the job.
          if (!dead && Date.now() - renewedAt >= leaseMs)
            lost(`could not renew: ${String(errorSummary(err).message ?? 'error')}`);
        })
        .finally(() => {
          inFlight = false;
        });
    }, heartbeatMs);
    heartbeat.unref();
    return () => clearInterval(heartbeat);
  }

  /** Updates our job row, only while it is still ours (a job taken over belongs to its new holder). */
  const ours = (job: Job) => opts.db.updateTable('jobs').where('id', '=', job.id).where('locked_by', '=', instanceId);

  async function runOne(job: Job): Promise<void> {
    const handler = opts.handlers[job.name]!;
    const abort = new AbortController();
    const onStop = () => abort.abort(new Error('job runner stopping'));
    stopping.signal.addEventListener('abort', onStop, { once: true });
    const stopHeartbeat = keepLease(job, abort);
    const started = performance.now();
    let outcome: void | { runAt: Date };
    try {
      outcome = await handler(job, { db: opts.db, log: opts.log, signal: abort.signal });
    } catch (err) {
      stopHeartbeat();
      stopping.signal.removeEventListener('abort', onStop);
      if (dead) return;
      if (abort.signal.aborted && !stopping.signal.aborted) return; // lease lost: the row is another's now
      if (abort.signal.aborted) {
        // Stopped on purpose: hand the job back, still due, so another instance takes it at its next poll.
        await ours(job)
          .set({ locked_by: null, locked_until: null, attempts: sql`greatest(attempts - 1, 0)` })
          .execute()
          .catch(() => {});
        opts.log.info({ job: job.name, key: job.key }, 'job released on stop');
        return;
      }
      const backoff = Math.min(MAX_BACKOFF_MS, 60_000 * 2 ** Math.min(12, job.attempts - 1));
      opts.log.warn({ job: job.name, key: job.key, attempts: job.attempts, err: errorSummary(err) }, 'job failed');
      await ours(job)
        .set({
          run_at: new Date(Date.now() + backoff),
          locked_by: null,
          locked_until: null,
          last_error: (err instanceof Error ? err.message : String(err)).slice(0, 500),
        })
        .execute()
        .catch(() => {});
      return;
    }
    stopHeartbeat();
    stopping.signal.removeEventListener('abort', onStop);
    if (dead) return;
    const everyMs = typeof job.payload.everyMs === 'number' ? job.payload.everyMs : null;
    const runAt = outcome?.runAt ?? (everyMs ? new Date(Date.now() + everyMs) : null);
    const counted = runAt
      ? await ours(job)
          .set({ run_at: runAt, locked_by: null, locked_until: null, attempts: 0, last_error: null })
          .returning('id')
          .executeTakeFirst()
      : await opts.db
          .deleteFrom('jobs')
          .where('id', '=', job.id)
          .where('locked_by', '=', instanceId)
          .returning('id')
          .executeTakeFirst();
    if (counted)
      opts.log.info(
        { job: job.name, key: job.key, by: instanceId, ms: Math.round(performance.now() - started) },
        'job done',
      );
    // Finished after losing the lease: the new holder runs it (again) and schedules it; we leave the row alone.
    else
      opts.log.warn({ job: job.name, key: job.key }, 'job finished after its lease was lost: left to its new holder');
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
      .catch((err: unknown) => {
        if (!dead) opts.log.warn({ err: errorSummary(err) }, 'job runner could not claim jobs');
      })
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
    abandon() {
      dead = true;
      clearTimeout(timer);
      // The handler is told to stop, as a dead process's would; nothing this runner does writes any more.
      stopping.abort();
    },
    drain,
  };
}
