import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import type { DB } from './schema.ts';
import { openReplicas, type ReplicaSet } from './replicas.ts';
import { NEAREST_FIRST_OPTIONS, registerNearestFirstSession } from './planner-sessions.ts';
import { serialized } from './serial-driver.ts';

export type Db = Kysely<DB>;

/**
 * Sees every statement; `session` names the planner session it ran on (db/planner-sessions.ts), so that a replay
 * (the bench's floor) can run it with the same settings.
 */
export type StatementObserver = (event: LogEvent, session?: { options: string }) => void;

export interface Database {
  /** For requests: statement_timeout bounded (STATEMENT_TIMEOUT_MS). */
  db: Db;
  /** For analysts' queries: a longer, still bounded statement_timeout, on its own small pool. */
  analyticsDb: Db;
  /** For migrations, seeding and background jobs: no statement_timeout. */
  maintenanceDb: Db;
  kind: 'pglite' | 'postgres';
  /** Answers whether the database responds, within a short time. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
  /** pg pool numbers (null on PGlite) for metrics. */
  poolStats(): { total: number; idle: number; waiting: number } | null;
  /** Connections in use or waited for, across pools: 0 once no query is running or queued. */
  busy(): number;
  observe(fn: StatementObserver): void;
  /** Read replicas (DATABASE_REPLICA_URLS), null when there are none. Requests choose through shared/read-routing. */
  replicas: ReplicaSet | null;
  /** Statements run so far per database ('primary', 'replica1', …), for metrics. */
  statementsByDatabase(): ReadonlyMap<string, number>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir?: string;
  poolMax?: number;
  statementTimeoutMs?: number;
  analystStatementTimeoutMs?: number;
  /** Embedded only: start a new cluster as a copy of the demo template when there is one. */
  fromDemoTemplate?: boolean;
  /** Streaming replicas of databaseUrl for reads; none by default. */
  replicaUrls?: string[];
  replicaMaxLagMs?: number;
}

function statementCounter() {
  const counts = new Map<string, number>();
  return { counts, count: (database: string) => counts.set(database, (counts.get(database) ?? 0) + 1) };
}

function makeLog(observers: StatementObserver[], onEach?: () => void, session?: { options: string }) {
  return (event: LogEvent) => {
    onEach?.();
    for (const o of observers) o(event, session);
  };
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  const observers: StatementObserver[] = [];
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts, observers);
  return openPglite(opts.dataDir ?? './data', observers, opts.fromDemoTemplate ?? false);
}

function openPostgres(url: string, opts: DatabaseOptions, observers: StatementObserver[]): Database {
  const pools: pg.Pool[] = [];
  const statements = statementCounter();
  const countPrimary = () => statements.count('primary');
  const kysely = (max: number, statementTimeout: number, waitForConnectionMs = 3_000, options?: string) => {
    const pool = new pg.Pool({
      connectionString: url,
      ...(options ? { options } : {}),
      max,
      // Fail fast while the server is away instead of queueing requests for ever.
      connectionTimeoutMillis: waitForConnectionMs,
      idleTimeoutMillis: 30_000,
      statement_timeout: statementTimeout,
      // A server that stops answering (frozen, partitioned) would otherwise hold requests for ever:
      // statement_timeout is enforced by the server itself.
      ...(statementTimeout > 0 ? { query_timeout: statementTimeout + 2_000 } : {}),
      application_name: 'peer-atlas',
    });
    // An idle client losing its server emits 'error' on the pool; unhandled, that would kill the process.
    pool.on('error', () => {});
    // A client checked out of the pool has no such listener: when its server goes away between two statements of
    // a transaction (no query running to receive the error), pg emits 'error' on the client itself, and that
    // killed the process (tests/reliability). The client is then marked unusable: its next query fails at once
    // with a connection error (answered as "temporarily unavailable") and the pool discards it on release.
    pool.on('connect', (client) => client.on('error', () => {}));
    pools.push(pool);
    return new Kysely<DB>({
      dialect: new PostgresDialect({ pool }),
      log: makeLog(observers, countPrimary, options ? { options } : undefined),
    });
  };
  const db = kysely(opts.poolMax ?? 10, opts.statementTimeoutMs ?? 5_000);
  // Nearby pages on sessions of their own (db/planner-sessions.ts); opened only when a nearby search runs.
  const nearestFirst = kysely(opts.poolMax ?? 10, opts.statementTimeoutMs ?? 5_000, 3_000, NEAREST_FIRST_OPTIONS);
  registerNearestFirstSession(db, nearestFirst);
  // Few connections, so analysts' heavy statements never starve searches; a caller waits for one of them longer
  // than a search would (the queue is the analysts' own, and their queries are slow anyway).
  const analyticsDb = kysely(3, opts.analystStatementTimeoutMs ?? 30_000, 15_000);
  const maintenanceDb = kysely(2, 0);
  const main = pools[0]!;
  const [, nearestFirstPool, analyticsPool] = pools;
  // Readiness has a connection of its own: probed through the request pool, a server that is merely busy (every
  // connection checked out, requests queueing) would look down and be taken out of rotation.
  const health = new pg.Pool({
    connectionString: url,
    max: 1,
    connectionTimeoutMillis: 2_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 2_000,
    application_name: 'peer-atlas-health',
  });
  health.on('error', () => {});
  health.on('connect', (client) => client.on('error', () => {}));
  const replicas = opts.replicaUrls?.length
    ? openReplicas({
        urls: opts.replicaUrls,
        primaryUrl: url,
        primaryPool: main,
        primaryNearestFirstPool: nearestFirstPool!,
        primaryAnalyticsPool: analyticsPool!,
        poolMax: opts.poolMax ?? 10,
        statementTimeoutMs: opts.statementTimeoutMs ?? 5_000,
        analystStatementTimeoutMs: opts.analystStatementTimeoutMs ?? 30_000,
        maxLagMs: opts.replicaMaxLagMs ?? 5_000,
        log: makeLog(observers),
        countStatement: statements.count,
      })
    : null;
  return {
    db,
    analyticsDb,
    maintenanceDb,
    kind: 'postgres',
    ping: (timeoutMs = 2_000) => pingWith(() => health.query('select 1'), timeoutMs),
    close: async () => {
      // Replicas first: their reads fail over onto the primary's pools, which must outlive them.
      await replicas?.close();
      await Promise.all([
        db.destroy(),
        nearestFirst.destroy(),
        analyticsDb.destroy(),
        maintenanceDb.destroy(),
        health.end(),
      ]);
    },
    poolStats: () => ({ total: main.totalCount, idle: main.idleCount, waiting: main.waitingCount }),
    busy: () => pools.reduce((n, p) => n + p.totalCount - p.idleCount + p.waitingCount, 0),
    observe: (fn) => observers.push(fn),
    replicas,
    statementsByDatabase: () => statements.counts,
  };
}

async function openPglite(
  dataDir: string,
  observers: StatementObserver[],
  fromDemoTemplate: boolean,
): Promise<Database> {
  // Imported lazily: a PostgreSQL deployment never loads the WebAssembly build.
  const { createPglite } = await import('./pglite.ts');
  let unlock = () => {};
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  const client = await createPglite(dataDir, { fromDemoTemplate });
  const database = await wrapPglite(client, observers);
  return {
    ...database,
    close: async () => {
      await database.close();
      unlock();
    },
  };
}

/**
 * PGlite is a single-process database: two processes writing one data directory corrupt it. A pid file
 * makes the second one (say, `npm run cli` while the server runs) stop with a clear message instead.
 */
function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, 'peer-atlas.pid');
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8'));
    if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${pid}: stop it first, or use DATABASE_URL`,
      );
    }
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function wrapPglite(client: PGlite, observers: StatementObserver[] = []): Promise<Database> {
  const { KyselyPGlite } = await import('kysely-pglite');
  // kysely-pglite "ensures" the client's dataDir exists as a folder, which for `memory://` leaves an empty
  // `memory:` folder in the working directory. Our callers create real data dirs themselves (openPglite).
  const writable = client as { dataDir?: string };
  const dataDir = writable.dataDir;
  writable.dataDir = undefined;
  let pglite: InstanceType<typeof KyselyPGlite>;
  try {
    pglite = new KyselyPGlite(client);
  } finally {
    writable.dataDir = dataDir;
  }
  const dialect = serialized(pglite.dialect);
  const statements = statementCounter();
  const db = new Kysely<DB>({ dialect, log: makeLog(observers, () => statements.count('primary')) });
  // One connection in one process: the three roles share it (PGlite has no statement_timeout to vary).
  return {
    db,
    analyticsDb: db,
    maintenanceDb: db,
    kind: 'pglite',
    ping: (timeoutMs = 2_000) => pingWith(() => client.query('select 1'), timeoutMs),
    close: async () => {
      await db.destroy();
      if (!client.closed) await client.close();
    },
    poolStats: () => null,
    busy: () => dialect.busy(),
    observe: (fn) => observers.push(fn),
    replicas: null,
    statementsByDatabase: () => statements.counts,
  };
}

async function pingWith(fn: () => Promise<unknown>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('ping timeout')), timeoutMs);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
