import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeId } from '../src/shared/ids.ts';
import { countStatements } from './helpers/database.ts';
import { addListings, listing, partner, resourceGid, unique } from './helpers/fixtures.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { startEventsSubgraph } from './federation/events-subgraph.ts';
import { startGateway } from './federation/gateway.ts';
import { graphql } from './generated/index.ts';
import type { FederationNearbyQuery } from './generated/graphql.ts';

let s: TestServer;
let events: Awaited<ReturnType<typeof startEventsSubgraph>>;
let gateway: Awaited<ReturnType<typeof startGateway>>;

// Tromsø: far from every other test's listings, so the nearby results are this file's own.
const HERE = { latitude: 69.6492, longitude: 18.9553 };
const near = `{ latitude: ${HERE.latitude}, longitude: ${HERE.longitude}, radiusKm: 10 }`;
const nearby = graphql(`
  query FederationNearby($near: NearInput!) {
    resources(near: $near, first: 10) {
      edges {
        distanceKm
        node {
          __typename
          id
          name
          organization {
            id
            name
          }
        }
      }
    }
  }
`);
type Edge = FederationNearbyQuery['resources']['edges'][number];
let leeds: Edge[];
let groups: Edge[];

beforeAll(async () => {
  s = await startTestServer();
  // Two peer groups of our own with schedules, so the assertions do not depend on what other tests added.
  const p = await partner(s.database);
  const schedule = {
    rrule: 'FREQ=WEEKLY;BYDAY=TU',
    timeZone: 'Europe/London',
    startTime: '18:00',
    startDate: '2026-01-06',
    durationMinutes: 60,
    cancelledDates: [],
  };
  const location = {
    name: null,
    address: null,
    locality: 'Tromsø',
    region: null,
    postalCode: null,
    country: 'NO',
    ...HERE,
    approximate: false,
  };
  const ids = await addListings(s.database, [
    listing(p.organizationId, { schedule, location }),
    listing(p.organizationId, { schedule, location }),
    listing(p.organizationId, {
      kind: 'WORKSHOP',
      location,
      sessions: [{ startsAt: new Date('2030-01-01T10:00:00Z'), endsAt: null, timeZone: 'Europe/Oslo' }],
    }),
  ]);
  leeds = (await s.gql(nearby, { near: { ...HERE, radiusKm: 10 } })).data.resources.edges;
  groups = await Promise.all(
    ids.slice(0, 2).map(async (id) => ({
      distanceKm: 0,
      node: (
        await s.gql(
          graphql(`
            query FederationGroup($id: ID!) {
              resource(id: $id) {
                __typename
                id
                name
                organization {
                  id
                  name
                }
              }
            }
          `),
          { id: resourceGid(id) },
        )
      ).data.resource!,
    })),
  );
  // The events service knows our entities only by id, as a real partner service would.
  events = await startEventsSubgraph({
    organizationId: groups[0]!.node.organization.id,
    peerGroupIds: groups.map((e) => e.node.id),
  });
  gateway = await startGateway([
    { name: 'peer-atlas', url: `${s.url}/graphql` },
    { name: 'events', url: events.url },
  ]);
});
afterAll(async () => {
  await gateway?.stop();
  await events?.stop();
  await s?.close();
});

describe('federation through a gateway', () => {
  it('adds the events subgraph fields to a nearby search', async () => {
    expect(groups).toHaveLength(2);
    const r = await gateway.gql(`{ resources(near: ${near}, first: 10) { edges { distanceKm node { __typename id name
      ... on PeerGroup { upcomingEvents { title } } organization { id name events { title } } } } } }`);
    expect(r.errors).toBeUndefined();
    const edges = r.data.resources.edges;
    expect(edges.map((e: Edge) => [e.node.id, e.node.name, e.distanceKm, e.node.organization.name])).toEqual(
      leeds.map((e) => [e.node.id, e.node.name, e.distanceKm, e.node.organization.name]),
    );
    for (const e of edges) {
      const titles = events.rows.filter((ev) => ev.peerGroupId === e.node.id).map((ev) => ({ title: ev.title }));
      if (e.node.__typename === 'PeerGroup') expect(e.node.upcomingEvents).toEqual(titles);
      else expect(e.node).not.toHaveProperty('upcomingEvents');
      const orgTitles = events.rows
        .filter((ev) => ev.organizationId === e.node.organization.id)
        .map((ev) => ({ title: ev.title }));
      expect(e.node.organization.events).toEqual(orgTitles);
    }
    expect(edges.find((e: Edge) => e.node.id === groups[0]!.node.id).node.upcomingEvents).toEqual([
      { title: 'Open evening 1' },
    ]);
    const org = edges.find((e: Edge) => e.node.organization.id === groups[0]!.node.organization.id).node.organization;
    expect(org.events.map((e: { title: string }) => e.title)).toEqual([
      'Annual peer supporters gathering',
      'Open evening 1',
      'Open evening 2',
    ]);
  });

  it('resolves our fields on the events subgraph’s own results', async () => {
    const from = '2030-01-01T00:00:00Z';
    const r = await gateway.gql(
      `{ featuredEvents { id title organization { id name } peerGroup { id name nextMeetings(first: 2, from: "${from}") { startsAt } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const ours = await s.gql(
      graphql(`
        query FederationOurs($a: ID!, $b: ID!, $from: DateTime) {
          a: resource(id: $a) {
            name
            ... on PeerGroup {
              nextMeetings(first: 2, from: $from) {
                startsAt
              }
            }
          }
          b: resource(id: $b) {
            name
            ... on PeerGroup {
              nextMeetings(first: 2, from: $from) {
                startsAt
              }
            }
          }
        }
      `),
      { a: groups[0]!.node.id, b: groups[1]!.node.id, from },
    );
    const orgName = groups[0]!.node.organization.name;
    expect(r.data.featuredEvents).toEqual([
      {
        id: 'event-1',
        title: 'Annual peer supporters gathering',
        organization: { id: groups[0]!.node.organization.id, name: orgName },
        peerGroup: null,
      },
      {
        id: 'event-2',
        title: 'Open evening 1',
        organization: { id: groups[0]!.node.organization.id, name: orgName },
        peerGroup: { id: groups[0]!.node.id, ...ours.data.a },
      },
      {
        id: 'event-3',
        title: 'Open evening 2',
        organization: { id: groups[0]!.node.organization.id, name: orgName },
        peerGroup: { id: groups[1]!.node.id, ...ours.data.b },
      },
    ]);
    const a = ours.data.a!;
    expect('nextMeetings' in a ? a.nextMeetings : undefined).toHaveLength(2);
  });
});

describe('our subgraph', () => {
  it('declares its entities in _service { sdl }', async () => {
    const sdl: string = (await s.gql('{ _service { sdl } }')).data._service.sdl;
    for (const type of [
      'interface Resource',
      'type PeerGroup',
      'type Workshop',
      'type OnlineCommunity',
      'type Topic',
      'type Organization',
    ]) {
      expect(sdl).toMatch(new RegExp(`${type}\\b[^{]*@key\\(fields: "id"\\)`));
    }
  });

  const entities = `query($r: [_Any!]!) { _entities(representations: $r) { __typename
    ... on Resource { id name } ... on Topic { id slug } ... on Organization { id name } } }`;

  it('resolves 50 mixed representations in order, with one statement per table', async () => {
    const page = await s.gql(
      graphql(`
        query FederationPage {
          resources(first: 100) {
            edges {
              node {
                __typename
                id
                topics {
                  id
                }
                organization {
                  id
                }
              }
            }
          }
        }
      `),
    );
    const nodes = page.data.resources.edges.map((e) => e.node);
    const pools: Record<string, string[]> = {
      PeerGroup: nodes.filter((n) => n.__typename === 'PeerGroup').map((n) => n.id),
      Workshop: nodes.filter((n) => n.__typename === 'Workshop').map((n) => n.id),
      OnlineCommunity: nodes.filter((n) => n.__typename === 'OnlineCommunity').map((n) => n.id),
      Topic: [...new Set(nodes.flatMap((n) => n.topics.map((t) => t.id)))],
      Organization: [...new Set(nodes.map((n) => n.organization.id))],
    };
    for (const ids of Object.values(pools)) expect(ids.length).toBeGreaterThan(0);
    // A router sends the interface type only for another subgraph's @interfaceObject; we answer with the concrete type.
    pools.Resource = nodes.map((n) => n.id);
    const typenames = Object.keys(pools);
    const reps = Array.from({ length: 50 }, (_, i) => {
      const __typename = typenames[i % typenames.length]!;
      const ids = pools[__typename]!;
      return { __typename, id: ids[Math.floor(i / typenames.length) % ids.length]! };
    });
    const concrete = new Map(nodes.map((n) => [n.id, n.__typename]));

    const { result, statements, texts } = await countStatements(s.database, () => s.gql(entities, { r: reps }));
    expect(result.errors).toBeUndefined();
    expect(
      result.data._entities.map((e: { __typename: string; id: string }) => ({ __typename: e.__typename, id: e.id })),
    ).toEqual(
      reps.map((r) => ({ __typename: r.__typename === 'Resource' ? concrete.get(r.id) : r.__typename, id: r.id })),
    );
    // listings, the topic taxonomy and organisations: one statement each, however many representations.
    expect(statements, texts.join('\n')).toBeLessThanOrEqual(3);
  });

  it('answers null for representations it does not know, without errors', async () => {
    const name = unique('Federated partner');
    const p = await partner(s.database, { name });
    const [workshop, pending] = await addListings(s.database, [
      listing(p.organizationId, { kind: 'WORKSHOP' }),
      listing(p.organizationId, { status: 'PENDING' }),
    ]);
    const known = { __typename: 'Organization', id: p.organizationGid };
    const reps = [
      { __typename: 'PeerGroup', id: resourceGid(2_000_000_000) },
      known,
      { __typename: 'Topic', id: encodeId('Topic', 999_999) },
      { __typename: 'Organization', id: encodeId('Organization', 999_999) },
      { __typename: 'Workshop', id: 'not-an-id' },
      { __typename: 'OnlineCommunity', id: '' },
      // The right table but the wrong type: a router must not get a workshop dressed as a peer group.
      { __typename: 'PeerGroup', id: resourceGid(workshop!) },
      { __typename: 'Topic', id: p.organizationGid },
      // Not visible to an anonymous reader, so it must not be reachable through _entities either.
      { __typename: 'PeerGroup', id: resourceGid(pending!) },
    ];
    const r = await s.gql(entities, { r: reps });
    expect(r.errors).toBeUndefined();
    expect(r.data._entities).toEqual(
      reps.map((rep) => (rep === known ? { __typename: 'Organization', id: p.organizationGid, name } : null)),
    );
  });
});
