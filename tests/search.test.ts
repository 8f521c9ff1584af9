import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../db/seeds/demo.ts';
import type { NewListing } from '../src/modules/resources/listing.ts';
import { addListings, LEEDS, listing, openToAll, partner, resourceGid } from './helpers/fixtures.ts';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { errorCode, startTestServer, untyped, type TestServer, type TypedResponse } from './helpers/server.ts';
import { graphql } from './generated/index.ts';
import type { NearInput, ResourceFilter, ResourceOrder } from './generated/graphql.ts';
import { CANDIDATE_BOUND, CANDIDATE_WALK } from '../src/modules/search/repository.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const R_KM = 6371.0088;
function haversineKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLng = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * R_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A page of `resources`, whatever else the operation selects. */
type Paged<E> = { resources: { edges: E[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } };

/** Walks every page of a query and returns all edges. */
async function walk<E, V extends { after?: string | null }>(
  query: TypedDocumentNode<Paged<E>, V>,
  variables: Omit<V, 'after'>,
  key?: string,
  between?: () => Promise<void>,
): Promise<E[]> {
  const edges: E[] = [];
  let after: string | null = null;
  for (let page = 0; page < 500; page++) {
    const vars = { ...variables, after } as V & Record<string, unknown>;
    const r: TypedResponse<Paged<E>> = await s.gql(query as TypedDocumentNode<Paged<E>, typeof vars>, vars, key);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const conn = r.data.resources;
    edges.push(...conn.edges);
    if (!conn.pageInfo.hasNextPage) return edges;
    after = conn.pageInfo.endCursor ?? null;
    await between?.();
  }
  throw new Error('too many pages');
}

const nearQuery = graphql(`
  query SearchNearPages($near: NearInput!, $filter: ResourceFilter, $after: String, $first: Int) {
    resources(near: $near, filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        distanceKm
        node {
          id
          format
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

describe('near', () => {
  const centres = [LEEDS, { latitude: 53.48, longitude: -2.24 }, { latitude: 51.5, longitude: -0.12 }];

  beforeAll(async () => {
    // A seeded random set around three cities, mixing formats, statuses and approximate places.
    const r = prng(4242);
    const p = await partner(s.database);
    const listings: NewListing[] = [];
    for (let i = 0; i < 3000; i++) {
      const c = centres[i % 3]!;
      const format = r.pick(['IN_PERSON', 'IN_PERSON', 'HYBRID', 'ONLINE'] as const);
      const approximate = r.chance(0.15);
      const lat = c.latitude + (r.next() - 0.5) * 1.2;
      const lng = c.longitude + (r.next() - 0.5) * 2;
      listings.push(
        listing(p.organizationId, {
          format,
          status: r.chance(0.9) ? 'PUBLISHED' : 'PENDING',
          location:
            format === 'ONLINE'
              ? null
              : {
                  name: null,
                  address: approximate ? null : '1 Road',
                  locality: 'Somewhere',
                  region: null,
                  postalCode: null,
                  country: 'GB',
                  latitude: approximate ? Math.round(lat * 100) / 100 : lat,
                  longitude: approximate ? Math.round(lng * 100) / 100 : lng,
                  approximate,
                },
        }),
      );
    }
    await addListings(s.database, listings);
  }, 120_000);

  it('returns exactly the located listings within the radius, nearest first (oracle, 200 queries)', async () => {
    const rows = await s.database.db
      .selectFrom('locations as l')
      .innerJoin('resources as r', 'r.id', 'l.resource_id')
      .select(['r.id', 'l.latitude', 'l.longitude'])
      .where('r.status', '=', 'PUBLISHED')
      .where('r.format', '!=', 'ONLINE')
      // Paused and closed listings leave default searches (listing model).
      .where('r.operational_status', 'not in', ['PAUSED', 'CLOSED'])
      .execute();
    const r = prng(7);
    let compared = 0;
    for (let q = 0; q < 200; q++) {
      const c = centres[q % 3]!;
      const point = { latitude: c.latitude + (r.next() - 0.5) * 1.4, longitude: c.longitude + (r.next() - 0.5) * 2.2 };
      const radiusKm = q % 20 === 0 ? 40 + r.next() * 20 : 0.5 + r.next() * 12;
      const expected = new Map<number, number>();
      const borderline = new Set<number>();
      for (const row of rows) {
        const d = haversineKm(point, row);
        if (Math.abs(d - radiusKm) <= radiusKm * 0.001) borderline.add(row.id);
        else if (d < radiusKm) expected.set(row.id, d);
      }
      const edges = await walk(nearQuery, { near: { ...point, radiusKm }, first: 100 });
      const got = edges.map((e) => Number(Buffer.from(e.node.id, 'base64url').toString().split(':')[1]));
      expect(new Set(got).size).toBe(got.length);
      const gotComparable = got.filter((id) => !borderline.has(id)).sort((a, b) => a - b);
      expect(gotComparable).toEqual([...expected.keys()].sort((a, b) => a - b));
      // Nearest first; distances agree with the oracle to the 0.1 km rounding.
      for (let i = 0; i < edges.length; i++) {
        const edge = edges[i]!;
        if (i > 0) expect(edge.distanceKm).toBeGreaterThanOrEqual(edges[i - 1]!.distanceKm!);
        const oracle = expected.get(got[i]!);
        if (oracle !== undefined) expect(Math.abs(edge.distanceKm! - oracle)).toBeLessThanOrEqual(0.051);
        expect(edge.node.format).not.toBe('ONLINE');
      }
      compared += expected.size;
    }
    expect(compared).toBeGreaterThan(2000);
  }, 300_000);

  it('appends online listings after the located ones with includeOnline', async () => {
    const p = await partner(s.database);
    await addListings(s.database, [
      listing(p.organizationId, { name: 'Near one' }),
      listing(p.organizationId, {
        name: 'Far one',
        location: {
          name: null,
          address: null,
          locality: null,
          region: null,
          postalCode: null,
          country: 'GB',
          latitude: 55,
          longitude: -3,
          approximate: false,
        },
      }),
      listing(p.organizationId, { name: 'Online one', kind: 'ONLINE_COMMUNITY', format: 'ONLINE' }),
      listing(p.organizationId, { name: 'Online two', kind: 'ONLINE_COMMUNITY', format: 'ONLINE' }),
    ]);
    const filter = { organizationIds: [p.organizationGid], includeOnline: true };
    const edges = await walk(
      graphql(`
        query SearchNearOneByOne($near: NearInput!, $filter: ResourceFilter, $after: String) {
          resources(near: $near, filter: $filter, first: 1, after: $after) {
            totalCount
            edges {
              cursor
              distanceKm
              node {
                name
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `),
      { near: { ...LEEDS, radiusKm: 10 }, filter },
    );
    expect(edges.map((e) => [e.node.name, e.distanceKm])).toEqual([
      ['Near one', 0],
      ['Online one', null],
      ['Online two', null],
    ]);
  });
});

describe('paging', () => {
  const orders: Array<{ orderBy: ResourceOrder; extra: ResourceFilter; near?: NearInput }> = [
    { orderBy: 'NAME', extra: {} },
    { orderBy: 'UPDATED', extra: {} },
    { orderBy: 'RELEVANCE', extra: { text: 'circle' } },
    { orderBy: 'DISTANCE', extra: {}, near: { ...LEEDS, radiusKm: 50 } },
    { orderBy: 'DISTANCE', extra: { includeOnline: true }, near: { ...LEEDS, radiusKm: 50 } },
    { orderBy: 'NEXT_MEETING', extra: {} },
  ];
  for (const o of orders) {
    it(`walks every listing exactly once by ${o.orderBy}${'includeOnline' in o.extra ? ' with online' : ''}, while others are inserted`, async () => {
      const p = await partner(s.database);
      const r = prng(99);
      const make = (i: number) =>
        listing(p.organizationId, {
          // Repeated names and positions make ties that only the id can break.
          name: `Circle ${['Alder', 'Birch', 'Cedar'][i % 3]}`,
          kind: i % 5 === 0 ? 'ONLINE_COMMUNITY' : 'PEER_GROUP',
          format: i % 5 === 0 ? 'ONLINE' : 'IN_PERSON',
          location:
            i % 5 === 0
              ? null
              : {
                  name: null,
                  address: null,
                  locality: null,
                  region: null,
                  postalCode: null,
                  country: 'GB',
                  latitude: LEEDS.latitude + (i % 4) * 0.01,
                  longitude: LEEDS.longitude,
                  approximate: false,
                },
          schedule:
            i % 5 === 0 || i % 7 === 0
              ? null
              : {
                  rrule: `FREQ=WEEKLY;BYDAY=${['MO', 'TU', 'WE'][i % 3]}`,
                  timeZone: 'Europe/London',
                  startTime: '18:00',
                  startDate: '2026-01-05',
                  durationMinutes: 60,
                  cancelledDates: [],
                },
        });
      const initial = await addListings(
        s.database,
        Array.from({ length: 47 }, (_, i) => make(i)),
      );
      const q = graphql(`
        query SearchWalkWhileInserting(
          $filter: ResourceFilter
          $near: NearInput
          $orderBy: ResourceOrder
          $after: String
        ) {
          resources(filter: $filter, near: $near, orderBy: $orderBy, first: 6, after: $after) {
            edges {
              node {
                id
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `);
      const edges = await walk(
        q,
        { filter: { organizationIds: [p.organizationGid], ...o.extra }, near: o.near ?? null, orderBy: o.orderBy },
        undefined,
        async () => {
          await addListings(s.database, [make(r.int(0, 1000)), make(r.int(0, 1000))]);
        },
      );
      const ids = edges.map((e) => e.node.id);
      expect(new Set(ids).size).toBe(ids.length);
      const expected = initial
        .filter((_, i) => (o.near && !('includeOnline' in o.extra) ? i % 5 !== 0 : true))
        .map(resourceGid);
      for (const id of expected) expect(ids).toContain(id);
    });
  }

  it('refuses page sizes over 100 and cursors that are malformed, tampered or from another ordering', async () => {
    const q = graphql(`
      query SearchPageArguments($first: Int, $after: String, $orderBy: ResourceOrder) {
        resources(first: $first, after: $after, orderBy: $orderBy) {
          pageInfo {
            endCursor
          }
        }
      }
    `);
    expect(errorCode(await s.gql(q, { first: 101 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await s.gql(q, { first: -1 }))).toBe('BAD_USER_INPUT');
    const ok = await s.gql(q, { first: 100 });
    expect(ok.errors).toBeUndefined();
    const cursor = ok.data.resources.pageInfo.endCursor!;
    const [body, mac] = cursor.split('.');
    const payload = JSON.parse(Buffer.from(body!, 'base64url').toString());
    payload.i += 1;
    const tampered = `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${mac}`;
    for (const after of ['garbage', `${body}.AAAAAAAAAAAAAAAAAAAAAA`, tampered, '', 'a.b.c']) {
      const r = await s.gql(q, { after });
      expect(errorCode(r), after).toBe('BAD_USER_INPUT');
      expect(r.errors![0]!.message).toMatch(/^after:/);
    }
    expect(errorCode(await s.gql(q, { after: cursor, orderBy: 'UPDATED' }))).toBe('BAD_USER_INPUT');
    expect((await s.gql(q, { after: cursor, orderBy: 'NAME' })).errors).toBeUndefined();
  });
});

describe('text relevance with more matches than the candidate bound', () => {
  // For a query of common words (more listings than CANDIDATE_WALK), RELEVANCE ranks at most CANDIDATE_BOUND
  // candidates, read from search_postings, before any other match. A word no other listing has, in more listings
  // than that, exercises both tiers: the candidates, and the other matches that follow them once a walk has gone
  // past the candidates.
  const WORD = 'quillwort';
  const FILLER = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
  const COUNT = CANDIDATE_WALK + 50;
  expect(COUNT).toBeGreaterThan(CANDIDATE_BOUND);
  let org: { organizationId: number; organizationGid: string };
  let initial: number[];
  // The longer a listing's document, the lower its rank (ts_rank_cd normalised by the log of the length), and
  // the best one, the shortest ("Quillwort", no description), sits in the middle of the ids.
  const make = (i: number) =>
    listing(org.organizationId, {
      name: i === 0 ? 'Quillwort' : `Quillwort ${FILLER[i % FILLER.length]}`,
      description: i === 0 ? null : Array.from({ length: (i % 40) + 1 }, (_, k) => FILLER[k % FILLER.length]).join(' '),
      location: null,
      format: 'ONLINE',
      kind: 'ONLINE_COMMUNITY',
    });

  beforeAll(async () => {
    org = await partner(s.database);
    const order = Array.from({ length: COUNT }, (_, i) => (i + COUNT / 2) % COUNT);
    expect(order[COUNT / 2]).toBe(0);
    const ids = await addListings(
      s.database,
      order.map((i) => make(i)),
    );
    initial = ids;
  });

  /** The exhaustive order: every match ranked, ties by id. */
  async function exhaustive(): Promise<string[]> {
    const r = await sql<{ id: number }>`with q as (select pa_search_query(${WORD}::text) as tsq)
      select r.id from resources r, q where r.search_tsv @@ q.tsq and r.organization_id = ${org.organizationId}::int
      order by ts_rank_cd(r.search_tsv, q.tsq, 1) desc, r.id`.execute(s.database.db);
    return r.rows.map((row) => resourceGid(row.id));
  }

  it('keeps the postings of a listing in step with its search document', async () => {
    const id = initial[0]!;
    const postings = async () =>
      (
        await sql<{
          lexeme: string;
        }>`select lexeme from search_postings where resource_id = ${id}::int order by lexeme`.execute(s.database.db)
      ).rows.map((r) => r.lexeme);
    const lexemes = async () =>
      (
        await sql<{
          lexeme: string;
        }>`select unnest(tsvector_to_array(search_tsv)) as lexeme from resources where id = ${id}::int
          order by 1`.execute(s.database.db)
      ).rows.map((r) => r.lexeme);
    expect(await postings()).toContain('quillwort');
    expect(await postings()).toEqual(await lexemes());
    // A rename rewrites the document, and with it the postings (the trigger on resources).
    await sql`update resources set name = ${'Quillwort zebra'} where id = ${id}::int`.execute(s.database.db);
    await sql`select pa_refresh_search(array[${id}::int])`.execute(s.database.db);
    expect(await postings()).toContain('zebra');
    expect(await postings()).toEqual(await lexemes());
  });

  it('puts the best match first and walks every match once, in relevance order, while others are inserted', async () => {
    const expected = await exhaustive();
    expect(expected).toHaveLength(COUNT);
    const q = graphql(`
      query SearchTextPastCandidates($filter: ResourceFilter, $after: String) {
        resources(filter: $filter, first: 100, after: $after) {
          edges {
            node {
              id
              name
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `);
    const r = prng(7);
    const edges = await walk(
      q,
      { filter: { text: WORD, organizationIds: [org.organizationGid] } },
      undefined,
      async () => {
        await addListings(s.database, [make(r.int(0, COUNT)), make(r.int(0, COUNT))]);
      },
    );
    expect(edges[0]!.node.name).toBe('Quillwort');
    expect(edges[0]!.node.id).toBe(resourceGid(initial[COUNT / 2]!));
    const ids = edges.map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Every listing there before the walk, in the exhaustive order (for one word, a listing's impact is its rank,
    // so the candidates are the exhaustive top CANDIDATE_BOUND, and the other matches follow them).
    const before = new Set(expected);
    expect(ids.filter((id) => before.has(id))).toEqual(expected);
  });
});

describe('filters and text', () => {
  const q = graphql(`
    query SearchFiltered($filter: ResourceFilter, $near: NearInput, $orderBy: ResourceOrder) {
      resources(filter: $filter, near: $near, orderBy: $orderBy, first: 100) {
        totalCount
        edges {
          node {
            id
            name
            kind
            format
            languages
            isFree
          }
        }
      }
    }
  `);

  it('forgives small typos and ranks by relevance', async () => {
    const anx = await s.gql(q, { filter: { text: 'anxeity' } });
    expect(anx.data.resources.totalCount).toBeGreaterThan(20);
    for (const e of anx.data.resources.edges.slice(0, 20)) expect(e.node.name.toLowerCase()).toMatch(/anxi|ansie|anxi/);
    const peer = await s.gql(q, { filter: { text: 'peer grup', kinds: ['PEER_GROUP'] } });
    expect(peer.data.resources.totalCount).toBeGreaterThan(20);
    expect(peer.data.resources.edges[0]!.node.name).toMatch(/Peer Group/);
    const bereav = await s.gql(q, { filter: { text: 'bereavment' } });
    expect(bereav.data.resources.edges[0]!.node.name).toMatch(/Bereavement/);
  });

  it('stems in the listing’s language', async () => {
    const r = await s.gql(q, { filter: { text: 'grupos de apoyo', languages: ['es'] } });
    expect(r.data.resources.totalCount).toBeGreaterThan(5);
    // Name matches rank above description matches.
    for (const e of r.data.resources.edges.slice(0, 5)) expect(e.node.name).toMatch(/grupo de apoyo/i);
    const fr = await s.gql(q, { filter: { text: 'groupes entraide' } });
    expect(fr.data.resources.totalCount).toBeGreaterThan(0);
  });

  it('treats text as a value, never as SQL', async () => {
    for (const text of ["'; drop table resources; --", 'a & b | !c', '))((', ':*', '\\', '🙂']) {
      const r = await s.gql(q, { filter: { text } });
      expect(r.errors, text).toBeUndefined();
    }
    expect(
      (
        await s.gql(
          graphql(`
            query SearchCountAll {
              resources {
                totalCount
              }
            }
          `),
        )
      ).data.resources.totalCount,
    ).toBeGreaterThan(2000);
  });

  it('matches a topic and its descendants', async () => {
    const p = await partner(s.database);
    await addListings(s.database, [
      listing(p.organizationId, { topicSlugs: ['suicide-bereavement'] }),
      listing(p.organizationId, { topicSlugs: ['grief-and-bereavement'] }),
      listing(p.organizationId, { topicSlugs: ['depression'] }),
    ]);
    const parent = await s.gql(q, {
      filter: { topics: ['grief-and-bereavement'], organizationIds: [p.organizationGid] },
    });
    expect(parent.data.resources.totalCount).toBe(2);
    const child = await s.gql(q, { filter: { topics: ['suicide-bereavement'], organizationIds: [p.organizationGid] } });
    expect(child.data.resources.totalCount).toBe(1);
    const bad = await s.gql(q, { filter: { topics: ['no-such-topic'] } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toContain('no-such-topic');
  });

  it('combines every filter with every other and with near', async () => {
    const p = await partner(s.database);
    const base = { audiences: [] as string[], accessibility: [] as string[] };
    await addListings(s.database, [
      listing(p.organizationId, {
        ...base,
        name: 'match',
        languages: ['es'],
        isFree: true,
        audiences: ['VETERANS'],
        accessibility: ['HEARING_LOOP', 'QUIET_SPACE'],
        facilitation: 'PEER_LED',
        lastVerifiedAt: new Date(),
      }),
      // "Open to all" is a statement (attendance ANYONE), not an empty audiences list.
      listing(p.organizationId, {
        ...base,
        name: 'open to all',
        languages: ['es'],
        isFree: true,
        accessibility: ['HEARING_LOOP'],
        lastVerifiedAt: new Date(),
        details: openToAll(),
      }),
      listing(p.organizationId, {
        ...base,
        name: 'not stated',
        languages: ['es'],
        isFree: true,
        accessibility: ['HEARING_LOOP'],
        lastVerifiedAt: new Date(),
      }),
      listing(p.organizationId, {
        ...base,
        name: 'paid',
        languages: ['es'],
        isFree: false,
        accessibility: ['HEARING_LOOP'],
        lastVerifiedAt: new Date(),
      }),
      listing(p.organizationId, {
        ...base,
        name: 'english',
        languages: ['en'],
        accessibility: ['HEARING_LOOP'],
        lastVerifiedAt: new Date(),
      }),
      listing(p.organizationId, {
        ...base,
        name: 'stale',
        languages: ['es'],
        accessibility: ['HEARING_LOOP'],
        lastVerifiedAt: new Date(Date.now() - 90 * 86_400_000),
      }),
      listing(p.organizationId, {
        ...base,
        name: 'professional',
        languages: ['es'],
        accessibility: ['HEARING_LOOP'],
        facilitation: 'PROFESSIONAL',
        lastVerifiedAt: new Date(),
      }),
      listing(p.organizationId, {
        ...base,
        name: 'women only',
        languages: ['es'],
        audiences: ['WOMEN'],
        accessibility: ['HEARING_LOOP'],
        lastVerifiedAt: new Date(),
      }),
    ]);
    const filter: ResourceFilter = {
      organizationIds: [p.organizationGid],
      languages: ['es'],
      freeOnly: true,
      audiences: ['VETERANS'],
      accessibility: ['HEARING_LOOP'],
      facilitation: ['PEER_LED'],
      verifiedWithinDays: 30,
      kinds: ['PEER_GROUP'],
      formats: ['IN_PERSON'],
    };
    const r = await s.gql(q, { filter, near: { ...LEEDS, radiusKm: 1 } });
    expect(r.errors).toBeUndefined();
    expect(r.data.resources.edges.map((e) => e.node.name).sort()).toEqual(['match', 'open to all']);
    const none = await s.gql(q, { filter: { ...filter, accessibility: ['HEARING_LOOP', 'SIGN_LANGUAGE'] } });
    expect(none.data.resources.totalCount).toBe(0);
  });

  it('counts facets over the whole filtered set', async () => {
    const p = await partner(s.database);
    await addListings(s.database, [
      listing(p.organizationId, { format: 'IN_PERSON', languages: ['en', 'cy'] }),
      listing(p.organizationId, { format: 'IN_PERSON' }),
      listing(p.organizationId, { kind: 'ONLINE_COMMUNITY', format: 'ONLINE', topicSlugs: ['depression'] }),
    ]);
    const r = await s.gql(
      graphql(`
        query SearchFacets($f: ResourceFilter) {
          resources(filter: $f, first: 1) {
            totalCount
            facets {
              kinds {
                value
                count
              }
              formats {
                value
                count
              }
              topics {
                value
                count
              }
              languages {
                value
                count
              }
            }
          }
        }
      `),
      { f: { organizationIds: [p.organizationGid], formats: ['IN_PERSON'] } },
    );
    expect(r.data.resources.totalCount).toBe(2);
    const f = r.data.resources.facets;
    // A facet ignores its own filter, so the chips show what choosing another value would give.
    expect(f.formats).toEqual([
      { value: 'IN_PERSON', count: 2 },
      { value: 'ONLINE', count: 1 },
    ]);
    expect(f.kinds).toEqual([{ value: 'PEER_GROUP', count: 2 }]);
    expect(f.languages).toEqual([
      { value: 'en', count: 2 },
      { value: 'cy', count: 1 },
    ]);
    expect(f.topics).toEqual([{ value: 'anxiety', count: 2 }]);
  });

  it('refuses bad coordinates, radii and values naming the argument', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ near: { latitude: 91, longitude: 0 } }, 'near.latitude'],
      [{ near: { latitude: -90.5, longitude: 0 } }, 'near.latitude'],
      [{ near: { latitude: 0, longitude: 180.01 } }, 'near.longitude'],
      [{ near: { latitude: 0, longitude: 0, radiusKm: 0 } }, 'near.radiusKm'],
      [{ near: { latitude: 0, longitude: 0, radiusKm: -3 } }, 'near.radiusKm'],
      [{ near: { latitude: 0, longitude: 0, radiusKm: 500.1 } }, 'near.radiusKm'],
      [{ filter: { languages: ['english'] } }, 'filter.languages'],
      [{ filter: { meetsWithinDays: 0 } }, 'filter.meetsWithinDays'],
      [{ filter: { text: 'x'.repeat(201) } }, 'filter.text'],
      [{ orderBy: 'DISTANCE' }, 'orderBy'],
      [{ orderBy: 'RELEVANCE' }, 'orderBy'],
    ];
    for (const [vars, arg] of cases) {
      // Values the schema's types allow but the service refuses; sent as text, as a client could.
      const r = await s.gql(untyped(q), vars);
      expect(errorCode(r), JSON.stringify(vars)).toBe('BAD_USER_INPUT');
      expect(r.errors![0]!.message.startsWith(`${arg}:`), r.errors![0]!.message).toBe(true);
      expect(r.errors![0]!.message).not.toMatch(/select|where|\$[0-9]/i);
    }
    expect(errorCode(await s.gql(untyped(q), { filter: { kinds: ['BOAT'] } }))).toBe('BAD_USER_INPUT');
  });
});

describe('approximate locations in search', () => {
  it('are found, sorted and measured by their rounded point only', async () => {
    const p = await partner(s.database);
    const exact = { latitude: 53.80449, longitude: -1.54649 };
    await addListings(s.database, [
      listing(p.organizationId, {
        name: 'private',
        location: {
          name: null,
          address: '9 Hidden Way',
          locality: 'Leeds',
          region: null,
          postalCode: 'LS2 9JT',
          country: 'GB',
          ...exact,
          approximate: true,
        },
      }),
    ]);
    // A searcher standing on the exact point finds it only by its rounded point (53.80, -1.55), about 0.55 km away.
    const q = graphql(`
      query SearchApproximate($near: NearInput!, $f: ResourceFilter) {
        resources(near: $near, filter: $f) {
          edges {
            cursor
            distanceKm
            node {
              location {
                latitude
                longitude
                address
                postalCode
              }
            }
          }
        }
      }
    `);
    const close = await s.gql(q, { near: { ...exact, radiusKm: 0.2 }, f: { organizationIds: [p.organizationGid] } });
    expect(close.errors).toBeUndefined();
    expect(close.data.resources.edges).toHaveLength(0);
    const wider = await s.gql(q, { near: { ...exact, radiusKm: 1 }, f: { organizationIds: [p.organizationGid] } });
    const edge = wider.data.resources.edges[0]!;
    const rounded = { latitude: 53.8, longitude: -1.55 };
    expect(edge.distanceKm).toBe(Math.round(haversineKm(exact, rounded) * 10) / 10);
    expect(edge.node.location).toEqual({ ...rounded, address: null, postalCode: null });
  });
});
