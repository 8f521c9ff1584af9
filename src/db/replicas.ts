import { Kysely, PostgresDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import { failoverDialect } from './failover-driver.ts';
import { formatLsn, parseLsn, type Lsn } from './lsn.ts';
import { NEAREST_FIRST_OPTIONS, registerNearestFirstSession } from './planner-sessions.ts';
import type { DB } from './schema.ts';

/**
 * Streaming replicas for reads (DATABASE_REPLICA_URLS). Each one is probed every PROBE_MS on a connection of its
 * own: is it a standby, which WAL position has it replayed, and how far behind the primary is it. The router
 * (pick) hands out a healthy replica round robin, one that has replayed at least the position the caller needs;
 * otherwise null, meaning "read on the primary". Reads that hit a replica as it dies move to the primary
 * (failover-driver.ts), so a replica never fails a request.
 *
 * Lag is measured against the primary's own clock: every probe samples pg_current_wal_lsn() on the primary, and a
 * replica's lag is the age of the oldest sample it has not replayed yet (0 once it has replayed the newest). This
 * is right when the primary is idle (pg_last_xact_replay_timestamp() would grow for ever then) and resolves to
 * about one probe interval.
 */

export interface ReplicaState {
  name: string;
  /** Up: answering as a standby, and not lagging past the limit. */
  healthy: boolean;
  lagMs: number | null;
  replayLsn: string | null;
  /** Why it is not healthy. */
  reason?: string;
}

export interface ReplicaHandle {
  name: string;
  db: Kysely<DB>;
  analyticsDb: Kysely<DB>;
}

export interface ReplicaSet {
  /** A replica that has replayed minLsn (any healthy one when null), round robin; null: use the primary. */
  pick(minLsn: Lsn | null): ReplicaHandle | null;
  /** The primary's current WAL position (after a write), on the probe connection. */
  primaryLsn(): Promise<Lsn | null>;
  states(): ReplicaState[];
  /** Probes everything now (tests, and start-up). */
  probe(): Promise<void>;
  close(): Promise<void>;
}

export interface ReplicaOptions {
  urls: string[];
  primaryUrl: string;
  primaryPool: pg.Pool;
  /** The primary's nearest-first sessions (db/planner-sessions.ts), where a replica's nearby pages fail over. */
  primaryNearestFirstPool: pg.Pool;
  primaryAnalyticsPool: pg.Pool;
  poolMax: number;
  statementTimeoutMs: number;
  analystStatementTimeoutMs: number;
  maxLagMs: number;
  probeMs?: number;
  /** Kysely log hook (statement tally and durations). */
  log: (event: LogEvent) => void;
  /** Called for each statement with the database that ran it ('primary' when a read failed over). */
  countStatement: (database: string) => void;
}

const PROBE_TIMEOUT_MS = 1_000;

interface Replica extends ReplicaHandle {
  nearestFirst: Kysely<DB>;
  probePool: pg.Pool;
  pools: pg.Pool[];
  up: boolean;
  replay: Lsn | null;
  lagMs: number | null;
  reason: string | undefined;
}

function newPool(
  url: string,
  max: number,
  statementTimeout: number,
  connectMs: number,
  name: string,
  options?: string,
) {
  const pool = new pg.Pool({
    connectionString: url,
    ...(options ? { options } : {}),
    max,
    // A replica that is gone should cost a read little before it moves to the primary.
    connectionTimeoutMillis: connectMs,
    idleTimeoutMillis: 30_000,
    statement_timeout: statementTimeout,
    ...(statementTimeout > 0 ? { query_timeout: statementTimeout + 2_000 } : {}),
    application_name: name,
  });
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

export function openReplicas(opts: ReplicaOptions): ReplicaSet {
  const probeMs = opts.probeMs ?? 500;
  const primaryProbe = newPool(opts.primaryUrl, 1, PROBE_TIMEOUT_MS, PROBE_TIMEOUT_MS, 'peer-atlas-probe');
  /** Samples of the primary's position, oldest first, covering a little more than the lag limit. */
  const samples: Array<{ at: number; lsn: Lsn }> = [];

  const replicas: Replica[] = opts.urls.map((url, i) => {
    const name = `replica${i + 1}`;
    const onFailure = () => {
      // Out of rotation until its probe answers again.
      replica.up = false;
      replica.reason = 'a read failed on it';
    };
    const pool = newPool(url, opts.poolMax, opts.statementTimeoutMs, PROBE_TIMEOUT_MS, 'peer-atlas-replica');
    const analyticsPool = newPool(url, 3, opts.analystStatementTimeoutMs, PROBE_TIMEOUT_MS, 'peer-atlas-replica');
    const nearestFirstPool = newPool(
      url,
      opts.poolMax,
      opts.statementTimeoutMs,
      PROBE_TIMEOUT_MS,
      'peer-atlas-replica',
      NEAREST_FIRST_OPTIONS,
    );
    const kysely = (replicaPool: pg.Pool, primaryPool: pg.Pool) =>
      new Kysely<DB>({
        dialect: failoverDialect({
          replica: new PostgresDialect({ pool: replicaPool }),
          primary: new PostgresDialect({ pool: primaryPool }),
          onFailure,
          onStatement: (onReplica) => opts.countStatement(onReplica ? name : 'primary'),
        }),
        log: opts.log,
      });
    const nearestFirst = kysely(nearestFirstPool, opts.primaryNearestFirstPool);
    const replica: Replica = {
      name,
      db: kysely(pool, opts.primaryPool),
      nearestFirst,
      analyticsDb: kysely(analyticsPool, opts.primaryAnalyticsPool),
      probePool: newPool(url, 1, PROBE_TIMEOUT_MS, PROBE_TIMEOUT_MS, 'peer-atlas-probe'),
      pools: [pool, nearestFirstPool, analyticsPool],
      up: false,
      replay: null,
      lagMs: null,
      reason: 'not probed yet',
    };
    registerNearestFirstSession(replica.db, nearestFirst);
    return replica;
  });

  const lsnOn = async (pool: pg.Pool): Promise<Lsn | null> => {
    try {
      const { rows } = await pool.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn');
      return parseLsn(rows[0]?.lsn);
    } catch {
      return null;
    }
  };

  const lagOf = (replay: Lsn, now: number): number | null => {
    if (samples.length === 0) return null;
    if (replay >= samples[samples.length - 1]!.lsn) return 0;
    const firstMissing = samples.find((s) => s.lsn > replay)!;
    return now - firstMissing.at;
  };

  const probeReplica = async (r: Replica) => {
    try {
      const { rows } = await r.probePool.query<{ standby: boolean; replay: string | null }>(
        'select pg_is_in_recovery() as standby, pg_last_wal_replay_lsn()::text as replay',
      );
      const row = rows[0]!;
      if (!row.standby) {
        // A promoted replica is another primary: reading from it could show a history that is not ours.
        r.up = false;
        r.reason = 'not a standby';
        return;
      }
      r.replay = parseLsn(row.replay);
      r.lagMs = r.replay === null ? null : lagOf(r.replay, Date.now());
      if (r.replay === null || r.lagMs === null) {
        r.up = false;
        r.reason = 'replay position unknown';
      } else if (r.lagMs > opts.maxLagMs) {
        r.up = false;
        r.reason = `lagging ${r.lagMs} ms`;
      } else {
        r.up = true;
        r.reason = undefined;
      }
    } catch {
      r.up = false;
      r.reason = 'not answering';
    }
  };

  const probe = async () => {
    const lsn = await lsnOn(primaryProbe);
    const now = Date.now();
    if (lsn !== null) {
      samples.push({ at: now, lsn });
      // Keep enough history to measure lag past the limit (and say how far past).
      while (samples.length > 2 && now - samples[0]!.at > opts.maxLagMs * 2 + 10 * probeMs) samples.shift();
    }
    await Promise.all(replicas.map(probeReplica));
  };

  let probing = false;
  const timer = setInterval(() => {
    if (probing) return;
    probing = true;
    void probe().finally(() => {
      probing = false;
    });
  }, probeMs);
  timer.unref();

  let next = 0;
  return {
    pick(minLsn) {
      const n = replicas.length;
      for (let i = 0; i < n; i++) {
        const r = replicas[(next + i) % n]!;
        if (!r.up || r.replay === null) continue;
        if (minLsn !== null && r.replay < minLsn) continue;
        next = (next + i + 1) % n;
        return r;
      }
      return null;
    },
    // After a write: on the request pool, so that busy writers do not queue behind one probe connection.
    primaryLsn: () => lsnOn(opts.primaryPool),
    states: () =>
      replicas.map((r) => ({
        name: r.name,
        healthy: r.up,
        lagMs: r.lagMs,
        replayLsn: r.replay === null ? null : formatLsn(r.replay),
        ...(r.reason ? { reason: r.reason } : {}),
      })),
    probe,
    async close() {
      clearInterval(timer);
      await Promise.all(
        replicas.flatMap((r) => [r.db.destroy(), r.nearestFirst.destroy(), r.analyticsDb.destroy(), r.probePool.end()]),
      );
      await primaryProbe.end();
    },
  };
}
