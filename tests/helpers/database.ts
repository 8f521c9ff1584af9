import pg from 'pg';
import { openDatabase, wrapPglite, type Database } from '../../src/db/database.ts';
import { analyze } from '../../src/db/maintenance.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { createPglite } from '../../src/db/pglite.ts';
import { seedIfEmpty } from '../../src/modules/demo/seed.ts';
import { refreshDueOccurrences } from '../../src/modules/schedules/occurrences.ts';

// One real database per test worker: PGlite in memory by default, or a fresh database on the PostgreSQL
// server named by DATABASE_URL. Migrated and loaded with the demo data set; tests add their own data on top.

let shared: Promise<Database> | undefined;

export function testDatabase(): Promise<Database> {
  return (shared ??= open());
}

export const usingPostgres = () => Boolean(process.env.DATABASE_URL);

async function open(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  let database: Database;
  if (url) {
    const target = new URL(url);
    const name = `${target.pathname.slice(1)}_w${process.env.VITEST_POOL_ID ?? '0'}_${process.pid}`;
    const admin = new URL(url);
    admin.pathname = '/postgres';
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
    await client.end();
    target.pathname = `/${name}`;
    database = await openDatabase({ databaseUrl: target.toString(), poolMax: 10, statementTimeoutMs: 30_000 });
  } else {
    database = await wrapPglite(await createPglite('memory://', { fromDemoTemplate: true }));
  }
  await migrateToLatest(database.db);
  await seedIfEmpty(database.db);
  await refreshDueOccurrences(database.db);
  await analyze(database.db);
  return database;
}

/** Counts SQL statements sent while fn runs (one request at a time in these tests). */
let counter: { n: number; texts: string[] } | null = null;
let observing = false;

export async function countStatements<T>(
  database: Database,
  fn: () => Promise<T>,
): Promise<{ result: T; statements: number; texts: string[] }> {
  if (!observing) {
    database.observe((event) => {
      if (counter) {
        counter.n++;
        counter.texts.push(event.query.sql);
      }
    });
    observing = true;
  }
  counter = { n: 0, texts: [] };
  try {
    const result = await fn();
    return { result, statements: counter.n, texts: counter.texts };
  } finally {
    counter = null;
  }
}
