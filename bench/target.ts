import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, wrapPglite, type Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrator.ts';

// Where a benchmark data set lives: a database on the PostgreSQL server, or an embedded PGlite cluster under
// bench/.data (never the developer's own DATA_DIR). The bench opens it itself to load, probe and measure the
// floor, then hands the same location to the child server through its environment.

export const benchRoot = path.dirname(fileURLToPath(import.meta.url));
export const projectRoot = path.resolve(benchRoot, '..');

export type Target =
  { kind: 'postgres'; databaseUrl: string; label: string } | { kind: 'pglite'; dataDir: string; label: string };

export interface OpenTarget {
  database: Database;
  /** The raw PGlite client (embedded only), for the floor. */
  pglite: PGlite | null;
}

/** 10000 → "10k", 1000000 → "1m". */
export function sizeLabel(size: number): string {
  if (size % 1_000_000 === 0) return `${size / 1_000_000}m`;
  if (size % 1000 === 0) return `${size / 1000}k`;
  return String(size);
}

export function pgliteTarget(label: string): Target {
  return { kind: 'pglite', dataDir: path.join(benchRoot, '.data', `pglite-${label}`), label };
}

/** The same server as `baseUrl`, another database. */
export function postgresTarget(baseUrl: string, database: string): Target {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return { kind: 'postgres', databaseUrl: url.toString(), label: database };
}

/** Creates the target's database when it does not exist yet; never drops or empties one. Returns whether it created it. */
export async function ensurePostgresDatabase(databaseUrl: string): Promise<boolean> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount) return false;
    await admin.query(`create database "${name.replaceAll('"', '""')}"`);
    return true;
  } finally {
    await admin.end();
  }
}

/** Opens and migrates the target. Loading needs long statements, hence the generous timeout. */
export async function openTarget(target: Target): Promise<OpenTarget> {
  let opened: OpenTarget;
  if (target.kind === 'postgres') {
    if (await ensurePostgresDatabase(target.databaseUrl)) process.stderr.write(`created database ${target.label}\n`);
    opened = {
      database: await openDatabase({ databaseUrl: target.databaseUrl, poolMax: 10, statementTimeoutMs: 600_000 }),
      pglite: null,
    };
  } else {
    const { createPglite } = await import('../src/db/pglite.ts');
    mkdirSync(target.dataDir, { recursive: true });
    const client = await createPglite(target.dataDir);
    opened = { database: await wrapPglite(client), pglite: client };
  }
  await migrateToLatest(opened.database.db);
  return opened;
}

/**
 * The whole environment of a child server on this target, nothing inherited (config.ts alone reads
 * process.env; node is started by absolute path, so not even PATH is needed).
 */
export function serverEnv(target: Target, port: number, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    // Measured as deployed: graphql-js and Express skip their development-time checks in production.
    NODE_ENV: 'production',
    // Measure the server, not the abuse limits: one load generator on loopback is a single "client".
    RATE_LIMIT_REQUESTS_PER_MINUTE: '100000000',
    RATE_LIMIT_MUTATIONS_PER_MINUTE: '100000000',
    ...(target.kind === 'postgres' ? { DATABASE_URL: target.databaseUrl } : { DATA_DIR: target.dataDir }),
    ...extra,
  };
}
