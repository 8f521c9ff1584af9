import { sql } from 'kysely';
import { generateDemo } from '../db/seeds/demo.ts';
import type { Db } from '../src/db/database.ts';
import { insertOrganization } from '../src/modules/organizations/repository.ts';
import { insertListings, refreshSearch } from '../src/modules/resources/write-repository.ts';
import { materializeOccurrences } from '../src/modules/schedules/occurrences.ts';

// Loads a benchmark data set (the demo generator at scale) into a migrated database, for the benchmark, the
// soak test and the plan test. Each chunk is its own transaction and records itself as done in app_settings
// inside that same transaction, so an interrupted load resumes where it stopped and a complete one is reused
// instead of reloaded. The database may hold other data: the set is found by its markers only.

export const DEFAULT_SEED = 20261125;
/** A multiple of the 30 demo cities, so every chunk spreads listings evenly over them. */
export const DEFAULT_CHUNK = 6000;

export interface DatasetOptions {
  size: number;
  seed?: number;
  chunkSize?: number;
  /**
   * Chunks written at once, each on its own connection: 2 overlaps one chunk's recurrence expansion (in
   * this process) with another's inserts (in the database). Must be 1 on PGlite, which has one session.
   */
  parallel?: number;
  /** Called after each chunk; default prints a progress line to stderr. */
  onProgress?: (p: { loaded: number; size: number; ms: number }) => void;
}

export interface Dataset {
  /** External-id prefix of the set's listings: `<prefix>-c<chunk>-<n>`. */
  prefix: string;
  size: number;
  seed: number;
  organizationIds: number[];
  /** Listings written by this call (0 when the set was already complete). */
  loadedNow: number;
  loadMs: number;
}

interface Marker {
  size: number;
  seed: number;
  chunkSize: number;
  organizationIds: number[];
  today: string;
}

export const datasetPrefix = (size: number, seed: number) => `bench-${seed}-${size}`;
const markerKey = (prefix: string) => `bench_dataset:${prefix}`;
const chunkKey = (prefix: string, k: number) => `bench_dataset:${prefix}:chunk:${k}`;

const printProgress = ({ loaded, size, ms }: { loaded: number; size: number; ms: number }) => {
  const rate = loaded / Math.max(ms / 1000, 0.001);
  process.stderr.write(
    `  loaded ${loaded}/${size} (${Math.round((100 * loaded) / size)}%) in ${(ms / 1000).toFixed(1)} s, ${Math.round(rate)} listings/s\n`,
  );
};

// Serialises loaders of the same set or chunk across processes (PostgreSQL) and connections.
const lock = (key: string) => sql`select pg_advisory_xact_lock(hashtext(${key}))`;

async function setting(db: Db, key: string): Promise<string | null> {
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value ?? null;
}

/** Creates the set's organisations and marker once. */
async function start(db: Db, prefix: string, size: number, seed: number, chunkSize: number): Promise<Marker> {
  return db.transaction().execute(async (trx) => {
    await lock(markerKey(prefix)).execute(trx);
    const existing = await setting(trx, markerKey(prefix));
    if (existing) return JSON.parse(existing) as Marker;
    const { organizations } = generateDemo({ seed, count: 0 });
    const organizationIds: number[] = [];
    for (const org of organizations) organizationIds.push(await insertOrganization(trx, org));
    const marker: Marker = { size, seed, chunkSize, organizationIds, today: new Date().toISOString() };
    await trx
      .insertInto('app_settings')
      .values({ key: markerKey(prefix), value: JSON.stringify(marker) })
      .execute();
    return marker;
  });
}

/** Writes chunk k unless it is already there; returns the listings written. */
async function loadChunk(db: Db, prefix: string, marker: Marker, k: number): Promise<number> {
  const count = Math.min(marker.chunkSize, marker.size - k * marker.chunkSize);
  // Chunk k is generated from seed + k, so any chunk can be (re)made without generating those before it.
  const { listings } = generateDemo({
    seed: marker.seed + k,
    count,
    today: new Date(marker.today),
    externalPrefix: `${prefix}-c${k}`,
  });
  return db.transaction().execute(async (trx) => {
    await lock(chunkKey(prefix, k)).execute(trx);
    if (await setting(trx, chunkKey(prefix, k))) return 0;
    const ids = await insertListings(
      trx,
      listings.map(({ organizationIndex, ...l }) => ({
        ...l,
        organizationId: marker.organizationIds[organizationIndex]!,
      })),
    );
    await refreshSearch(trx, ids);
    await materializeOccurrences(trx, ids);
    await trx
      .insertInto('app_settings')
      .values({ key: chunkKey(prefix, k), value: 'done' })
      .execute();
    return ids.length;
  });
}

/** Makes sure the data set of this size and seed is fully loaded; loads only what is missing. */
export async function ensureDataset(db: Db, options: DatasetOptions): Promise<Dataset> {
  const seed = options.seed ?? DEFAULT_SEED;
  const size = options.size;
  const prefix = datasetPrefix(size, seed);
  const progress = options.onProgress ?? printProgress;
  const started = performance.now();
  const marker = await start(db, prefix, size, seed, options.chunkSize ?? DEFAULT_CHUNK);
  const chunks = Math.ceil(size / marker.chunkSize);
  const done = await db
    .selectFrom('app_settings')
    .select('key')
    .where('key', 'like', `${chunkKey(prefix, 0).slice(0, -1)}%`)
    .execute();
  const doneKeys = new Set(done.map((d) => d.key));
  const todo = Array.from({ length: chunks }, (_, k) => k).filter((k) => !doneKeys.has(chunkKey(prefix, k)));
  let loadedNow = 0;
  let finished = chunks - todo.length;
  const worker = async () => {
    for (let k = todo.shift(); k !== undefined; k = todo.shift()) {
      const wrote = await loadChunk(db, prefix, marker, k); // not `loadedNow += await …`: workers would lose updates
      loadedNow += wrote;
      finished++;
      progress({ loaded: Math.min(size, finished * marker.chunkSize), size, ms: performance.now() - started });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.parallel ?? 1) }, worker));
  // Fresh statistics, or the planner judges the new rows by an empty table. And the visibility map of every
  // table, which autovacuum sets some time after a bulk load (insert-only tables only once enough rows came in):
  // until then an index-only scan visits the heap for every row (a topic browse checks its topics that way) and
  // the planner reads all of a word's text postings by bitmap and sorts them instead of walking the index. The
  // bench measures the steady state of a database in service.
  if (loadedNow) await sql`vacuum (analyze)`.execute(db);
  return {
    prefix,
    size,
    seed,
    organizationIds: marker.organizationIds,
    loadedNow,
    loadMs: performance.now() - started,
  };
}

/** Some published, located listings of the set, optionally of one kind (for by-id reads). */
export async function sampleListingIds(db: Db, dataset: Dataset, n: number, kind?: string): Promise<number[]> {
  let q = db
    .selectFrom('resources')
    .innerJoin('locations', 'locations.resource_id', 'resources.id')
    .select('resources.id')
    .where('resources.organization_id', '=', (eb) => eb.fn.any(eb.val(dataset.organizationIds)))
    .where('resources.status', '=', 'PUBLISHED')
    .where('resources.external_id', 'like', `${dataset.prefix}-c0-%`);
  if (kind) q = q.where('resources.kind', '=', kind);
  const rows = await q.orderBy('resources.id').limit(n).execute();
  return rows.map((r) => r.id);
}
