import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addListings, listing, partner, resourceGid } from './helpers/fixtures.ts';
import { errorCode, startTestServer, type TestServer, type TypedResponse } from './helpers/server.ts';
import { graphql } from './generated/index.ts';
import type { ReadOrganizationPagesQuery } from './generated/graphql.ts';

let s: TestServer;

const RESOURCE_ID = graphql(`
  query ReadResourceId($id: ID!) {
    resource(id: $id) {
      id
    }
  }
`);
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

describe('read path', () => {
  it('lists the demo data as a connection with a total count', async () => {
    const r = await s.gql(
      graphql(`
        query ReadFirstPage {
          resources(first: 3) {
            totalCount
            edges {
              cursor
              node {
                id
                name
                kind
                organization {
                  name
                }
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      `),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.resources.totalCount).toBeGreaterThanOrEqual(2000);
    expect(r.data.resources.edges).toHaveLength(3);
    expect(r.data.resources.pageInfo.hasNextPage).toBe(true);
    for (const e of r.data.resources.edges) expect(e.node.organization.name).toBeTruthy();
  });

  it('resolves every kind with its own fields through resource() and node()', async () => {
    const p = await partner(s.database);
    const [group, workshop, online] = await addListings(s.database, [
      listing(p.organizationId, {
        kind: 'PEER_GROUP',
        topicSlugs: ['suicide-bereavement'],
        schedule: {
          rrule: 'FREQ=WEEKLY;BYDAY=WE',
          timeZone: 'Europe/London',
          startTime: '19:00',
          startDate: '2026-01-07',
          durationMinutes: 90,
          cancelledDates: [],
        },
      }),
      listing(p.organizationId, {
        kind: 'WORKSHOP',
        capacity: 12,
        registrationUrl: 'https://example.org/register',
        sessions: [
          {
            startsAt: new Date('2027-01-10T10:00:00Z'),
            endsAt: new Date('2027-01-10T12:00:00Z'),
            timeZone: 'Europe/London',
          },
        ],
      }),
      listing(p.organizationId, { kind: 'ONLINE_COMMUNITY', format: 'ONLINE', platform: 'Matrix', moderated: false }),
    ]);
    const q = graphql(`
      query ReadEveryKind($id: ID!) {
        resource(id: $id) {
          __typename
          id
          kind
          name
          status
          version
          location {
            locality
          }
          topics {
            slug
            parent {
              slug
            }
          }
          ... on PeerGroup {
            facilitation
            schedule {
              rrule
              timeZone
              startTime
              durationMinutes
              description
            }
            nextMeetings(first: 2, from: "2026-12-01T00:00:00Z") {
              startsAt
              localStartsAt
              timeZone
            }
          }
          ... on Workshop {
            capacity
            registrationUrl
            sessions {
              startsAt
              endsAt
            }
          }
          ... on OnlineCommunity {
            platform
            moderated
          }
        }
      }
    `);
    const g = await s.gql(q, { id: resourceGid(group!) });
    expect(g.errors).toBeUndefined();
    const group_ = g.data.resource!;
    if (group_.__typename !== 'PeerGroup') throw new Error(`expected a PeerGroup, got ${group_.__typename}`);
    expect(group_).toMatchObject({
      __typename: 'PeerGroup',
      kind: 'PEER_GROUP',
      facilitation: 'PEER_LED',
      version: 1,
    });
    expect(group_.topics).toEqual([{ slug: 'suicide-bereavement', parent: { slug: 'grief-and-bereavement' } }]);
    expect(group_.schedule!.description).toContain('Wednesday');
    expect(group_.nextMeetings).toEqual([
      { startsAt: '2026-12-02T19:00:00.000Z', localStartsAt: '2026-12-02T19:00', timeZone: 'Europe/London' },
      { startsAt: '2026-12-09T19:00:00.000Z', localStartsAt: '2026-12-09T19:00', timeZone: 'Europe/London' },
    ]);
    const w = await s.gql(q, { id: resourceGid(workshop!) });
    expect(w.data.resource).toMatchObject({
      __typename: 'Workshop',
      capacity: 12,
      sessions: [{ startsAt: '2027-01-10T10:00:00.000Z', endsAt: '2027-01-10T12:00:00.000Z' }],
    });
    const o = await s.gql(q, { id: resourceGid(online!) });
    expect(o.data.resource).toMatchObject({
      __typename: 'OnlineCommunity',
      platform: 'Matrix',
      moderated: false,
      location: null,
    });

    const n = await s.gql(
      graphql(`
        query ReadNodeWorkshop($id: ID!) {
          node(id: $id) {
            __typename
            id
            ... on Workshop {
              capacity
            }
          }
        }
      `),
      {
        id: resourceGid(workshop!),
      },
    );
    expect(n.data.node).toEqual({ __typename: 'Workshop', id: resourceGid(workshop!), capacity: 12 });
  });

  it('returns null for unknown ids and BAD_USER_INPUT for malformed ones', async () => {
    const unknown = await s.gql(
      graphql(`
        query ReadUnknownIds($id: ID!) {
          resource(id: $id) {
            id
          }
          node(id: $id) {
            id
          }
        }
      `),
      {
        id: resourceGid(2_000_000_000),
      },
    );
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ resource: null, node: null });
    for (const bad of [
      'not-an-id',
      '',
      'UmVzb3VyY2U6YWJj',
      Buffer.from('Resource:-1').toString('base64url'),
      'x'.repeat(500),
    ]) {
      const r = await s.gql(RESOURCE_ID, { id: bad });
      expect(errorCode(r), bad).toBe('BAD_USER_INPUT');
    }
    const org = await s.gql(
      graphql(`
        query ReadOrganizationId($id: ID!) {
          organization(id: $id) {
            id
          }
        }
      `),
      { id: 'garbage!' },
    );
    expect(errorCode(org)).toBe('BAD_USER_INPUT');
  });

  it('hides unpublished listings from anonymous readers', async () => {
    const p = await partner(s.database);
    const [pending] = await addListings(s.database, [listing(p.organizationId, { status: 'PENDING' })]);
    const r = await s.gql(RESOURCE_ID, { id: resourceGid(pending!) });
    expect(r.data.resource).toBeNull();
    const owner = await s.gql(
      graphql(`
        query ReadStatus($id: ID!) {
          resource(id: $id) {
            id
            status
          }
        }
      `),
      { id: resourceGid(pending!) },
      p.token,
    );
    expect(owner.data.resource).toEqual({ id: resourceGid(pending!), status: 'PENDING' });
  });

  it('never reveals the exact place of an approximate location', async () => {
    const p = await partner(s.database);
    const [id] = await addListings(s.database, [
      listing(p.organizationId, {
        location: {
          name: 'A home',
          address: '7 Secret Road',
          locality: 'Leeds',
          region: 'GB-ENG',
          postalCode: 'LS6 2AB',
          country: 'GB',
          latitude: 53.812345,
          longitude: -1.567891,
          approximate: true,
        },
      }),
    ]);
    const r = await s.gql(
      graphql(`
        query ReadApproximatePlace($id: ID!) {
          resource(id: $id) {
            location {
              address
              postalCode
              latitude
              longitude
              approximate
            }
          }
        }
      `),
      { id: resourceGid(id!) },
    );
    expect(r.data.resource!.location).toEqual({
      address: null,
      postalCode: null,
      latitude: 53.81,
      longitude: -1.57,
      approximate: true,
    });
    // Not even the database holds the exact point.
    const row = await s.database.db
      .selectFrom('locations')
      .selectAll()
      .where('resource_id', '=', id!)
      .executeTakeFirstOrThrow();
    expect([row.latitude, row.longitude, row.address, row.postal_code]).toEqual([53.81, -1.57, null, null]);
  });

  it('serves the topic tree', async () => {
    const all = await s.gql(
      graphql(`
        query ReadTopicTree {
          topics {
            slug
            parent {
              slug
            }
          }
        }
      `),
    );
    const slugs = all.data.topics.map((t) => t.slug);
    expect(slugs.length).toBeGreaterThanOrEqual(20);
    for (const s of [
      'anxiety',
      'depression',
      'grief-and-bereavement',
      'suicide-bereavement',
      'bipolar',
      'lgbtq-plus',
      'veterans',
    ])
      expect(slugs).toContain(s);
    // Parents come before their children.
    all.data.topics.forEach((t, i) => {
      if (t.parent) expect(slugs.indexOf(t.parent.slug)).toBeLessThan(i);
    });
    const grief = await s.gql(
      graphql(`
        query ReadTopic {
          topic(slug: "grief-and-bereavement") {
            name
            path
            children {
              slug
              path
            }
          }
          missing: topic(slug: "nope") {
            id
          }
        }
      `),
    );
    expect(grief.data.topic!.children.map((c) => c.slug)).toContain('suicide-bereavement');
    expect(grief.data.topic!.children.find((c) => c.slug === 'suicide-bereavement')!.path).toEqual([
      'grief-and-bereavement',
      'suicide-bereavement',
    ]);
    expect(grief.data.missing).toBeNull();
  });

  it('pages through an organisation’s listings without repeats', async () => {
    const p = await partner(s.database);
    await addListings(
      s.database,
      Array.from({ length: 7 }, (_, i) => listing(p.organizationId, { name: `Group ${String.fromCharCode(71 - i)}` })),
    );
    const q = graphql(`
      query ReadOrganizationPages($id: ID!, $after: String) {
        organization(id: $id) {
          name
          resources(first: 3, after: $after) {
            totalCount
            edges {
              cursor
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
      }
    `);
    const names: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const r: TypedResponse<ReadOrganizationPagesQuery> = await s.gql(q, { id: p.organizationGid, after });
      expect(r.errors).toBeUndefined();
      const conn = r.data.organization!.resources;
      expect(conn.totalCount).toBe(7);
      names.push(...conn.edges.map((e) => e.node.name));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(names).toEqual(['Group A', 'Group B', 'Group C', 'Group D', 'Group E', 'Group F', 'Group G']);
  });
});
