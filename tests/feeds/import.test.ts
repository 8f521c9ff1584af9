import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { nominatimGeocoder } from '../../src/modules/feeds/geocoder.ts';
import { importFeed, type ImportOptions } from '../../src/modules/feeds/import-service.ts';
import { testDatabase } from '../helpers/database.ts';
import { partner } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { fixture } from '../helpers/shared-fixtures.ts';
import { graphql } from '../generated/index.ts';

const MG = fixture('meeting-guide', 'sussexaa.json');
const HSDS = fixture('hsds3');
const limits = { timeoutMs: 2_000, maxBytes: 5_000_000, allowPrivate: true };

let database: Database;
let server: TestServer;
let geocoderServer: Server;
let geocoderUrl: string;
let geocoderCalls = 0;
const tmp = mkdtempSync(path.join(tmpdir(), 'pa-feeds-'));

beforeAll(async () => {
  database = await testDatabase();
  server = await startTestServer();
  // A Nominatim-compatible fake on loopback: every address is in Springfield, Illinois.
  geocoderServer = createServer((req, res) => {
    geocoderCalls++;
    const q = new URL(req.url!, 'http://x').searchParams.get('q') ?? '';
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(q.includes('Nowhere') ? [] : [{ lat: '39.7817', lon: '-89.6501', display_name: q }]));
  });
  await new Promise<void>((r) => geocoderServer.listen(0, '127.0.0.1', r));
  geocoderUrl = `http://127.0.0.1:${(geocoderServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await server.close();
  await new Promise((r) => geocoderServer.close(r));
});

const run = (keyId: string, o: Partial<ImportOptions> = {}) =>
  importFeed(database.db, { format: 'meeting-guide', location: MG, partnerKeyId: keyId, limits, ...o });

async function versions(orgId: number) {
  return database.db
    .selectFrom('resources')
    .select(['external_id', 'version', 'status', 'updated_at'])
    .where('organization_id', '=', orgId)
    .orderBy('external_id')
    .execute();
}

describe('Meeting Guide import (sussexaa.json)', () => {
  it('imports every meeting, field by field, with next meetings in local time', async () => {
    const p = await partner(database, { trusted: true });
    const s = await run(p.keyId);
    expect(s).toMatchObject({ created: 123, updated: 0, unchanged: 0, archived: 0 });
    expect(s.skipped).toEqual([]);
    const q = graphql(`
      query ImportCount($id: ID!) {
        organization(id: $id) {
          resources(first: 100) {
            totalCount
          }
        }
      }
    `);
    expect((await server.gql(q, { id: p.organizationGid })).data.organization!.resources.totalCount).toBe(123);

    const row = await database.db
      .selectFrom('resources')
      .selectAll()
      .where('organization_id', '=', p.organizationId)
      .where('external_id', '=', 'rehoboth-beach-speaker')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      name: 'Rehoboth Beach Speaker',
      format: 'IN_PERSON',
      kind: 'PEER_GROUP',
      status: 'PUBLISHED',
      languages: ['en'],
    });
    const loc = await database.db
      .selectFrom('locations')
      .selectAll()
      .where('resource_id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(loc).toMatchObject({
      name: "All Saints' Episcopal Church",
      address: '18 Olive Ave',
      locality: 'Rehoboth Beach',
      region: 'US-DE',
      postal_code: '19971',
      country: 'US',
      approximate: false,
    });
    const sched = await database.db
      .selectFrom('schedules')
      .selectAll()
      .where('resource_id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(sched).toMatchObject({
      rrule: 'FREQ=WEEKLY;BYDAY=SU',
      time_zone: 'America/New_York',
      start_time: '19:00',
      duration_minutes: 60,
    });
    const imp = await database.db
      .selectFrom('resource_imports')
      .selectAll()
      .where('resource_id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(imp.type_codes).toEqual(['O', 'SP']);

    // Spanish, women, step-free, online: codes become fields and stay as codes.
    const es = await database.db
      .selectFrom('resources')
      .select(['languages'])
      .where('organization_id', '=', p.organizationId)
      .where('external_id', '=', 'lunes-nueva-generacion')
      .executeTakeFirstOrThrow();
    expect(es.languages).toEqual(['es']);
    const online = await database.db
      .selectFrom('resources')
      .select(['id', 'format', 'url', 'audiences'])
      .where('organization_id', '=', p.organizationId)
      .where('external_id', '=', 'recovering-sisters-tuesday')
      .executeTakeFirstOrThrow();
    expect(online).toMatchObject({ format: 'ONLINE', audiences: ['WOMEN'] });
    expect(online.url).toMatch(/^https:\/\/us02web\.zoom\.us\/j\/83985035184/);
    expect(
      await database.db
        .selectFrom('locations')
        .select('resource_id')
        .where('resource_id', '=', online.id)
        .executeTakeFirst(),
    ).toBeUndefined();

    // The listing model: O/C → who may attend, TC → temporarily online, conference link and phone → online access.
    const tc = await server.gql(
      graphql(`
        query ImportTypeCodes($e: String!) {
          resourceByExternalId(externalId: $e) {
            typeCodes
            operationalStatus
            eligibility {
              attendance
            }
            online {
              joinUrl
              dialIn {
                number
                notes
              }
            }
          }
        }
      `),
      { e: 'early-birds-absi' },
      p.token,
    );
    expect(tc.data.resourceByExternalId).toMatchObject({
      typeCodes: ['ABSI', 'LIT', 'O', 'X', 'ONL', 'TC'],
      operationalStatus: 'TEMPORARILY_ONLINE',
      eligibility: { attendance: 'ANYONE' },
      online: {
        joinUrl: expect.stringMatching(/^https:\/\/zoom\.us\/j\/976368599/),
        dialIn: [{ number: '+16465588656,,976368599#,,#,19930#' }],
      },
    });
    const next = await server.gql(
      graphql(`
        query ImportNextMeetings($id: ID!) {
          resource(id: $id) {
            __typename
            ... on PeerGroup {
              nextMeetings(first: 2) {
                startsAt
                timeZone
              }
            }
          }
        }
      `),
      { id: Buffer.from(`Resource:${row.id}`).toString('base64url') },
    );
    const group = next.data.resource;
    if (group?.__typename !== 'PeerGroup') throw new Error(`expected a PeerGroup, got ${group?.__typename}`);
    const meetings = group.nextMeetings;
    expect(meetings).toHaveLength(2);
    for (const m of meetings) {
      const local = new Intl.DateTimeFormat('en-US', {
        timeZone: 'America/New_York',
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
      }).format(new Date(m.startsAt));
      expect(local).toBe('Sun 19:00');
      expect(m.timeZone).toBe('America/New_York');
    }
  });

  it('re-imports an unchanged feed without a single write; a removed meeting is archived; dry runs write nothing', async () => {
    const p = await partner(database, { trusted: true });
    await run(p.keyId);
    const before = await versions(p.organizationId);
    const history = async () =>
      Number(
        (
          await database.db
            .selectFrom('resource_history as h')
            .innerJoin('resources as r', 'r.id', 'h.resource_id')
            .where('r.organization_id', '=', p.organizationId)
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const h0 = await history();
    const writes: string[] = [];
    database.observe((e) => {
      if (/^\s*(insert|update|delete)/i.test(e.query.sql)) writes.push(e.query.sql.slice(0, 40));
    });
    const again = await run(p.keyId);
    const writesDuring = writes.length;
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 123, archived: 0, skipped: [] });
    expect(writesDuring).toBe(0);
    expect(await versions(p.organizationId)).toEqual(before);
    expect(await history()).toBe(h0);

    // The same feed without one meeting and with another renamed, first as a dry run.
    const feed = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(MG, 'utf8'))) as Array<
      Record<string, unknown>
    >;
    const changed = feed
      .filter((m) => m.slug !== 'rehoboth-beach-speaker')
      .map((m) => (m.slug === 'lunes-nueva-generacion' ? { ...m, name: 'Lunes Nueva Generación' } : m));
    const file = path.join(tmp, 'sussexaa.json');
    writeFileSync(file, JSON.stringify(changed));
    const dry = await run(p.keyId, { location: file, dryRun: true });
    expect(dry).toMatchObject({ created: 0, updated: 1, unchanged: 121, archived: 1 });
    expect(await versions(p.organizationId)).toEqual(before);

    const real = await run(p.keyId, { location: file });
    expect(real).toMatchObject({ created: 0, updated: 1, unchanged: 121, archived: 1 });
    const after = new Map((await versions(p.organizationId)).map((r) => [r.external_id, r]));
    expect(after.get('rehoboth-beach-speaker')).toMatchObject({ status: 'ARCHIVED', version: 2 });
    expect(after.get('lunes-nueva-generacion')).toMatchObject({ status: 'PUBLISHED', version: 2 });
    const h = await database.db
      .selectFrom('resource_history as h')
      .innerJoin('resources as r', 'r.id', 'h.resource_id')
      .select(['h.actor_role', 'h.action'])
      .where('r.external_id', '=', 'lunes-nueva-generacion')
      .where('r.organization_id', '=', p.organizationId)
      .orderBy('h.id')
      .execute();
    expect(h.map((x) => `${x.actor_role}:${x.action}`)).toEqual(['import:CREATED', 'import:UPDATED']);

    // Back in the feed: listed again.
    const back = await run(p.keyId, { location: MG, source: 'sussexaa.json' });
    expect(back).toMatchObject({ updated: 2, unchanged: 121, archived: 0 });
  });

  it("an untrusted partner's import waits for review, and a taken-down listing is skipped", async () => {
    const p = await partner(database, { trusted: false });
    expect(await run(p.keyId)).toMatchObject({ created: 123 });
    expect(new Set((await versions(p.organizationId)).map((r) => r.status))).toEqual(new Set(['PENDING']));
    const row = await database.db
      .selectFrom('resources')
      .select('id')
      .where('organization_id', '=', p.organizationId)
      .where('external_id', '=', 'rehoboth-beach-speaker')
      .executeTakeFirstOrThrow();
    await database.db
      .updateTable('resources')
      .set({ status: 'ARCHIVED', taken_down_at: new Date() })
      .where('id', '=', row.id)
      .execute();
    const s = await run(p.keyId);
    expect(s.unchanged).toBe(122);
    expect(s.skipped).toEqual([expect.objectContaining({ ref: 'rehoboth-beach-speaker', reason: 'TAKEN_DOWN' })]);
    expect(
      (await database.db.selectFrom('resources').select('status').where('id', '=', row.id).executeTakeFirstOrThrow())
        .status,
    ).toBe('ARCHIVED');
  });

  it('skips messy records with a reason and keeps the rest; a clash with a hand-made listing is DUPLICATE_EXTERNAL_ID', async () => {
    const p = await partner(database, { trusted: true });
    const file = path.join(tmp, 'messy.json');
    writeFileSync(
      file,
      JSON.stringify([
        {
          slug: 'monday',
          name: 'Word day',
          day: 'Monday',
          time: '19:00',
          latitude: 51.5,
          longitude: -0.12,
          formatted_address: '1 High St, London, UK',
        },
        {
          slug: 'strings',
          name: 'String coords',
          day: ['1', 3],
          time: '7:30 pm',
          end_time: '8:45 pm',
          latitude: '51.5074',
          longitude: '-0.1278',
          address: '1 Street',
          city: 'London',
          country: 'GB',
        },
        { slug: 'appointment', name: 'By appointment', latitude: 51.5, longitude: -0.1 },
        {
          slug: 'inactive',
          name: 'Gone quiet',
          day: 2,
          time: '10:00',
          attendance_option: 'inactive',
          latitude: 51.5,
          longitude: -0.1,
        },
        { slug: 'nowhere', name: 'No place', day: 2, time: '10:00', address: '5 Nowhere Lane', city: 'Nowhere' },
        {
          slug: 'geo',
          name: 'Geocoded',
          day: 4,
          time: '18:00',
          formatted_address: '100 Main St, Springfield, IL 62701, USA',
          types: ['X', 'ZZ-CUSTOM'],
        },
        { slug: 'strings', name: 'Twice', day: 1, time: '10:00', latitude: 51.5, longitude: -0.1 },
      ]),
    );
    const calls = geocoderCalls;
    const s = await run(p.keyId, { location: file, geocoder: nominatimGeocoder(geocoderUrl, { minIntervalMs: 0 }) });
    expect(s.created).toBe(3);
    const reasons = Object.fromEntries(s.skipped.map((x) => [x.ref, x.reason]));
    expect(reasons).toEqual({
      monday: 'INVALID',
      appointment: 'NO_SCHEDULE',
      nowhere: 'NO_LOCATION',
      strings: 'DUPLICATE_EXTERNAL_ID',
    });
    // An inactive meeting is listed as paused (left out of searches by default), not dropped.
    const paused = await database.db
      .selectFrom('resources')
      .selectAll()
      .where('organization_id', '=', p.organizationId)
      .where('external_id', '=', 'inactive')
      .executeTakeFirstOrThrow();
    expect((paused as Record<string, unknown>).operational_status).toBe('PAUSED');
    expect(s.skipped.find((x) => x.ref === 'monday')!.message).toMatch(/day "Monday" is not a day number/);
    expect(s.created + s.updated + s.unchanged + s.skipped.length).toBe(7);
    expect(geocoderCalls - calls).toBe(2);
    const sched = await database.db
      .selectFrom('schedules as s')
      .innerJoin('resources as r', 'r.id', 's.resource_id')
      .select(['s.rrule', 's.start_time', 's.duration_minutes', 's.time_zone'])
      .where('r.organization_id', '=', p.organizationId)
      .where('r.external_id', '=', 'strings')
      .executeTakeFirstOrThrow();
    expect(sched).toEqual({
      rrule: 'FREQ=WEEKLY;BYDAY=MO,WE',
      start_time: '19:30',
      duration_minutes: 75,
      time_zone: 'Europe/London',
    });
    const geo = await database.db
      .selectFrom('locations as l')
      .innerJoin('resources as r', 'r.id', 'l.resource_id')
      .innerJoin('resource_imports as i', 'i.resource_id', 'r.id')
      .select(['l.latitude', 'l.region', 'r.accessibility', 'i.type_codes'])
      .where('r.organization_id', '=', p.organizationId)
      .where('r.external_id', '=', 'geo')
      .executeTakeFirstOrThrow();
    expect(geo).toEqual({
      latitude: 39.7817,
      region: 'US-IL',
      accessibility: ['STEP_FREE_ACCESS'],
      type_codes: ['X', 'ZZ-CUSTOM'],
    });

    // Another partner listing with a feed id of its own, made by hand, is not taken over.
    const q = await partner(database, { trusted: true });
    await run(q.keyId, {
      location: file,
      source: 'first',
      geocoder: nominatimGeocoder(geocoderUrl, { minIntervalMs: 0 }),
    });
    const other = await run(q.keyId, {
      location: file,
      source: 'second',
      geocoder: nominatimGeocoder(geocoderUrl, { minIntervalMs: 0 }),
    });
    expect(
      other.skipped
        .filter((x) => x.reason === 'DUPLICATE_EXTERNAL_ID')
        .map((x) => x.ref)
        .sort(),
    ).toEqual(['geo', 'inactive', 'strings', 'strings']);
  });
});

describe('broken input: one clear error, nothing written', () => {
  const count = async (orgId: number) =>
    Number(
      (
        await database.db
          .selectFrom('resources')
          .where('organization_id', '=', orgId)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('invalid JSON names the file and the position', async () => {
    const p = await partner(database);
    const file = path.join(tmp, 'broken.json');
    writeFileSync(file, '[\n  {"slug": "a", "day": 1,\n  "time": }\n]');
    await expect(run(p.keyId, { location: file })).rejects.toThrow(
      /broken\.json \(line 3, column \d+\): not valid JSON/,
    );
    await expect(run(p.keyId, { location: path.join(tmp, 'none.json') })).rejects.toThrow(/no such file/);
    expect(await count(p.organizationId)).toBe(0);
  });

  it('the wrong format is refused either way round', async () => {
    const p = await partner(database);
    await expect(run(p.keyId, { location: `${HSDS}/service_list.json` })).rejects.toThrow(
      /not a Meeting Guide feed.*HSDS/,
    );
    await expect(run(p.keyId, { format: 'hsds' })).rejects.toThrow(/Meeting Guide feed/);
    await expect(run(p.keyId, { format: 'hsds', location: `${HSDS}/taxonomy.json` })).rejects.toThrow(
      /not an HSDS 3.0 document/,
    );
    expect(await count(p.organizationId)).toBe(0);
  });

  it('a 50 MB file is over the size limit', async () => {
    const p = await partner(database);
    const file = path.join(tmp, 'huge.json');
    writeFileSync(file, `[${'{"slug":"x","name":"y"},'.repeat(2_200_000)}{}]`);
    await expect(run(p.keyId, { location: file, limits: { ...limits, maxBytes: 20_000_000 } })).rejects.toThrow(
      /over the limit of 20000000/,
    );
    expect(await count(p.organizationId)).toBe(0);
  });

  it('a URL that does not answer in time, and a private address without FEEDS_ALLOW_PRIVATE', async () => {
    const p = await partner(database);
    const slow = createServer((_req, res) => setTimeout(() => res.end('[]'), 5_000));
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/feed.json`;
    try {
      await expect(run(p.keyId, { location: url, limits: { ...limits, timeoutMs: 300 } })).rejects.toThrow(
        /no answer within 300 ms/,
      );
      await expect(run(p.keyId, { location: url, limits: { ...limits, allowPrivate: false } })).rejects.toThrow(
        /private or loopback/,
      );
    } finally {
      slow.closeAllConnections();
      await new Promise((r) => slow.close(r));
    }
    expect(await count(p.organizationId)).toBe(0);
  });

  it('a key that is not an active partner key', async () => {
    await expect(run('pa_nosuchkey')).rejects.toThrow(/no key pa_nosuchkey/);
  });
});

describe('HSDS 3.0 examples', () => {
  const geocoder = () => nominatimGeocoder(geocoderUrl, { minIntervalMs: 0 });
  it.each([
    ['service_full.json', 1],
    ['service_list.json', 1],
    ['organization_full.json', 1],
    ['organization_list.json', 0],
    ['service_at_location_full.json', 1],
    ['service_at_location_list.json', 0],
    ['csv', 1],
    ['tabular.json', 1],
    ['csv/datapackage.json', 1],
  ])('%s', async (file, created) => {
    const p = await partner(database, { trusted: true });
    const s = await importFeed(database.db, {
      format: 'hsds',
      location: `${HSDS}/${file}`,
      partnerKeyId: p.keyId,
      limits,
      geocoder: geocoder(),
      source: 'ex',
    });
    expect(s.created).toBe(created);
    expect(s.created + s.skipped.length).toBe(file === 'organization_list.json' ? 0 : 1);
    const again = await importFeed(database.db, {
      format: 'hsds',
      location: `${HSDS}/${file}`,
      partnerKeyId: p.keyId,
      limits,
      geocoder: geocoder(),
      source: 'ex',
    });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: created, archived: 0 });
    if (!created) return;
    const row = await database.db
      .selectFrom('resources')
      .selectAll()
      .where('organization_id', '=', p.organizationId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      external_id: 'ac148810-d857-441c-9679-408f346de14b',
      name: 'Community Counselling',
      kind: 'PEER_GROUP',
      status: 'PUBLISHED',
    });
    if (file === 'service_list.json') return expect(row.format).toBe('ONLINE');
    expect(row.languages).toEqual(['ur']);
    expect(row.accessibility).toEqual(['STEP_FREE_ACCESS', 'HEARING_LOOP']);
    const loc = await database.db
      .selectFrom('locations')
      .selectAll()
      .where('resource_id', '=', row.id)
      .executeTakeFirstOrThrow();
    // The example's point (100, 101) is out of range: the address was geocoded.
    expect(loc).toMatchObject({
      name: 'MyCity Civic Center',
      address: '1-30 Main Street, MyVillage',
      locality: 'MyCity',
      postal_code: 'ABC 1234',
      country: 'US',
      latitude: 39.7817,
    });
    // Its schedule ended in 2005: listed without meeting times.
    expect(
      await database.db.selectFrom('schedules').select('rrule').where('resource_id', '=', row.id).executeTakeFirst(),
    ).toBeUndefined();
  });

  it('without a geocoder the example is skipped with the reason', async () => {
    const p = await partner(database, { trusted: true });
    const s = await importFeed(database.db, { format: 'hsds', location: `${HSDS}/csv`, partnerKeyId: p.keyId, limits });
    expect(s.skipped).toEqual([
      expect.objectContaining({ ref: 'ac148810-d857-441c-9679-408f346de14b', reason: 'NO_LOCATION' }),
    ]);
  });
});
