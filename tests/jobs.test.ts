import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import type { Database } from '../src/db/database.ts';
import { createJobRunner, ensureJob, type JobHandler, type JobRunner } from '../src/jobs/runner.ts';
import { createLogger } from '../src/logger.ts';
import { refreshDueOccurrences } from '../src/modules/schedules/occurrences.ts';
import { sleep, waitFor } from './helpers/child-server.ts';
import { testDatabase } from './helpers/database.ts';

// The job runner's lease, with two runners on one real database in one process (PGlite, or PostgreSQL with
// DATABASE_URL): a long job keeps its lease, a runner that "dies" (abandon: no heartbeat, no release) is taken
// over once its lease runs out, a runner that lost its lease stops and leaves the row alone, a stopping one
// hands its job back. Each test has job names of its own, so the runners never see anyone else's jobs.

const log = createLogger('silent');
// Short for a test, long enough for this shared 2-core machine: PGlite runs queries on the event loop, and a
// heartbeat (every third of the lease) that comes too late loses the job, as it should.
const LEASE = 1_500;
const runners: JobRunner[] = [];
let seq = 0;

// Opening the shared test database (migrations, demo data) takes a while: not inside a test's time.
beforeAll(() => testDatabase().then(() => undefined));

afterEach(async () => {
  for (const r of runners.splice(0)) r.abandon();
});

function runner(database: Database, name: string, handler: JobHandler, id: string, leaseMs = LEASE): JobRunner {
  const r = createJobRunner({
    db: database.db,
    log,
    handlers: { [name]: handler },
    leaseMs,
    pollMs: 100,
    instanceId: id,
  });
  runners.push(r);
  return r;
}

async function row(database: Database, key: string) {
  return database.db.selectFrom('jobs').selectAll().where('key', '=', key).executeTakeFirst();
}

async function newJob(database: Database, payload: Record<string, unknown> = { everyMs: 3_600_000 }) {
  const name = `test.jobs.${process.pid}.${++seq}`;
  await ensureJob(database.db, { name, key: name, payload });
  return name;
}

/** A handler that records how many copies of it run at once, and can be held until released. */
function probe(opts: { ms?: number; honourSignal?: boolean } = {}) {
  const state = { runs: 0, active: 0, maxActive: 0, aborted: 0, by: [] as string[], release: () => {} };
  let released: Promise<void> = new Promise((r) => (state.release = r));
  const handler: JobHandler = async (_job, ctx) => {
    state.runs++;
    state.active++;
    state.maxActive = Math.max(state.maxActive, state.active);
    try {
      const wait = opts.ms === undefined ? released : sleep(opts.ms);
      if (opts.honourSignal) {
        await Promise.race([
          wait,
          new Promise((_, reject) =>
            ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason), { once: true }),
          ),
        ]);
      } else {
        await wait;
      }
    } catch (err) {
      state.aborted++;
      throw err;
    } finally {
      state.active--;
    }
  };
  return { state, handler, reset: () => (released = new Promise((r) => (state.release = r))) };
}

describe('job runner leases', () => {
  it(
    'keeps a job several leases long with one instance, while another polls, and schedules it once',
    { timeout: 30_000 },
    async () => {
      const database = await testDatabase();
      const name = await newJob(database);
      const p = probe({ ms: LEASE * 4 });
      const [a, b] = [runner(database, name, p.handler, 'A'), runner(database, name, p.handler, 'B')];
      const started = Date.now();
      a.start();
      b.start();
      await waitFor('the job to be claimed', async () => p.state.runs === 1, 5_000, 20);
      const holder = (await row(database, name))!.locked_by;
      // Past several leases: the holder's heartbeat renews it, so the other never takes the job.
      const seen = new Set<string | null>();
      while (p.state.active) {
        seen.add((await row(database, name))!.locked_by);
        await sleep(50);
      }
      expect([...seen].filter(Boolean)).toEqual([holder]);
      await waitFor(
        'the job to be rescheduled',
        async () => (await row(database, name))!.locked_by === null,
        5_000,
        20,
      );
      await sleep(LEASE * 2); // both keep polling: nothing is due
      expect(p.state).toMatchObject({ runs: 1, maxActive: 1 });
      const after = (await row(database, name))!;
      expect(after).toMatchObject({ locked_by: null, locked_until: null, attempts: 0, last_error: null });
      expect(new Date(after.run_at).getTime()).toBeGreaterThan(started + 3_600_000 - 60_000);
      expect(await database.db.selectFrom('jobs').select('id').where('key', '=', name).execute()).toHaveLength(1);
    },
  );

  it('takes over the job of an instance that died, only once its lease has run out', async () => {
    const database = await testDatabase();
    const name = await newJob(database);
    const p = probe();
    const a = runner(database, name, p.handler, 'A');
    a.start();
    await waitFor('A to claim the job', async () => p.state.runs === 1, 5_000, 20);
    const claimed = (await row(database, name))!;
    expect(claimed).toMatchObject({ locked_by: 'A', attempts: 1 });
    // A dies: no heartbeat, no release. Its lease as renewed last stands.
    a.abandon();
    await sleep(100); // a renewal already sent lands
    const leaseEnd = new Date((await row(database, name))!.locked_until!).getTime();
    const q = probe({ ms: 50 });
    const b = runner(database, name, q.handler, 'B');
    b.start();
    await waitFor('B to take the job over', async () => q.state.runs === 1, LEASE * 5, 10);
    const takenAt = Date.now();
    // Not before A's lease ran out (in the database's clock: allow the two clocks a little skew).
    expect(takenAt).toBeGreaterThanOrEqual(leaseEnd - 100);
    await waitFor('B to finish', async () => (await row(database, name))!.locked_by === null, 5_000, 20);
    const done = (await row(database, name))!;
    expect(done).toMatchObject({ attempts: 0, locked_until: null });
    // A's handler "comes back" (the process was a zombie): its end must not touch the row B scheduled.
    p.state.release();
    await sleep(100);
    expect((await row(database, name))!).toEqual(done);
    expect(q.state.runs).toBe(1);
  });

  it('stops a job whose lease another instance took, and leaves the row to it', async () => {
    const database = await testDatabase();
    const name = await newJob(database);
    const p = probe({ honourSignal: true });
    const a = runner(database, name, p.handler, 'A');
    a.start();
    await waitFor('A to claim the job', async () => p.state.runs === 1, 5_000, 20);
    // As if A had stalled past its lease and C claimed the job meanwhile.
    const future = new Date(Date.now() + 60_000);
    await database.db
      .updateTable('jobs')
      .set({ locked_by: 'C', locked_until: future })
      .where('key', '=', name)
      .execute();
    await waitFor('A to notice and stop the job', async () => p.state.aborted === 1, LEASE * 2, 10);
    await sleep(100);
    expect((await row(database, name))!).toMatchObject({ locked_by: 'C', locked_until: future, last_error: null });
  });

  it('leaves the row alone when a handler ignoring the signal finishes after losing its lease', async () => {
    const database = await testDatabase();
    const name = await newJob(database);
    const p = probe();
    const a = runner(database, name, p.handler, 'A');
    a.start();
    await waitFor('A to claim the job', async () => p.state.runs === 1, 5_000, 20);
    const runAt = (await row(database, name))!.run_at;
    await database.db
      .updateTable('jobs')
      .set({ locked_by: 'C', locked_until: new Date(Date.now() + 60_000) })
      .where('key', '=', name)
      .execute();
    await sleep(LEASE); // A's heartbeat finds the row is C's
    p.state.release();
    await sleep(100);
    expect((await row(database, name))!).toMatchObject({ locked_by: 'C', run_at: runAt });
  });

  it('hands the job back at once when the instance stops, without counting the attempt', async () => {
    const database = await testDatabase();
    const name = await newJob(database);
    const p = probe({ honourSignal: true });
    const a = runner(database, name, p.handler, 'A', 60_000); // a long lease: only the release lets B in soon
    a.start();
    await waitFor('A to claim the job', async () => p.state.runs === 1, 5_000, 20);
    const runAt = (await row(database, name))!.run_at;
    await a.stop();
    expect((await row(database, name))!).toMatchObject({
      locked_by: null,
      locked_until: null,
      attempts: 0,
      run_at: runAt,
      last_error: null,
    });
    const q = probe({ ms: 10 });
    const b = runner(database, name, q.handler, 'B', 60_000);
    expect(await b.drain()).toBe(1);
    expect(q.state.runs).toBe(1);
  });

  it('retries a failing job later with backoff, keeping the error', async () => {
    const database = await testDatabase();
    const name = await newJob(database);
    const a = runner(
      database,
      name,
      async () => {
        throw new Error('feed said no');
      },
      'A',
    );
    const before = Date.now();
    expect(await a.drain()).toBe(1);
    const r = (await row(database, name))!;
    expect(r).toMatchObject({ locked_by: null, attempts: 1, last_error: 'feed said no' });
    expect(new Date(r.run_at).getTime()).toBeGreaterThanOrEqual(before + 59_000);
    expect(await a.drain()).toBe(0); // not due again yet
  });

  it('never runs one job on two instances at once, with many runners racing for it', async () => {
    const database = await testDatabase();
    const names = [await newJob(database, {}), await newJob(database, {}), await newJob(database, {})];
    const active = new Map<string, number>();
    let overlaps = 0;
    const ran: string[] = [];
    const handler: JobHandler = async (job) => {
      if (active.get(job.name)) overlaps++;
      active.set(job.name, (active.get(job.name) ?? 0) + 1);
      ran.push(job.name);
      await sleep(30);
      active.set(job.name, active.get(job.name)! - 1);
    };
    // One-off jobs (no everyMs): each is deleted when done, so it can run only once in all.
    const all = [1, 2, 3, 4].map((i) =>
      createJobRunner({
        db: database.db,
        log,
        handlers: Object.fromEntries(names.map((n) => [n, handler])),
        leaseMs: LEASE,
        instanceId: `R${i}`,
      }),
    );
    const counts = await Promise.all(all.map((r) => r.drain()));
    expect(counts.reduce((x, y) => x + y, 0)).toBe(3);
    expect(ran.sort()).toEqual([...names].sort());
    expect(overlaps).toBe(0);
    expect(await database.db.selectFrom('jobs').select('id').where('key', 'in', names).execute()).toEqual([]);
  });
});

describe('the occurrence refresh as a job', () => {
  it('stops at its next step once its signal says the lease is gone or the instance stops', async () => {
    const database = await testDatabase();
    // A schedule made due again, so the refresh has work to stop before.
    const { resource_id } = await database.db
      .selectFrom('schedules')
      .select('resource_id')
      .orderBy('resource_id')
      .limit(1)
      .executeTakeFirstOrThrow();
    await database.db
      .updateTable('schedules')
      .set({ occurrences_until: null })
      .where('resource_id', '=', resource_id)
      .execute();
    const abort = new AbortController();
    abort.abort(new Error('lease lost: test'));
    await expect(refreshDueOccurrences(database.db, new Date(), { signal: abort.signal })).rejects.toThrow(
      'lease lost: test',
    );
    expect(
      (
        await database.db
          .selectFrom('schedules')
          .select('occurrences_until')
          .where('resource_id', '=', resource_id)
          .executeTakeFirstOrThrow()
      ).occurrences_until,
    ).toBeNull();
    // The next holder picks it up.
    expect(await refreshDueOccurrences(database.db)).toBeGreaterThanOrEqual(1);
    expect(
      (
        await database.db
          .selectFrom('schedules')
          .select('occurrences_until')
          .where('resource_id', '=', resource_id)
          .executeTakeFirstOrThrow()
      ).occurrences_until,
    ).not.toBeNull();
  });
});

describe('JOBS_LEASE_MS', () => {
  it('defaults to a minute and refuses nonsense', () => {
    expect(loadConfig({}).jobsLeaseMs).toBe(60_000);
    expect(loadConfig({ JOBS_LEASE_MS: '5000' }).jobsLeaseMs).toBe(5_000);
    for (const bad of ['999', '0', '-1', '1.5', 'soon', '3600001']) {
      expect(() => loadConfig({ JOBS_LEASE_MS: bad }), bad).toThrow(ConfigError);
    }
    expect(loadConfig({}).jobsTestDelayMs).toBe(0);
    expect(() => loadConfig({ JOBS_TEST_DELAY_MS: '-5' })).toThrow(ConfigError);
  });
});
