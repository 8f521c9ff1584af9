import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../db/seeds/demo.ts';
import type { NewListing } from '../src/modules/resources/listing.ts';
import { openDatabase } from '../src/db/database.ts';
import { countStatements, usingPostgres } from './helpers/database.ts';
import { addListings, listing, partner, roleKey } from './helpers/fixtures.ts';
import { errorCode, startTestServer, type TestServer } from './helpers/server.ts';
import { graphql } from './generated/index.ts';
import type { ResourceFilter, StatDimension } from './generated/graphql.ts';

let s: TestServer;
let analyst: string;
let moderator: string;
let org: Awaited<ReturnType<typeof partner>>;
const listings: NewListing[] = [];

const cities = [
  { latitude: 53.8, longitude: -1.55, country: 'GB', region: 'GB-ENG' },
  { latitude: 55.95, longitude: -3.19, country: 'GB', region: 'GB-SCT' },
  { latitude: 53.35, longitude: -6.26, country: 'IE', region: 'IE-L' },
];

beforeAll(async () => {
  s = await startTestServer();
  analyst = await roleKey(s.database, 'analyst');
  moderator = await roleKey(s.database, 'moderator');
  org = await partner(s.database, { name: 'Stats Org' });
  const r = prng(31337);
  const topics = ['anxiety', 'depression', 'suicide-bereavement', 'veterans'];
  for (let i = 0; i < 120; i++) {
    const c = r.pick(cities);
    const format = r.pick(['IN_PERSON', 'HYBRID', 'ONLINE'] as const);
    const kind =
      format === 'ONLINE' && r.chance(0.5) ? 'ONLINE_COMMUNITY' : r.pick(['PEER_GROUP', 'WORKSHOP'] as const);
    listings.push(
      listing(org.organizationId, {
        kind,
        format,
        status: r.pick(['PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PENDING', 'ARCHIVED'] as const),
        languages: r.chance(0.3) ? ['en', 'ga'] : [r.pick(['en', 'es'])],
        topicSlugs: r.sample(topics, r.int(1, 2)),
        createdAt: new Date(Date.UTC(2025, r.int(0, 5), r.int(1, 28), 12)),
        sessions:
          kind === 'WORKSHOP' ? [{ startsAt: new Date('2030-01-01T10:00:00Z'), endsAt: null, timeZone: 'UTC' }] : [],
        location:
          format === 'ONLINE'
            ? null
            : {
                name: null,
                address: null,
                locality: null,
                region: c.region,
                postalCode: null,
                country: c.country,
                latitude: c.latitude + (r.next() - 0.5) * 0.2,
                longitude: c.longitude + (r.next() - 0.5) * 0.3,
                approximate: false,
              },
      }),
    );
  }
  await addListings(s.database, listings);
});
afterAll(() => s.close());

/** Expected counts, computed from the inserted listings the way the API documents (multi-valued: once each). */
function expected(dims: string[], visible: (l: NewListing) => boolean) {
  const values = (l: NewListing, d: string): string[] => {
    switch (d) {
      case 'KIND':
        return [l.kind];
      case 'TOPIC':
        return l.topicSlugs;
      case 'FORMAT':
        return [l.format];
      case 'LANGUAGE':
        return l.languages;
      case 'ORGANIZATION':
        return [org.organizationGid];
      case 'COUNTRY':
        return [l.location?.country ?? 'NONE'];
      case 'REGION':
        return [l.location?.region ?? 'NONE'];
      case 'STATUS':
        return [l.status];
      case 'CREATED_MONTH':
        return [l.createdAt!.toISOString().slice(0, 7)];
    }
    throw new Error(d);
  };
  const counts = new Map<string, number>();
  for (const l of listings.filter(visible)) {
    let keys: string[][] = [[]];
    for (const d of dims) keys = keys.flatMap((k) => values(l, d).map((v) => [...k, v]));
    for (const k of keys) counts.set(JSON.stringify(k), (counts.get(JSON.stringify(k)) ?? 0) + 1);
  }
  return counts;
}

const STATS = graphql(`
  query AnalyticsStats($g: [StatDimension!]!, $f: ResourceFilter, $near: NearInput) {
    resourceStats(groupBy: $g, filter: $f, near: $near) {
      key
      count
      labels
    }
  }
`);
const asMap = (buckets: Array<{ key: string[]; count: number }>) =>
  new Map(buckets.map((b) => [JSON.stringify(b.key), b.count]));

describe('resourceStats', () => {
  const dims: StatDimension[] = [
    'KIND',
    'TOPIC',
    'FORMAT',
    'LANGUAGE',
    'ORGANIZATION',
    'COUNTRY',
    'REGION',
    'STATUS',
    'CREATED_MONTH',
  ];
  for (const g of [
    ...dims.map((d): StatDimension[] => [d]),
    ['KIND', 'TOPIC'],
    ['COUNTRY', 'FORMAT'],
    ['LANGUAGE', 'CREATED_MONTH'],
    ['REGION', 'TOPIC', 'STATUS'],
  ] satisfies StatDimension[][]) {
    it(`counts by ${g.join(' × ')} exactly`, async () => {
      const r = await s.gql(STATS, { g, f: { organizationIds: [org.organizationGid] } }, analyst);
      expect(r.errors).toBeUndefined();
      // Analysts see published listings only.
      expect(asMap(r.data.resourceStats)).toEqual(expected(g, (l) => l.status === 'PUBLISHED'));
    });
  }

  it('lets moderators count every status, and labels organisations and topics', async () => {
    const r = await s.gql(
      STATS,
      {
        g: ['STATUS', 'ORGANIZATION'],
        f: { organizationIds: [org.organizationGid], statuses: ['PUBLISHED', 'PENDING', 'ARCHIVED'] },
      },
      moderator,
    );
    expect(asMap(r.data.resourceStats)).toEqual(expected(['STATUS', 'ORGANIZATION'], () => true));
    expect(r.data.resourceStats[0]!.labels[1]).toBe('Stats Org');
    const t = await s.gql(
      STATS,
      { g: ['TOPIC'], f: { organizationIds: [org.organizationGid], topics: ['grief-and-bereavement'] } },
      analyst,
    );
    expect(t.data.resourceStats.find((b) => b.key[0] === 'suicide-bereavement')!.labels).toEqual([
      'Suicide bereavement',
    ]);
  });

  it('combines with near and the search filters', async () => {
    const near = { latitude: 53.8, longitude: -1.55, radiusKm: 30 };
    const r = await s.gql(
      STATS,
      { g: ['COUNTRY'], near, f: { organizationIds: [org.organizationGid], languages: ['ga'] } },
      analyst,
    );
    const km = (l: NewListing) => {
      const rad = Math.PI / 180;
      const a = l.location!;
      const h =
        Math.sin(((a.latitude - near.latitude) * rad) / 2) ** 2 +
        Math.cos(near.latitude * rad) *
          Math.cos(a.latitude * rad) *
          Math.sin(((a.longitude - near.longitude) * rad) / 2) ** 2;
      return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
    };
    expect(asMap(r.data.resourceStats)).toEqual(
      expected(
        ['COUNTRY'],
        (l) => l.status === 'PUBLISHED' && l.languages.includes('ga') && l.location !== null && km(l) <= 30,
      ),
    );
  });

  it('checks access and arguments', async () => {
    const p = await partner(s.database);
    expect(errorCode(await s.gql(STATS, { g: ['KIND'] }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await s.gql(STATS, { g: ['KIND'] }, p.token))).toBe('FORBIDDEN');
    expect(errorCode(await s.gql(STATS, { g: [] }, analyst))).toBe('BAD_USER_INPUT');
    expect(errorCode(await s.gql(STATS, { g: ['KIND', 'TOPIC', 'FORMAT', 'STATUS'] }, analyst))).toBe('BAD_USER_INPUT');
    expect(errorCode(await s.gql(STATS, { g: ['KIND', 'KIND'] }, analyst))).toBe('BAD_USER_INPUT');
  });
});

describe('coverageGaps', () => {
  const COVERAGE = graphql(`
    query AnalyticsCoverage($p: [NearInput!]!, $f: ResourceFilter) {
      coverageGaps(points: $p, filter: $f) {
        point {
          latitude
          longitude
        }
        covered
        nearestKm
      }
    }
  `);

  it('answers 1,000 points in one statement and agrees with a haversine oracle', async () => {
    const r = prng(5);
    const points = Array.from({ length: 1000 }, () => {
      const c = r.pick(cities);
      return {
        latitude: c.latitude + (r.next() - 0.5) * 3,
        longitude: c.longitude + (r.next() - 0.5) * 4,
        radiusKm: 2 + r.next() * 40,
      };
    });
    const f: ResourceFilter = { organizationIds: [org.organizationGid], formats: ['IN_PERSON'] };
    const { result, texts } = await countStatements(s.database, () => s.gql(COVERAGE, { p: points, f }, analyst));
    expect(result.errors).toBeUndefined();
    expect(texts.filter((t) => !t.includes('api_keys'))).toHaveLength(1);
    const located = listings.filter((l) => l.status === 'PUBLISHED' && l.format === 'IN_PERSON');
    const rad = Math.PI / 180;
    let covered = 0;
    result.data.coverageGaps.forEach((gap, i) => {
      const p = points[i]!;
      const nearest = Math.min(
        ...located.map((l) => {
          const a = l.location!;
          const h =
            Math.sin(((a.latitude - p.latitude) * rad) / 2) ** 2 +
            Math.cos(p.latitude * rad) *
              Math.cos(a.latitude * rad) *
              Math.sin(((a.longitude - p.longitude) * rad) / 2) ** 2;
          return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
        }),
      );
      expect(gap.point).toEqual({ latitude: p.latitude, longitude: p.longitude });
      expect(Math.abs(gap.nearestKm! - nearest)).toBeLessThanOrEqual(0.051);
      if (Math.abs(nearest - p.radiusKm) > p.radiusKm * 0.001) expect(gap.covered).toBe(nearest < p.radiusKm);
      if (gap.covered) covered++;
    });
    expect(covered).toBeGreaterThan(10);
    expect(covered).toBeLessThan(1000);
  });

  it('agrees with the oracle over the whole directory too (many matches: the index walk)', async () => {
    const r = prng(77);
    const points = Array.from({ length: 200 }, () => {
      const c = r.pick(cities);
      return {
        latitude: c.latitude + (r.next() - 0.5) * 8,
        longitude: c.longitude + (r.next() - 0.5) * 10,
        radiusKm: 1 + r.next() * 20,
      };
    });
    const f: ResourceFilter = { formats: ['IN_PERSON', 'HYBRID'], kinds: ['PEER_GROUP'] };
    const { result, texts } = await countStatements(s.database, () => s.gql(COVERAGE, { p: points, f }, analyst));
    expect(result.errors).toBeUndefined();
    expect(texts.filter((t) => !t.includes('api_keys'))).toHaveLength(1);
    const located = (
      await sql<{
        latitude: number;
        longitude: number;
      }>`select l.latitude, l.longitude from locations l join resources r on r.id = l.resource_id
      where r.status = 'PUBLISHED' and r.kind = 'PEER_GROUP' and r.format in ('IN_PERSON', 'HYBRID')
        and r.operational_status not in ('PAUSED', 'CLOSED')`.execute(s.database.db)
    ).rows;
    expect(located.length).toBeGreaterThan(500); // more than the brute-force branch takes
    const rad = Math.PI / 180;
    result.data.coverageGaps.forEach((gap, i) => {
      const p = points[i]!;
      const nearest = Math.min(
        ...located.map((a) => {
          const h =
            Math.sin(((a.latitude - p.latitude) * rad) / 2) ** 2 +
            Math.cos(p.latitude * rad) *
              Math.cos(a.latitude * rad) *
              Math.sin(((a.longitude - p.longitude) * rad) / 2) ** 2;
          return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
        }),
      );
      expect(Math.abs(gap.nearestKm! - nearest)).toBeLessThanOrEqual(0.051);
      if (Math.abs(nearest - p.radiusKm) > p.radiusKm * 0.001) expect(gap.covered).toBe(nearest < p.radiusKm);
    });
  });

  it('reports no nearest listing when none matches, and refuses bad points', async () => {
    const r = await s.gql(
      COVERAGE,
      {
        p: [{ latitude: 0, longitude: 0, radiusKm: 10 }],
        f: { organizationIds: [org.organizationGid], topics: ['gambling'] },
      },
      analyst,
    );
    expect(r.data.coverageGaps).toEqual([{ point: { latitude: 0, longitude: 0 }, covered: false, nearestKm: null }]);
    expect(errorCode(await s.gql(COVERAGE, { p: [{ latitude: 95, longitude: 0 }] }, analyst))).toBe('BAD_USER_INPUT');
    expect(errorCode(await s.gql(COVERAGE, { p: [{ latitude: 0, longitude: 0, radiusKm: 501 }] }, analyst))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await s.gql(COVERAGE, { p: [] }))).toBe('UNAUTHENTICATED');
  });
});

describe.skipIf(!usingPostgres())('statement timeout', () => {
  it('cuts off an analyst query that would run on, with a clear error, and keeps serving', async () => {
    // Its own pools: statement timeouts are set per connection when a pool connects.
    const own = await openDatabase({
      databaseUrl: await currentDatabaseUrl(),
      analystStatementTimeoutMs: 1000,
      statementTimeoutMs: 1000,
    });
    const limited = await startTestServer({}, own);
    // Hold a lock that the stats query must wait for: without the timeout it would wait for a minute.
    const blocker = new pg.Client({ connectionString: await currentDatabaseUrl() });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query('lock table resources in access exclusive mode');
      const holder = setTimeout(() => void blocker.query('rollback'), 60_000);
      const started = Date.now();
      const r = await limited.gql(STATS, { g: ['KIND'] }, analyst);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(errorCode(r)).toBe('QUERY_TOO_COMPLEX');
      expect(r.errors![0]!.message).toMatch(/time limit/);
      expect(JSON.stringify(r.errors)).not.toMatch(/select |from |57014|canceling statement/i);
      clearTimeout(holder);
      await blocker.query('rollback');
      const again = await limited.gql(STATS, { g: ['KIND'] }, analyst);
      expect(again.errors).toBeUndefined();
      expect(
        (
          await limited.gql(
            graphql(`
              query AnalyticsStillServing {
                resources(first: 1) {
                  totalCount
                }
              }
            `),
          )
        ).errors,
      ).toBeUndefined();
    } finally {
      await blocker.end().catch(() => {});
      await limited.close();
      await own.close();
    }
  });
});

async function currentDatabaseUrl(): Promise<string> {
  const { sql } = await import('kysely');
  const name = (await sql<{ db: string }>`select current_database() as db`.execute(s.database.db)).rows[0]!.db;
  const u = new URL(process.env.DATABASE_URL!);
  u.pathname = `/${name}`;
  return u.toString();
}
