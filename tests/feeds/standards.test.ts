import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobRunner, ensureJob } from '../../src/jobs/runner.ts';
import { createLogger } from '../../src/logger.ts';
import { addFeed, pullFeed } from '../../src/modules/feeds/feed-service.ts';
import { importFeed } from '../../src/modules/feeds/import-service.ts';
import { hsdsId } from '../../src/modules/standards/hsds.ts';
import { partner } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { fixture } from '../helpers/shared-fixtures.ts';

const SCHEMAS = fixture('hsds3', 'schema');
const limits = { timeoutMs: 3_000, maxBytes: 10_000_000, allowPrivate: true };
let server: TestServer;
let mine: Set<string>;
let myOrg: number;

beforeAll(async () => {
  server = await startTestServer();
  const p = await partner(server.database, { trusted: true });
  await importFeed(server.database.db, {
    format: 'meeting-guide',
    location: fixture('meeting-guide', 'sussexaa.json'),
    partnerKeyId: p.keyId,
    limits,
    source: 'standards-test',
  });
  myOrg = p.organizationId;
  mine = new Set(
    (
      await server.database.db
        .selectFrom('resources')
        .select('id')
        .where('organization_id', '=', p.organizationId)
        .execute()
    ).map((r) => `pa-${r.id}`),
  );
});
afterAll(() => server.close());

const get = async (path: string) => {
  // A kept-alive connection the server closes just as it is reused (slow, shared machine): retry once.
  const res = await fetch(`${server.url}${path}`).catch(() => fetch(`${server.url}${path}`));
  return { status: res.status, body: (await res.json()) as any, cors: res.headers.get('access-control-allow-origin') };
};

describe('HSDS API 3.0', () => {
  const ajv = new Ajv2020({ strict: false, validateFormats: false });
  for (const f of readdirSync(SCHEMAS).filter((f) => f.endsWith('.json') && f !== 'openapi.json'))
    ajv.addSchema(JSON.parse(readFileSync(`${SCHEMAS}/${f}`, 'utf8')), f);
  const check = (schema: string, value: unknown) => {
    const ok = ajv.validate(schema, value);
    expect(ok, JSON.stringify(ajv.errors?.slice(0, 3))).toBe(true);
  };

  it('every endpoint answers objects that validate, in the paging envelope, public only', async () => {
    const root = await get('/hsds/');
    expect(root.body.version).toBe('3.0');
    expect(root.cors).toBe('*');
    const services = await get('/hsds/services?per_page=50&full=true');
    expect(services.body).toMatchObject({ page_number: 1, size: 50, first_page: true, empty: false });
    expect(services.body.total_items).toBeGreaterThanOrEqual(123);
    for (const s of services.body.contents) check('service.json', s);
    const one = services.body.contents.find((s: any) => s.service_at_locations.length);
    const full = await get(`/hsds/services/${one.id}`);
    check('service.json', full.body);
    expect(full.body.id).toBe(one.id);
    expect((await get('/hsds/services/00000000-0000-5000-8000-000000000000')).status).toBe(404);
    for (const s of (await get('/hsds/service_at_locations?per_page=20')).body.contents)
      check('service_at_location.json', s);
    for (const o of (await get('/hsds/organizations')).body.contents) check('organization.json', o);
    const org = (await get('/hsds/organizations')).body.contents[0];
    check('organization.json', (await get(`/hsds/organizations/${org.id}`)).body);
    for (const t of (await get('/hsds/taxonomies')).body.contents) check('taxonomy.json', t);
    const terms = (await get('/hsds/taxonomy_terms?per_page=100')).body.contents;
    for (const t of terms) check('taxonomy_term.json', t);
    const alcohol = terms.find((t: any) => t.code === 'addiction-and-recovery');
    const filtered = await get(`/hsds/services?taxonomy_term_id=${alcohol.id}&per_page=100`);
    expect(filtered.body.total_items).toBeGreaterThanOrEqual(123);
    expect(
      (await get('/hsds/services?search=Rehoboth%20Beach%20Speaker')).body.contents.map((s: any) => s.name),
    ).toContain('Rehoboth Beach Speaker');
    expect((await get('/hsds/services?per_page=1000')).status).toBe(400);
  });

  it('approximate places stay approximate', async () => {
    const all = (await get('/feeds/meeting-guide.json')).body as any[];
    const approx = all.filter((m) => m.approximate === 'yes');
    for (const m of approx) {
      expect(m.address).toBeUndefined();
      expect(m.location).toBeUndefined();
      expect(Math.round(m.latitude * 100) / 100).toBe(m.latitude);
    }
  });
});

describe('round trips', () => {
  it(
    'Meeting Guide and HSDS: export → import into an empty directory → the same meetings',
    { timeout: 180_000 },
    async () => {
      // This test's partner's meetings (the directory also holds the demo data and other tests' listings).
      const exported = ((await get('/feeds/meeting-guide.json')).body as any[]).filter((m) => mine.has(m.slug));
      expect(exported).toHaveLength(123);
      const ours = exported.filter((m) => m.name === 'Rehoboth Beach Speaker' || m.name === 'Lunes Nueva Generacion');
      expect(ours.length).toBeGreaterThanOrEqual(2);
      const feed = createServer((_req, res) => res.end(JSON.stringify(exported)));
      await new Promise<void>((r) => feed.listen(0, '127.0.0.1', r));
      const empty = await (
        await import('../../src/db/database.ts')
      ).wrapPglite(
        await (await import('../../src/db/pglite.ts')).createPglite('memory://', { fromDemoTemplate: false }),
      );
      await (await import('../../src/db/migrator.ts')).migrateToLatest(empty.db);
      const other = await startTestServer({}, empty);
      try {
        const q = await partner(other.database, { trusted: true });
        const s = await importFeed(other.database.db, {
          format: 'meeting-guide',
          location: `http://127.0.0.1:${(feed.address() as AddressInfo).port}/mg.json`,
          partnerKeyId: q.keyId,
          limits,
        });
        expect(s.created).toBe(exported.length);
        const back = (await (await fetch(`${other.url}/feeds/meeting-guide.json`)).json()) as any[];
        const key = (m: any) =>
          JSON.stringify([
            m.name,
            m.day,
            m.time,
            m.end_time,
            m.timezone,
            m.address ?? null,
            m.city ?? null,
            m.latitude ?? null,
            m.longitude ?? null,
            m.approximate ?? null,
            m.types,
          ]);
        expect(back.map(key).sort()).toEqual(exported.map(key).sort());

        // HSDS: the same services, places and schedules.
        const hsds = [] as any[];
        for (let page = 1; ; page++) {
          const r = (
            await get(
              `/hsds/services?full=true&per_page=100&page=${page}&organization_id=${hsdsId('organization', myOrg)}`,
            )
          ).body;
          hsds.push(...r.contents);
          if (r.last_page) break;
        }
        const file = `/tmp/pa-hsds-roundtrip-${process.pid}.json`;
        (await import('node:fs')).writeFileSync(file, JSON.stringify(hsds));
        const q2 = await partner(other.database, { trusted: true });
        const r = await importFeed(other.database.db, {
          format: 'hsds',
          location: file,
          partnerKeyId: q2.keyId,
          limits,
          source: 'hsds',
        });
        expect(r.skipped).toEqual([]);
        expect(r.created).toBe(hsds.length);
        const again = [] as any[];
        const orgId = hsdsId('organization', q2.organizationId);
        for (let page = 1; ; page++) {
          const x = (await (
            await fetch(`${other.url}/hsds/services?full=true&per_page=100&page=${page}&organization_id=${orgId}`)
          ).json()) as any;
          again.push(...x.contents);
          if (x.last_page) break;
        }
        const shape = (s: any) =>
          JSON.stringify([
            s.name,
            s.service_at_locations.map((l: any) => [
              l.location.location_type,
              l.location.latitude ?? null,
              l.location.longitude ?? null,
              l.location.addresses?.[0]?.address_1 ?? null,
              (l.schedules ?? []).map((x: any) => [x.freq, x.byday, x.interval ?? 1, x.opens_at, x.closes_at]),
            ]),
          ]);
        const a = again.map(shape).sort();
        const b = hsds.map(shape).sort();
        expect(a.filter((x) => !b.includes(x)).slice(0, 3)).toEqual([]);
        expect(a).toEqual(b);
      } finally {
        await other.close();
        await other.database.close();
        await new Promise((r) => feed.close(r));
      }
    },
  );
});

describe('scheduled pulls and the job runner', () => {
  it('a feed that changes, then answers 304, then fails; two runners never take the same job', async () => {
    const p = await partner(server.database, { trusted: true });
    let version = 1;
    let mode: 'ok' | 'fail' = 'ok';
    const requests: Array<string | undefined> = [];
    const feed = createServer((req, res) => {
      requests.push(req.headers['if-none-match']);
      if (mode === 'fail') return void res.writeHead(500).end('boom');
      const etag = `"v${version}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      const meetings = [
        {
          slug: 'pull-a',
          name: `Pulled v${version}`,
          day: 2,
          time: '18:00',
          latitude: 51.5,
          longitude: -0.12,
          address: '1 Road',
          city: 'London',
          country: 'GB',
        },
      ];
      res.writeHead(200, { etag, 'content-type': 'application/json' }).end(JSON.stringify(meetings));
    });
    await new Promise<void>((r) => feed.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/feed.json`;
    const settings = { limits, defaultIntervalMinutes: 60, geocoder: null };
    try {
      const f = await addFeed(server.database.db, settings, { url, format: 'meeting-guide', keyId: p.keyId });
      const log = createLogger('silent');
      const { pullJobHandler, PULL_JOB } = await import('../../src/modules/feeds/feed-service.ts');
      const runners = [1, 2].map((i) =>
        createJobRunner({
          db: server.database.db,
          log,
          handlers: { [PULL_JOB]: pullJobHandler(settings) },
          instanceId: `test-${i}`,
        }),
      );
      const ran = await Promise.all(runners.map((r) => r.drain()));
      expect(ran.reduce((a, b) => a + b, 0)).toBe(1);
      const { listFeeds } = await import('../../src/modules/feeds/feed-service.ts');
      expect(await listFeeds(server.database.db, p.organizationId)).toEqual([
        expect.objectContaining({
          id: f.id,
          url,
          lastStatus: 'OK',
          lastCounts: { created: 1, updated: 0, unchanged: 0, archived: 0, skipped: 0 },
        }),
      ]);

      expect((await pullFeed(server.database.db, settings, f.id)).status).toBe('NOT_MODIFIED');
      version = 2;
      expect((await pullFeed(server.database.db, settings, f.id)).summary).toMatchObject({ updated: 1 });
      mode = 'fail';
      const failed = await pullFeed(server.database.db, settings, f.id);
      expect(failed).toMatchObject({ status: 'FAILED', error: expect.stringMatching(/HTTP 500/) });
      expect(failed.nextRunAt.getTime() - Date.now()).toBeGreaterThan(100 * 60_000);
      expect(requests.slice(0, 3)).toEqual([undefined, '"v1"', '"v1"']);
      const name = await server.database.db
        .selectFrom('resources')
        .select('name')
        .where('organization_id', '=', p.organizationId)
        .where('external_id', '=', 'pull-a')
        .executeTakeFirstOrThrow();
      expect(name.name).toBe('Pulled v2');

      // An expired lease is taken over.
      await ensureJob(server.database.db, { name: 'test.lease', key: `lease-${process.pid}` });
      await server.database.db
        .updateTable('jobs')
        .set({ locked_by: 'dead', locked_until: new Date(Date.now() - 1000) })
        .where('key', '=', `lease-${process.pid}`)
        .execute();
      let took = 0;
      const r3 = createJobRunner({ db: server.database.db, log, handlers: { 'test.lease': async () => void took++ } });
      expect(await r3.drain()).toBe(1);
      expect(took).toBe(1);
    } finally {
      await new Promise((r) => feed.close(r));
    }
  });
});
