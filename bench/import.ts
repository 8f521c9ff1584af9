import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../src/config.ts';
import { openDatabase, wrapPglite, type Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { createPglite } from '../src/db/pglite.ts';
import { createPartner } from '../src/modules/auth/admin.ts';
import { mapMeetingGuide } from '../src/modules/feeds/formats/meeting-guide.ts';
import { importFeed } from '../src/modules/feeds/import-service.ts';
import { validateDraft } from '../src/modules/partners/validation.ts';
import type { NewListing } from '../src/modules/resources/listing.ts';
import { insertListings } from '../src/modules/resources/write-repository.ts';
import { refreshDueOccurrences } from '../src/modules/schedules/occurrences.ts';
import { fmt, table } from './report.ts';

// `npm run bench -- --import [--records N]`: a Meeting Guide feed of N synthetic weekly meetings imported into an
// empty directory, against the floor the feeds issue sets: a raw batched INSERT of the same rows into resources,
// locations, schedules and resource_topics. Then the same feed again (unchanged: reads only).

const CITIES = [
  { city: 'London', country: 'GB', lat: 51.5074, lng: -0.1278, tz: 'Europe/London' },
  { city: 'Leeds', country: 'GB', lat: 53.8008, lng: -1.5491, tz: 'Europe/London' },
  { city: 'Chicago', country: 'US', state: 'IL', lat: 41.8781, lng: -87.6298, tz: 'America/Chicago' },
  { city: 'Rehoboth Beach', country: 'US', state: 'DE', lat: 38.7209, lng: -75.076, tz: 'America/New_York' },
  { city: 'Dublin', country: 'IE', lat: 53.3498, lng: -6.2603, tz: 'Europe/Dublin' },
];
const TYPES = ['O', 'C', 'D', 'X', 'W', 'M', 'Y', 'S', 'B', 'SP', 'LGBTQ', 'ASL'];

export function syntheticFeed(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const c = CITIES[i % CITIES.length]!;
    const hour = 7 + (i % 14);
    return {
      slug: `bench-${i}`,
      name: `Bench meeting ${i}`,
      day: i % 3 === 0 ? [i % 7, (i + 3) % 7] : i % 7,
      time: `${String(hour).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
      end_time: `${String(hour + 1).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
      timezone: c.tz,
      types: [TYPES[i % TYPES.length]!, TYPES[(i * 7) % TYPES.length]!],
      location: `Hall ${i}`,
      address: `${i + 1} Bench Street`,
      city: c.city,
      ...(c.state ? { state: c.state } : {}),
      country: c.country,
      latitude: c.lat + ((i % 100) - 50) / 1000,
      longitude: c.lng + ((Math.floor(i / 100) % 100) - 50) / 1000,
      approximate: i % 10 === 0 ? 'yes' : 'no',
      attendance_option: 'in_person',
      notes: `Synthetic meeting ${i} for the import benchmark.`,
    };
  });
}

async function fresh(config: Config): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (!config.databaseUrl) {
    const database = await wrapPglite(await createPglite('memory://', { fromDemoTemplate: false }));
    await migrateToLatest(database.db);
    return { database, drop: async () => {} };
  }
  const url = new URL(config.databaseUrl);
  const name = `peer_atlas_bench_import_${process.pid}`;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`create database "${name}"`);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolMax: 4, statementTimeoutMs: 0 });
  await migrateToLatest(database.db);
  return {
    database,
    drop: async () => {
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

export async function runImportBench(config: Config, records: number) {
  const feed = syntheticFeed(records);
  const dir = mkdtempSync(path.join(tmpdir(), 'pa-bench-import-'));
  const file = path.join(dir, 'feed.json');
  writeFileSync(file, JSON.stringify(feed));
  const { database, drop } = await fresh(config);
  try {
    const floorOrg = await createPartner(database.db, { name: 'floor', trusted: true });
    const importOrg = await createPartner(database.db, { name: 'import', trusted: true });
    // The floor: the same listings (mapped and validated beforehand, outside the timing) inserted in batches.
    const now = new Date();
    const listings: NewListing[] = feed.map((m, i) => {
      const mapped = mapMeetingGuide(m, i, { timeZone: null, topics: [] });
      const v = validateDraft(mapped.input!, floorOrg.organizationId, { topicExists: () => true, now });
      return { ...v.listing!, externalId: `floor-${i}`, status: 'PUBLISHED' };
    });
    let t = performance.now();
    await database.db.transaction().execute((trx) => insertListings(trx, listings));
    const floorMs = performance.now() - t;

    t = performance.now();
    const first = await importFeed(database.db, {
      format: 'meeting-guide',
      location: file,
      partnerKeyId: importOrg.keyId,
      limits: { timeoutMs: 60_000, maxBytes: 1e9, allowPrivate: true },
    });
    const importMs = performance.now() - t;
    // The background part: the occurrence job the import scheduled (upcoming meetings of the new listings).
    t = performance.now();
    await refreshDueOccurrences(database.db);
    const occurrencesMs = performance.now() - t;
    t = performance.now();
    const again = await importFeed(database.db, {
      format: 'meeting-guide',
      location: file,
      partnerKeyId: importOrg.keyId,
      limits: { timeoutMs: 60_000, maxBytes: 1e9, allowPrivate: true },
    });
    const unchangedMs = performance.now() - t;
    const result = {
      database: database.kind,
      records,
      floorMs: Math.round(floorMs),
      importMs: Math.round(importMs),
      unchangedMs: Math.round(unchangedMs),
      ratio: Math.round((importMs / floorMs) * 100) / 100,
      occurrencesMs: Math.round(occurrencesMs),
      created: first.created,
      skipped: first.skipped.length,
      unchangedCount: again.unchanged,
    };
    console.log(
      `\nimport: ${records} Meeting Guide records into an empty ${database.kind} directory (target: ≤ 3× the raw batched INSERT)`,
    );
    console.log(
      table(
        ['step', 'ms', 'records/s', '× floor'],
        [
          ['raw batched INSERT (floor)', result.floorMs, fmt((records / floorMs) * 1000, 0), '1.00'],
          ['import (created)', result.importMs, fmt((records / importMs) * 1000, 0), fmt(result.ratio, 2)],
          [
            'occurrence job (background, after)',
            Math.round(occurrencesMs),
            fmt((records / occurrencesMs) * 1000, 0),
            fmt(occurrencesMs / floorMs, 2),
          ],
          [
            're-import (unchanged)',
            result.unchangedMs,
            fmt((records / unchangedMs) * 1000, 0),
            fmt(unchangedMs / floorMs, 2),
          ],
        ],
      ),
    );
    return result;
  } finally {
    await database.close();
    await drop();
    rmSync(dir, { recursive: true, force: true });
  }
}
