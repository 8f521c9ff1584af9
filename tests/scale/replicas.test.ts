import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { sql } from 'kysely';
import { createKey, createPartner, revokeKey } from '../../src/modules/auth/admin.ts';
import { parseKey } from '../../src/modules/auth/keys.ts';
import { sleep, startServerChild, waitFor, type ServerChild } from '../helpers/child-server.ts';
import { canRunCluster, createCluster, type Cluster } from '../helpers/cluster.ts';
import { listingInput, READ, SUBMIT } from '../reliability/load.ts';
import { scaleTestsGate } from './gate.ts';

// Several instances on one primary and one streaming replica, built here on loopback: a throwaway primary
// (initdb), a replica of it (pg_basebackup), the machine's Redis under a key prefix of this run, and two server
// processes A and B. It shows where reads and writes go, read-your-writes across instances while the replica is
// paused, a rate limit shared by both, a replica stopped under load without one failed request, and a revoked
// key or a takedown taking effect everywhere at once.

const REDIS_URL = process.env.SCALE_REDIS_URL ?? 'redis://127.0.0.1:6379';
const gate = await scaleTestsGate({ needsCluster: true, redisUrl: REDIS_URL, canRunCluster });
const MUTATIONS_PER_MINUTE = 8;
const MAX_LAG_MS = 3_000;

let primary: Cluster | undefined;
let replica: Cluster | undefined;
let a: ServerChild | undefined;
let b: ServerChild | undefined;
const prefix = `pa-test-${process.pid}-${Date.now()}:`;
const cleanUp = () => {
  a?.child.kill('SIGKILL');
  b?.child.kill('SIGKILL');
  replica?.destroySync();
  primary?.destroySync();
  replica = primary = undefined;
};

interface Keys {
  writer: string; // trusted partner: read-your-writes
  limited: string; // the rate limit
  revoked: string;
  moderator: string;
  loader: string;
}
let keys: Keys;
const listingIds: string[] = [];

/** A GraphQL POST with the headers these tests need (the child helper sends only a key). */
async function post(
  server: ServerChild,
  query: string,
  opts: { variables?: Record<string, unknown>; key?: string; readAfter?: string | null; extensions?: unknown } = {},
) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(opts.key ? { authorization: `Bearer ${opts.key}` } : {}),
      ...(opts.readAfter ? { 'peer-atlas-read-after': opts.readAfter } : {}),
    },
    body: JSON.stringify({ query: query || undefined, variables: opts.variables, extensions: opts.extensions }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await res.json()) as {
    data?: any;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  return { status: res.status, headers: res.headers, ...body };
}

async function readyz(server: ServerChild): Promise<{
  status: string;
  databases: {
    primary: string;
    replicas: Array<{ name: string; healthy: boolean; lagMs: number | null; reason?: string }>;
  };
  redis: string;
}> {
  const res = await fetch(`${server.url}/readyz`);
  return (await res.json()) as any;
}

/** Statements each database ran for this instance, from its /metrics. */
async function statementsByDatabase(server: ServerChild): Promise<Record<string, number>> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const out: Record<string, number> = {};
  for (const m of text.matchAll(/^peer_atlas_db_statements_total\{database="(\w+)"\} (\d+)/gm))
    out[m[1]!] = Number(m[2]);
  return out;
}

/** Calls of statements that read listings, per server, from pg_stat_statements (the databases' own count). */
async function listingStatementCalls(cluster: Cluster): Promise<number> {
  const c = new pg.Client({ connectionString: cluster.url('peer_atlas') });
  await c.connect();
  try {
    const { rows } = await c.query<{ n: string | null }>(
      `select sum(calls) as n from pg_stat_statements
        where dbid = (select oid from pg_database where datname = 'peer_atlas')
          and query ilike '%resources%' and query not ilike '%pg_stat_statements%'`,
    );
    return Number(rows[0]?.n ?? 0);
  } finally {
    await c.end();
  }
}

async function onReplica(sql: string) {
  const c = new pg.Client({ connectionString: replica!.url('peer_atlas') });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
}

const BY_ID = `query($id: ID!) { resource(id: $id) { id name status } }`;

describe.skipIf(!gate.run)('several instances, a primary and a streaming replica', () => {
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
      await sql`create extension if not exists pg_stat_statements`.execute(database.maintenanceDb);
      const partner = (name: string) => createPartner(database.db, { name, trusted: true }).then((p) => p.token);
      keys = {
        writer: await partner('Scale writer'),
        limited: await partner('Scale limited'),
        revoked: await partner('Scale revoked'),
        loader: await partner('Scale loader'),
        moderator: (await createKey(database.db, { role: 'moderator', name: 'Scale moderator' })).token,
      };
    } finally {
      await database.close();
    }
    replica = await createCluster({
      replicaOf: primary,
      options: '-c shared_preload_libraries=pg_stat_statements -c hot_standby_feedback=on',
    });
    await replica.start();
    const env = {
      DATABASE_URL: primary.url('peer_atlas'),
      DATABASE_REPLICA_URLS: replica.url('peer_atlas'),
      REPLICA_MAX_LAG_MS: String(MAX_LAG_MS),
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      SEED_DEMO: 'false',
      RATE_LIMIT_MUTATIONS_PER_MINUTE: String(MUTATIONS_PER_MINUTE),
      RATE_LIMIT_REQUESTS_PER_MINUTE: '1000000',
    };
    [a, b] = await Promise.all([startServerChild(env), startServerChild(env)]);
    // A few published listings, written through A by the loader partner (its own mutation budget).
    for (let i = 0; i < 4; i++) {
      const r = await a.gql(SUBMIT, { input: listingInput(`scale-seed-${i}`, i) }, keys.loader);
      expect(r.data?.submitResource.userErrors).toEqual([]);
      listingIds.push(r.data.submitResource.resource.id);
    }
    // Both instances see the replica healthy and caught up before the tests start.
    for (const s of [a, b]) {
      await waitFor('the replica to be healthy', async () => (await readyz(s)).databases.replicas[0]!.healthy, 15_000);
    }
    await waitFor(
      'the replica to have the seed',
      async () => (await post(b!, BY_ID, { variables: { id: listingIds[3] } })).data?.resource !== null,
      10_000,
    );
  }, 240_000);

  afterAll(async () => {
    cleanUp();
    process.removeListener('exit', cleanUp);
    const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
      const found = await redis.keys(`${prefix}*`);
      if (found.length) await redis.del(...found);
    } catch {
      // Redis gone: nothing of ours left to remove that would outlive its TTLs
    } finally {
      redis.disconnect();
    }
  });

  it('runs anonymous searches on the replica and mutations on the primary', async () => {
    const before = { primary: await listingStatementCalls(primary!), replica: await listingStatementCalls(replica!) };
    const metricsBefore = await statementsByDatabase(a!);
    for (let i = 0; i < 10; i++) {
      for (const s of [a!, b!]) {
        const r = await post(s, READ);
        expect(r.errors).toBeUndefined();
        expect(r.data.resources.totalCount).toBeGreaterThanOrEqual(4);
      }
    }
    const afterReads = {
      primary: await listingStatementCalls(primary!),
      replica: await listingStatementCalls(replica!),
    };
    // 20 searches: every statement that read listings ran on the replica, none on the primary.
    expect(afterReads.replica - before.replica).toBeGreaterThanOrEqual(20);
    expect(afterReads.primary - before.primary).toBe(0);

    const w = await post(a!, SUBMIT, { variables: { input: listingInput('scale-routing', 0) }, key: keys.writer });
    expect(w.data.submitResource.userErrors).toEqual([]);
    expect(w.headers.get('peer-atlas-read-after')).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    const afterWrite = {
      primary: await listingStatementCalls(primary!),
      replica: await listingStatementCalls(replica!),
    };
    expect(afterWrite.primary - afterReads.primary).toBeGreaterThan(0);
    expect(afterWrite.replica - afterReads.replica).toBe(0);
    // The instance's own metrics agree: reads per database.
    const metricsAfter = await statementsByDatabase(a!);
    expect((metricsAfter.replica1 ?? 0) - (metricsBefore.replica1 ?? 0)).toBeGreaterThanOrEqual(10);
  });

  it("shows a partner's write through A to its next read through B while the replica's replay is paused", async () => {
    await onReplica('select pg_wal_replay_pause()');
    try {
      const w = await post(a!, SUBMIT, { variables: { input: listingInput('scale-ryw', 1) }, key: keys.writer });
      expect(w.data.submitResource.userErrors).toEqual([]);
      const id = w.data.submitResource.resource.id as string;
      const readAfter = w.headers.get('peer-atlas-read-after');

      // The same partner through B: its position is in Redis, the paused replica has not replayed it → primary.
      const own = await post(b!, BY_ID, { variables: { id }, key: keys.writer });
      expect(own.data.resource).toMatchObject({ id, status: 'PUBLISHED' });
      // Anonymous, without the position: the replica answers, and it has not seen the write (proof it is in use).
      const stale = await post(b!, BY_ID, { variables: { id } });
      expect(stale.errors).toBeUndefined();
      expect(stale.data.resource).toBeNull();
      // Anonymous, sending the header back: read where the write is.
      const carried = await post(b!, BY_ID, { variables: { id }, readAfter });
      expect(carried.data.resource).toMatchObject({ id });
      // A malformed position is ignored, never an error.
      const junk = await post(b!, BY_ID, { variables: { id }, readAfter: "0/0'; drop table resources; --" });
      expect(junk.errors).toBeUndefined();

      // Left paused, the replica falls past REPLICA_MAX_LAG_MS: both instances skip it and read on the primary.
      for (const s of [a!, b!]) {
        await waitFor(
          'the paused replica to be skipped',
          async () => !(await readyz(s)).databases.replicas[0]!.healthy,
          MAX_LAG_MS + 5_000,
        );
      }
      const state = (await readyz(b!)).databases.replicas[0]!;
      expect(state.lagMs).toBeGreaterThan(MAX_LAG_MS);
      expect(state.reason).toMatch(/lagging/);
      expect((await post(b!, BY_ID, { variables: { id } })).data.resource).toMatchObject({ id });
    } finally {
      await onReplica('select pg_wal_replay_resume()');
    }
    for (const s of [a!, b!])
      await waitFor('the replica to catch up', async () => (await readyz(s)).databases.replicas[0]!.healthy, 10_000);
  }, 30_000);

  it('takes a takedown through A into account on B at once, even from a paused replica', async () => {
    const id = listingIds[0]!;
    expect((await post(b!, BY_ID, { variables: { id } })).data.resource).toMatchObject({ id });
    await onReplica('select pg_wal_replay_pause()');
    try {
      const down = await post(
        a!,
        `mutation($id: ID!) { takeDownResource(id: $id, reason: "Reported") { resource { id status } userErrors { code } } }`,
        {
          variables: { id },
          key: keys.moderator,
        },
      );
      expect(down.data.takeDownResource.resource.status).toBe('ARCHIVED');
      // B learns the fleet-wide floor from Redis within FLOOR_POLL_MS (200 ms); the issue allows a second.
      await sleep(400);
      const seen = await post(b!, BY_ID, { variables: { id } });
      expect(seen.errors).toBeUndefined();
      expect(seen.data.resource).toBeNull();
    } finally {
      await onReplica('select pg_wal_replay_resume()');
    }
  });

  it('refuses a key revoked through one instance on the next request to either', async () => {
    for (const s of [a!, b!]) expect((await post(s, '{ __typename }', { key: keys.revoked })).errors).toBeUndefined();
    const database = await openDatabase({ databaseUrl: primary!.url('peer_atlas'), poolMax: 1 });
    try {
      // As `npm run cli -- key revoke` does: on the primary.
      expect(await revokeKey(database.db, parseKey(keys.revoked)!.id)).toBe(true);
    } finally {
      await database.close();
    }
    for (const s of [a!, b!]) {
      const r = await post(s, '{ __typename }', { key: keys.revoked });
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it(`holds a per-key limit of ${MUTATIONS_PER_MINUTE} mutations a minute across both instances together`, async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < MUTATIONS_PER_MINUTE + 4; i++) {
      const s = i % 2 ? b! : a!;
      const r = await post(
        s,
        `mutation($input: ResourceInput!) { submitResource(input: $input, dryRun: true) { userErrors { code } } }`,
        {
          variables: { input: listingInput(`scale-limit-${i}`, i) },
          key: keys.limited,
        },
      );
      outcomes.push(r.errors?.[0]?.extensions?.code ?? 'OK');
    }
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(MUTATIONS_PER_MINUTE);
    expect(outcomes.slice(MUTATIONS_PER_MINUTE)).toEqual(Array(4).fill('RATE_LIMITED'));
  });

  it('shares persisted queries: a hash registered through A is known to B', async () => {
    const query = `{ resources(first: 2) { totalCount } }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    const unknown = await post(b!, '', { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(a!, query, { extensions })).errors).toBeUndefined();
    const byHash = await fetch(`${b!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions }),
    });
    const body = (await byHash.json()) as { data?: any; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data.resources.totalCount).toBeGreaterThan(0);
  });

  it('moves a read-only transaction whose replica connection dies onto the primary, replaying it there', async () => {
    const database = await openDatabase({
      databaseUrl: primary!.url('peer_atlas'),
      replicaUrls: [replica!.url('peer_atlas')],
      poolMax: 2,
    });
    try {
      await database.replicas!.probe();
      const r = database.replicas!.pick(null);
      expect(r).not.toBeNull();
      const seen = await r!.db.transaction().execute(async (trx) => {
        // What the nearby page does: a setting local to its transaction, then reads.
        await sql`set local enable_bitmapscan = off`.execute(trx);
        const first = (
          await sql<{
            pid: number;
            standby: boolean;
          }>`select pg_backend_pid() as pid, pg_is_in_recovery() as standby`.execute(trx)
        ).rows[0]!;
        expect(first.standby).toBe(true);
        await onReplica(`select pg_terminate_backend(${Number(first.pid)}, 5000)`);
        return (
          await sql<{
            standby: boolean;
            bitmap: string;
          }>`select pg_is_in_recovery() as standby, current_setting('enable_bitmapscan') as bitmap`.execute(trx)
        ).rows[0]!;
      });
      // The rest of the transaction ran on the primary, with its SET LOCAL replayed.
      expect(seen).toEqual({ standby: false, bitmap: 'off' });
    } finally {
      await database.close();
    }
  });

  it('loses no request when the replica stops under read load, and uses it again once it is back', async () => {
    let running = true;
    const failures: string[] = [];
    let done = 0;
    const reader = async (s: ServerChild, n: number) => {
      while (running) {
        const r = n % 2 ? await s.gql(READ) : await s.gql(BY_ID, { id: listingIds[1 + (n % 3)] });
        if (r.failure || r.errors?.length || r.status !== 200) failures.push(r.failure ?? JSON.stringify(r.errors));
        done++;
        await sleep(5);
      }
    };
    const loops = [0, 1, 2, 3].map((n) => reader(n % 2 ? b! : a!, n));
    try {
      await sleep(1_500);
      const beforeStop = await statementsByDatabase(a!);
      await replica!.stop('fast');
      await sleep(2_500);
      for (const s of [a!, b!]) expect((await readyz(s)).databases.replicas[0]).toMatchObject({ healthy: false });
      const duringOutage = await statementsByDatabase(a!);
      expect(duringOutage.primary! - beforeStop.primary!).toBeGreaterThan(10);
      await replica!.start();
      for (const s of [a!, b!])
        await waitFor(
          'the restarted replica to be healthy',
          async () => (await readyz(s)).databases.replicas[0]!.healthy,
          20_000,
        );
      const back = await statementsByDatabase(a!);
      await sleep(1_500);
      const later = await statementsByDatabase(a!);
      expect(later.replica1! - back.replica1!).toBeGreaterThan(10);
    } finally {
      running = false;
      await Promise.all(loops);
    }
    console.info(`replica stop/start under load: ${done} requests, ${failures.length} failed`);
    expect(failures).toEqual([]);
    expect(done).toBeGreaterThan(40);
  }, 60_000);
});
