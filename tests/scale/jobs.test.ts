import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { HOUR_MS, OCCURRENCE_REFRESH_JOB } from '../../src/jobs/names.ts';
import { ensureJob } from '../../src/jobs/runner.ts';
import { sleep, startServerChild, waitFor, type ServerChild } from '../helpers/child-server.ts';
import { canRunCluster, createCluster, type Cluster } from '../helpers/cluster.ts';
import { scaleTestsGate } from './gate.ts';

// Issue 13, "background work runs once": two instances with jobs on, a short lease, one primary and a streaming
// replica. The hourly occurrence refresh comes due over thousands of recurring listings; the instance holding it
// is SIGKILLed in the middle; the other takes it over once the lease has run out and completes it, once: every
// schedule has its occurrences, none twice, the next run is scheduled once, and no job statement reached the
// replica. JOBS_TEST_DELAY_MS (a pause after each batch of 2000 schedules, testing only) makes "the middle" a
// window of seconds instead of a race with the machine's speed.

const gate = await scaleTestsGate({ needsCluster: true, canRunCluster });
const LEASE_MS = 2_000;
const PAUSE_MS = 4_000;
const SCHEDULES = 5_000; // three batches

let primary: Cluster | undefined;
let replica: Cluster | undefined;
let servers: ServerChild[] = [];
const cleanUp = () => {
  for (const s of servers) s.child.kill('SIGKILL');
  replica?.destroySync();
  primary?.destroySync();
  replica = primary = undefined;
};

let client: pg.Client;
const one = async <T = any>(text: string, values: unknown[] = []): Promise<T> =>
  (await client.query(text, values)).rows[0] as T;

interface JobRow {
  locked_by: string | null;
  locked_until: Date | null;
  run_at: Date;
  attempts: number;
  now: Date;
}
const jobRow = () =>
  one<JobRow>(`select locked_by, locked_until, run_at, attempts, now() as now from jobs where key = $1`, [
    OCCURRENCE_REFRESH_JOB,
  ]);
const pidOf = (instanceId: string | null) => Number(instanceId?.split(':')[1]);
/** pino's JSON lines of one instance that match. */
const logLines = (s: ServerChild, msg: string) =>
  s
    .output()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => l.msg === msg);

describe.skipIf(!gate.run)('background jobs across instances', () => {
  beforeAll(async () => {
    process.once('exit', cleanUp);
    primary = await createCluster({ options: '-c shared_preload_libraries=pg_stat_statements' });
    await primary.start();
    const admin = new pg.Client({ connectionString: primary.url() });
    await admin.connect();
    await admin.query('create database peer_atlas');
    await admin.end();
    const database = await openDatabase({ databaseUrl: primary.url('peer_atlas'), poolMax: 2 });
    try {
      await migrateToLatest(database.maintenanceDb);
      // Declared as every start-up declares it, but due only when the test says (then one instance claims it).
      await ensureJob(database.maintenanceDb, {
        name: OCCURRENCE_REFRESH_JOB,
        key: OCCURRENCE_REFRESH_JOB,
        payload: { everyMs: HOUR_MS },
        runAt: new Date(Date.now() + 3_600_000),
      });
    } finally {
      await database.close();
    }
    client = new pg.Client({ connectionString: primary.url('peer_atlas') });
    await client.connect();
    // Weekly groups written directly (no occurrences yet: occurrences_until is null), as an import would leave them.
    const { id: org } = await one<{ id: number }>(
      `insert into organizations (name) values ('Jobs scale') returning id`,
    );
    await client.query(
      `with r as (
         insert into resources (organization_id, kind, name, format, status)
         select $1, 'PEER_GROUP', 'Weekly group ' || g, 'ONLINE', 'PUBLISHED' from generate_series(1, $2::int) g returning id)
       insert into schedules (resource_id, rrule, time_zone, start_time, start_date, duration_minutes)
       select id, 'FREQ=WEEKLY;BYDAY=MO', 'Europe/Berlin', '18:00', current_date, 90 from r`,
      [org, SCHEDULES],
    );
    await client.query('create extension if not exists pg_stat_statements');
    replica = await createCluster({ replicaOf: primary, options: '-c shared_preload_libraries=pg_stat_statements' });
    await replica.start();
    const env = {
      DATABASE_URL: primary.url('peer_atlas'),
      DATABASE_REPLICA_URLS: replica.url('peer_atlas'),
      SEED_DEMO: 'false',
      JOBS_ENABLED: 'true',
      JOBS_LEASE_MS: String(LEASE_MS),
      JOBS_TEST_DELAY_MS: String(PAUSE_MS),
      LOG_LEVEL: 'info',
    };
    servers = await Promise.all([startServerChild(env), startServerChild(env)]);
  }, 240_000);

  afterAll(async () => {
    await client?.end().catch(() => {});
    cleanUp();
    process.removeListener('exit', cleanUp);
  });

  it('finishes an occurrence refresh exactly once when the instance running it is killed mid-run', async () => {
    // Nothing refreshed yet; the refresh comes due.
    expect(await one(`select count(*)::int as n from resource_occurrences`)).toEqual({ n: 0 });
    await client.query(`update jobs set run_at = now() where key = $1`, [OCCURRENCE_REFRESH_JOB]);

    // Watch the job's row: who holds it, and when (in the database's clock).
    const holders: Array<{ by: string; at: Date }> = [];
    const watch = async () => {
      const r = await jobRow();
      if (r.locked_by && holders.at(-1)?.by !== r.locked_by) holders.push({ by: r.locked_by, at: r.now });
      return r;
    };
    await waitFor('an instance to claim the refresh', async () => Boolean((await watch()).locked_by), 15_000, 50);
    const victim = servers.find((s) => s.child.pid === pidOf(holders[0]!.by))!;
    const survivor = servers.find((s) => s !== victim)!;
    expect(victim).toBeDefined();

    // Mid-run: its first batch written, in the pause after it, and held past its first lease (its heartbeat
    // renews it; the other instance, polling all along, must not take it).
    await waitFor(
      'the first batch, and the holder past one lease',
      async () => {
        const r = await watch();
        const done = await one<{ n: number }>(
          `select count(*)::int as n from schedules where occurrences_until is not null`,
        );
        return done.n > 0 && r.now.getTime() - holders[0]!.at.getTime() > LEASE_MS * 1.25;
      },
      20_000,
      50,
    );
    victim.child.kill('SIGKILL');
    await victim.exited;
    const atKill = await jobRow();
    expect(holders.map((h) => h.by)).toEqual([atKill.locked_by]);
    const left = await one<{ n: number }>(`select count(*)::int as n from schedules where occurrences_until is null`);
    expect(left.n).toBeGreaterThan(0); // really mid-run
    expect(left.n).toBeLessThan(SCHEDULES);
    expect(logLines(victim, 'job done').filter((l) => l.job === OCCURRENCE_REFRESH_JOB)).toEqual([]);

    // The survivor takes over only once the dead instance's lease has run out.
    await waitFor(
      'the other instance to take the refresh over',
      async () => (await watch(), holders.length === 2),
      LEASE_MS + 10_000,
      50,
    ).catch(async (err: Error) => {
      throw new Error(
        `${err.message}; the job: ${JSON.stringify(await jobRow())}; the other instance said:\n${survivor.output().slice(-3_000)}`,
      );
    });
    expect(holders[1]!.by).not.toBe(holders[0]!.by);
    expect(pidOf(holders[1]!.by)).toBe(survivor.child.pid);
    expect(holders[1]!.at.getTime()).toBeGreaterThanOrEqual(atKill.locked_until!.getTime());

    const done = await waitFor('the refresh to complete', async () => (await watch()).locked_by === null, 60_000, 100);
    const finished = await jobRow();
    console.info(
      `jobs: killed ${holders[0]!.by} with ${left.n}/${SCHEDULES} schedules left; ${holders[1]!.by} took over ${holders[1]!.at.getTime() - atKill.locked_until!.getTime()} ms after the lease ran out, done ${Math.round(done)} ms later`,
    );

    // Exactly once: one completion (the survivor's), the next run scheduled once, an hour on.
    // (The line comes through the child's stdout a little after the row changed.)
    const completions = () => logLines(survivor, 'job done').filter((l) => l.job === OCCURRENCE_REFRESH_JOB);
    await waitFor('the completion in the log', async () => completions().length > 0, 10_000, 100);
    expect(completions()).toHaveLength(1);
    expect(completions()[0]!.by).toBe(holders[1]!.by);
    expect(logLines(survivor, 'occurrences refreshed')).toEqual([expect.objectContaining({ schedules: left.n })]);
    expect(await one(`select count(*)::int as n from jobs where name = $1`, [OCCURRENCE_REFRESH_JOB])).toEqual({
      n: 1,
    });
    expect(finished).toMatchObject({ locked_until: null, attempts: 0 });
    const nextIn = finished.run_at.getTime() - finished.now.getTime();
    expect(nextIn).toBeGreaterThan(HOUR_MS - 120_000);
    expect(nextIn).toBeLessThanOrEqual(HOUR_MS);

    // Every schedule has its occurrences, all alike (the same weekly rule), none twice.
    const per = await one<{ schedules: number; min: number; max: number; missing: number }>(
      `select count(*)::int as schedules, min(n)::int as min, max(n)::int as max, count(*) filter (where n = 0)::int as missing
         from (select s.resource_id, count(o.starts_at) as n from schedules s left join resource_occurrences o using (resource_id) group by s.resource_id) x`,
    );
    expect(per).toMatchObject({ schedules: SCHEDULES, missing: 0 });
    expect(per.min).toBeGreaterThanOrEqual(17); // 120 days of Mondays
    expect(per.max - per.min).toBeLessThanOrEqual(1); // the two instances' "now" may straddle a Monday
    expect(
      await one(
        `select count(*)::int as n from (select 1 from resource_occurrences group by resource_id, starts_at having count(*) > 1) d`,
      ),
    ).toEqual({ n: 0 });
    expect(await one(`select count(*)::int as n from schedules where occurrences_until is null`)).toEqual({ n: 0 });

    // And it stays done: a few leases later nobody has claimed it again.
    await sleep(LEASE_MS * 2);
    expect(await jobRow()).toMatchObject({ locked_by: null, run_at: finished.run_at, attempts: 0 });
    expect(logLines(survivor, 'job done').filter((l) => l.job === OCCURRENCE_REFRESH_JOB)).toHaveLength(1);
  }, 120_000);

  it('never sends a job statement to the replica', async () => {
    const c = new pg.Client({ connectionString: replica!.url('peer_atlas') });
    await c.connect();
    try {
      // The count works there: the instances' own probes of the replica are in it.
      const seen = await c.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_statements where dbid = (select oid from pg_database where datname = 'peer_atlas')`,
      );
      expect(seen.rows[0]!.n).toBeGreaterThan(0);
      const { rows } = await c.query<{ query: string }>(
        `select query from pg_stat_statements
          where dbid = (select oid from pg_database where datname = 'peer_atlas')
            and (query ilike '%jobs%' or query ilike '%resource_occurrences%' or query ilike '%occurrences_until%')
            and query not ilike '%pg_stat_statements%'`,
      );
      expect(rows).toEqual([]);
    } finally {
      await c.end();
    }
    // A write tried there would fail, and fail loudly in its log.
    expect(replica!.log()).not.toMatch(/read-only transaction/);
  });
});
