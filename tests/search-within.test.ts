import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prng } from '../db/seeds/demo.ts';
import type { NewListing } from '../src/modules/resources/listing.ts';
import { boxBounds } from '../src/modules/search/repository.ts';
import { addListings, listing, partner } from './helpers/fixtures.ts';
import { errorCode, startTestServer, type TestServer, type TypedResponse } from './helpers/server.ts';
import { graphql } from './generated/index.ts';
import type { NearInput, ResourceFilter, WithinQuery } from './generated/graphql.ts';

// `filter.within`: the map viewport. Compared with an oracle over a seeded set spread over the whole globe,
// including both sides of the antimeridian, the poles and points exactly on a box's edges.

let s: TestServer;
let org: string;
const places: Array<{
  id: number;
  latitude: number;
  longitude: number;
  online: boolean;
  kind: string;
  published: boolean;
}> = [];
beforeAll(async () => {
  s = await startTestServer();
  const p = await partner(s.database);
  org = p.organizationGid;
  const r = prng(31337);
  const listings: NewListing[] = [];
  const points: Array<[number, number]> = [];
  for (let i = 0; i < 1200; i++) {
    // A third everywhere, a third near the antimeridian, a third on a coarse grid (so edges are hit exactly).
    const lat = i % 3 === 0 ? -89.9 + r.next() * 179.8 : i % 3 === 1 ? -60 + r.next() * 120 : -80 + 10 * r.int(0, 16);
    const lng =
      i % 3 === 0
        ? -180 + r.next() * 360
        : i % 3 === 1
          ? r.chance(0.5)
            ? 170 + r.next() * 10
            : -180 + r.next() * 10
          : -180 + 10 * r.int(0, 36);
    points.push([lat, lng]);
  }
  points.forEach(([latitude, longitude], i) => {
    const online = i % 11 === 0;
    listings.push(
      listing(p.organizationId, {
        kind: online ? 'ONLINE_COMMUNITY' : i % 4 === 0 ? 'WORKSHOP' : 'PEER_GROUP',
        format: online ? 'ONLINE' : i % 5 === 0 ? 'HYBRID' : 'IN_PERSON',
        status: i % 13 === 0 ? 'PENDING' : 'PUBLISHED',
        location: online
          ? null
          : {
              name: null,
              address: '1 Road',
              locality: 'X',
              region: null,
              postalCode: null,
              country: 'GB',
              latitude,
              longitude,
              approximate: false,
            },
      }),
    );
  });
  const ids = await addListings(s.database, listings);
  ids.forEach((id, i) => {
    const l = listings[i]!;
    places.push({
      id,
      latitude: points[i]![0],
      longitude: points[i]![1],
      online: l.format === 'ONLINE',
      kind: l.kind,
      published: l.status === 'PUBLISHED',
    });
  });
}, 120_000);
afterAll(() => s.close());

type Box = { south: number; west: number; north: number; east: number };
const inside = (b: Box, p: { latitude: number; longitude: number }) =>
  p.latitude >= b.south &&
  p.latitude <= b.north &&
  (b.west <= b.east ? p.longitude >= b.west && p.longitude <= b.east : p.longitude >= b.west || p.longitude <= b.east);
const idOf = (gid: string) => Number(Buffer.from(gid, 'base64url').toString().split(':')[1]);

const Q = graphql(`
  query Within($filter: ResourceFilter, $near: NearInput, $after: String, $counts: Boolean!) {
    resources(filter: $filter, near: $near, first: 100, after: $after, orderBy: NAME) {
      totalCount @include(if: $counts)
      facets @include(if: $counts) {
        kinds {
          value
          count
        }
      }
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

async function all(filter: ResourceFilter, near?: NearInput) {
  const ids: number[] = [];
  let after: string | null = null;
  let first: WithinQuery['resources'] | undefined;
  for (let page = 0; page < 50; page++) {
    const r: TypedResponse<WithinQuery> = await s.gql(Q, { filter, near, after, counts: after === null });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    first ??= r.data.resources;
    ids.push(...r.data.resources.edges.map((e) => idOf(e.node.id)));
    // The first page asked for the counts: they are there.
    if (!r.data.resources.pageInfo.hasNextPage) return { ids, totalCount: first.totalCount!, facets: first.facets! };
    after = r.data.resources.pageInfo.endCursor ?? null;
  }
  throw new Error('too many pages');
}

describe('within', () => {
  it('returns exactly the located listings in the box, with counts and facets to match (oracle, 16 boxes)', async () => {
    const r = prng(5);
    const boxes: Box[] = [
      { south: -10, west: 170, north: 40, east: -170 }, // across the antimeridian, several pages
      { south: -80, west: -180, north: -40, east: -150 }, // on grid edges
      { south: 20, west: 10, north: 20, east: 10 }, // a single grid point
      { south: 60, west: 179, north: 90, east: -179 },
    ];
    // Mostly boxes of a page or less: each page is a full NAME-ordered statement, slow in a busy shared database.
    while (boxes.length < 16) {
      const south = -90 + r.next() * 170;
      const north = Math.min(90, south + r.next() * 40);
      const crossing = r.chance(0.3);
      const west = crossing ? 150 + r.next() * 30 : -180 + r.next() * 360;
      const east = crossing ? -180 + r.next() * 30 : Math.min(180, west + r.next() * 60);
      boxes.push({ south, west, north, east });
    }
    let matched = 0;
    for (const box of boxes) {
      const expected = places.filter((p) => p.published && !p.online && inside(box, p));
      const got = await all({ organizationIds: [org], within: box });
      expect(new Set(got.ids).size).toBe(got.ids.length);
      expect(
        [...got.ids].sort((a, b) => a - b),
        JSON.stringify(box),
      ).toEqual(expected.map((p) => p.id).sort((a, b) => a - b));
      expect(got.totalCount).toBe(expected.length);
      const kinds: Record<string, number> = Object.fromEntries(got.facets.kinds.map((k) => [k.value, k.count]));
      for (const kind of ['PEER_GROUP', 'WORKSHOP'])
        expect(kinds[kind] ?? 0).toBe(expected.filter((p) => p.kind === kind).length);
      expect(kinds.ONLINE_COMMUNITY).toBeUndefined();
      matched += expected.length;
    }
    expect(matched).toBeGreaterThan(300);
  }, 600_000);

  it('combines with near: both must hold', async () => {
    const near = { latitude: 0, longitude: 179.5, radiusKm: 500 };
    const box = { south: -5, west: 178, north: 5, east: -178 };
    const got = await all({ organizationIds: [org], within: box }, near);
    const R = 6371.0088;
    const rad = Math.PI / 180;
    const km = (p: { latitude: number; longitude: number }) => {
      const h =
        Math.sin(((p.latitude - near.latitude) * rad) / 2) ** 2 +
        Math.cos(p.latitude * rad) *
          Math.cos(near.latitude * rad) *
          Math.sin(((p.longitude - near.longitude) * rad) / 2) ** 2;
      return 2 * R * Math.asin(Math.sqrt(h));
    };
    const expected = places.filter((p) => p.published && !p.online && inside(box, p) && km(p) <= near.radiusKm);
    expect(expected.length).toBeGreaterThan(0);
    expect([...got.ids].sort((a, b) => a - b)).toEqual(expected.map((p) => p.id).sort((a, b) => a - b));
    expect(got.totalCount).toBe(expected.length);
  });

  it('counts the whole directory in a viewport as SQL does', async () => {
    const box = { south: 53.7, west: -1.7, north: 53.9, east: -1.4 }; // Leeds
    const got = await s.gql(
      graphql(`
        query WithinCount($f: ResourceFilter) {
          resources(filter: $f, first: 0) {
            totalCount
          }
        }
      `),
      {
        f: { within: box },
      },
    );
    const row = await s.database.db
      .selectFrom('locations as l')
      .innerJoin('resources as r', 'r.id', 'l.resource_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('r.status', '=', 'PUBLISHED')
      .where('r.format', '!=', 'ONLINE')
      // Paused and closed listings leave default searches (listing model).
      .where('r.operational_status', 'not in', ['PAUSED', 'CLOSED'])
      .where('l.latitude', '>=', box.south)
      .where('l.latitude', '<=', box.north)
      .where('l.longitude', '>=', box.west)
      .where('l.longitude', '<=', box.east)
      .executeTakeFirstOrThrow();
    expect(Number(row.n)).toBeGreaterThan(10);
    expect(got.data.resources.totalCount).toBe(Number(row.n));
  });

  it('refuses boxes out of range', async () => {
    for (const [box, arg] of [
      [{ south: -91, west: 0, north: 0, east: 1 }, 'filter.within.south'],
      [{ south: 0, west: 0, north: 90.5, east: 1 }, 'filter.within.north'],
      [{ south: 0, west: -181, north: 1, east: 1 }, 'filter.within.west'],
      [{ south: 0, west: 0, north: 1, east: 1e9 }, 'filter.within.east'],
      [{ south: 10, west: 0, north: 5, east: 1 }, 'filter.within'],
    ] as const) {
      const r = await s.gql(
        graphql(`
          query WithinRefused($f: ResourceFilter) {
            resources(filter: $f) {
              totalCount
            }
          }
        `),
        {
          f: { within: box },
        },
      );
      expect(errorCode(r), JSON.stringify(box)).toBe('BAD_USER_INPUT');
      expect(r.errors![0]!.message.startsWith(`${arg}:`)).toBe(true);
    }
  });

  it('bounds every point of a box by the cube the index is asked for (property)', () => {
    const lat = fc.double({ min: -90, max: 90, noNaN: true });
    const lng = fc.double({ min: -180, max: 180, noNaN: true });
    fc.assert(
      fc.property(
        lat,
        lat,
        lng,
        lng,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, west, east, u, v) => {
          const box = { south: Math.min(a, b), north: Math.max(a, b), west, east };
          const { min, max } = boxBounds(box);
          const latitude = box.south + u * (box.north - box.south);
          const span = west <= east ? east - west : 360 - (west - east);
          let longitude = west + v * span;
          if (longitude > 180) longitude -= 360;
          const rad = Math.PI / 180;
          const p = [
            Math.cos(latitude * rad) * Math.cos(longitude * rad),
            Math.cos(latitude * rad) * Math.sin(longitude * rad),
            Math.sin(latitude * rad),
          ];
          for (let i = 0; i < 3; i++) {
            if (p[i]! < min[i]! - 1e-9 || p[i]! > max[i]! + 1e-9) return false;
          }
          return true;
        },
      ),
      { numRuns: 5000 },
    );
  });
});
