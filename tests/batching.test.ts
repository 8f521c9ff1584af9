import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements, usingPostgres } from './helpers/database.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { graphql } from './generated/index.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const nested = graphql(`
  query BatchingNested($first: Int!) {
    resources(first: $first) {
      edges {
        node {
          id
          name
          organization {
            id
            name
          }
          topics {
            slug
            name
          }
          location {
            locality
            latitude
          }
        }
      }
    }
  }
`);
const everyPart = graphql(`
  query BatchingEveryPart($first: Int!) {
    resources(first: $first) {
      edges {
        node {
          id
          name
          organization {
            id
            name
          }
          topics {
            slug
            name
          }
          location {
            locality
            latitude
          }
          ... on PeerGroup {
            schedule {
              rrule
            }
          }
          ... on Workshop {
            sessions {
              startsAt
            }
          }
        }
      }
    }
  }
`);

// Every part of a listing of each kind, as the by-id test reads it both ways.
graphql(`
  fragment BatchingEveryPart on Node {
    __typename
    ... on Resource {
      id
      name
      organization {
        id
        name
        url
      }
      topics {
        id
        slug
        name
      }
      location {
        name
        address
        locality
        latitude
        longitude
        approximate
        accessNotes
      }
    }
    ... on PeerGroup {
      schedule {
        rrule
        timeZone
        startTime
        durationMinutes
        cancelledDates
        description
      }
      nextMeetings(first: 3) {
        startsAt
        endsAt
        timeZone
      }
    }
    ... on Workshop {
      sessions {
        startsAt
      }
    }
    ... on OnlineCommunity {
      platform
    }
  }
`);

describe('DataLoader batching', () => {
  it('sends as many statements for 100 listings as for 5', async () => {
    const five = await countStatements(s.database, () => s.gql(nested, { first: 5 }));
    const hundred = await countStatements(s.database, () => s.gql(nested, { first: 100 }));
    expect(five.result.errors).toBeUndefined();
    expect(hundred.result.errors).toBeUndefined();
    expect(hundred.result.data.resources.edges).toHaveLength(100);
    // One statement whatever the page size: the page reads the locations, organisations and topics it is asked for.
    expect(hundred.statements).toBe(five.statements);
    expect(hundred.statements).toBe(1);
  });

  it('adds one statement per kind-specific part, not per listing', async () => {
    const hundred = await countStatements(s.database, () => s.gql(everyPart, { first: 100 }));
    const kinds = new Set(
      hundred.result.data.resources.edges.map((e) =>
        'schedule' in e.node ? 'group' : 'sessions' in e.node ? 'workshop' : 'online',
      ),
    );
    expect(kinds).toEqual(new Set(['group', 'workshop', 'online']));
    // + schedules + sessions (DataLoader batches: one each, not per listing).
    expect(hundred.statements).toBe(3);
  });

  it('answers a nearby page in one statement on PostgreSQL, with no transaction around it', async () => {
    const nearby = graphql(`
      query BatchingNearby {
        resources(near: { latitude: 53.4808, longitude: -2.2426, radiusKm: 25 }, first: 20) {
          edges {
            distanceKm
            node {
              id
              name
              organization {
                name
              }
              topics {
                slug
              }
              location {
                latitude
                longitude
              }
            }
          }
        }
      }
    `);
    const { result, statements, texts } = await countStatements(s.database, () => s.gql(nearby));
    expect(result.errors).toBeUndefined();
    expect(result.data.resources.edges.length).toBeGreaterThan(0);
    for (const e of result.data.resources.edges) expect(e.node.location!.latitude).toEqual(expect.any(Number));
    // PostgreSQL: the page runs on a session opened with the planner setting (db/planner-sessions.ts). PGlite has
    // one connection, so there the page keeps its BEGIN, SET LOCAL and COMMIT.
    expect(statements, texts.join('\n')).toBe(usingPostgres() ? 1 : 4);
    expect(texts.some((t) => /^\s*(begin|commit|set )/i.test(t))).toBe(!usingPostgres());
  });

  it('reads organisations and topics with the page exactly as the loaders read them, through fragments too', async () => {
    const page = await countStatements(s.database, () =>
      s.gql(
        graphql(`
          query BatchingPartsPage {
            resources(first: 40) {
              edges {
                node {
                  ...BatchingParts
                }
              }
            }
          }
          fragment BatchingParts on Resource {
            id
            organization {
              id
              name
              url
            }
            topics {
              id
              slug
              name
              parent {
                slug
              }
            }
          }
        `),
      ),
    );
    expect(page.result.errors).toBeUndefined();
    const nodes = page.result.data.resources.edges.map((e) => e.node);
    expect(nodes.length).toBe(40);
    // The page, and (unless another request read it in the last minute) the taxonomy for Topic.parent.
    const taxonomy = page.texts.filter((t) => /^select .* from "topics" order by "id"$/.test(t)).length;
    expect(page.statements - taxonomy, page.texts.join('\n')).toBe(1);
    // The same listings one by one, through the loaders (resource(id) reads no parts with it).
    for (const node of nodes) {
      // The fields written out in each kind, as a client that knows no fragments would ask.
      const one = await s.gql(
        graphql(`
          query BatchingPartsOne($id: ID!) {
            resource(id: $id) {
              ... on PeerGroup {
                id
                organization {
                  id
                  name
                  url
                }
                topics {
                  id
                  slug
                  name
                  parent {
                    slug
                  }
                }
              }
              ... on Workshop {
                id
                organization {
                  id
                  name
                  url
                }
                topics {
                  id
                  slug
                  name
                  parent {
                    slug
                  }
                }
              }
              ... on OnlineCommunity {
                id
                organization {
                  id
                  name
                  url
                }
                topics {
                  id
                  slug
                  name
                  parent {
                    slug
                  }
                }
              }
            }
          }
        `),
        { id: node.id },
      );
      expect(one.data.resource).toEqual(node);
    }
  });

  it('shares the topic tree between requests: a topic search after another one is a single statement', async () => {
    const q = graphql(`
      query BatchingTopicSearch {
        resources(filter: { topics: ["anxiety"] }, first: 20) {
          edges {
            node {
              id
              topics {
                slug
              }
            }
          }
        }
      }
    `);
    const first = await countStatements(s.database, () => s.gql(q));
    const second = await countStatements(s.database, () => s.gql(q));
    expect(second.result.errors).toBeUndefined();
    expect(second.result.data).toEqual(first.result.data);
    expect(first.statements).toBeLessThanOrEqual(2);
    expect(second.statements, second.texts.join('\n')).toBe(1);
  });

  it('reads a listing and every part asked for in one statement, exactly as the loaders read them', async () => {
    // The same fields (every part, in each kind: fragment BatchingEveryPart) through resource(id) and node(id).
    const viaResource = graphql(`
      query BatchingReadOne($id: ID!) {
        resource(id: $id) {
          ...BatchingEveryPart
        }
      }
    `);
    const viaNode = graphql(`
      query BatchingReadOneViaNode($id: ID!) {
        node(id: $id) {
          ...BatchingEveryPart
        }
      }
    `);
    const ids = await s.gql(
      graphql(`
        query BatchingSomeIds {
          resources(first: 60, filter: { includeOnline: true }) {
            edges {
              node {
                id
              }
            }
          }
        }
      `),
    );
    let kinds = new Set<string>();
    for (const { node } of ids.data.resources.edges) {
      const one = await countStatements(s.database, () => s.gql(viaResource, { id: node.id }));
      expect(one.result.errors).toBeUndefined();
      kinds = kinds.add(one.result.data.resource!.__typename);
      // A workshop's sessions are a list: the one part left to its loader.
      expect(one.statements, one.texts.join('\n')).toBe(one.result.data.resource!.__typename === 'Workshop' ? 2 : 1);
      // node(id) reads the listing alone and each part through its loader.
      const viaLoaders = await s.gql(viaNode, { id: node.id });
      expect(one.result.data.resource).toEqual(viaLoaders.data.node);
    }
    expect(kinds).toEqual(new Set(['PeerGroup', 'Workshop', 'OnlineCommunity']));
  });

  it('does not grow with the number of organisations asking for their listings', async () => {
    const q = graphql(`
      query BatchingOrganizations($n: Int!) {
        organizations(first: $n) {
          edges {
            node {
              name
              resources(first: 3) {
                totalCount
                edges {
                  node {
                    name
                    topics {
                      slug
                    }
                    organization {
                      name
                    }
                  }
                }
              }
            }
          }
        }
      }
    `);
    const two = await countStatements(s.database, () => s.gql(q, { n: 2 }));
    const all = await countStatements(s.database, () => s.gql(q, { n: 12 }));
    expect(all.result.errors).toBeUndefined();
    expect(all.result.data.organizations.edges.length).toBeGreaterThanOrEqual(12);
    for (const e of all.result.data.organizations.edges) expect(e.node.resources.edges.length).toBeLessThanOrEqual(3);
    expect(all.statements).toBe(two.statements);
  });

  describe('search pages that ask only for a result card', () => {
    const card = graphql(`
      query BatchingCard {
        resources(first: 30, filter: { includeOnline: true }) {
          edges {
            node {
              ...BatchingCardFields
            }
          }
        }
      }
      fragment BatchingCardFields on Resource {
        __typename
        id
        name
        kind
        format
        organization {
          name
        }
        topics {
          slug
        }
        location {
          locality
        }
      }
    `);
    const cardAndMore = graphql(`
      query BatchingCardAndMore {
        resources(first: 30, filter: { includeOnline: true }) {
          edges {
            node {
              ...BatchingCardFields
              ... on PeerGroup {
                description
              }
            }
          }
        }
      }
    `);

    it('read only the summary columns, and answer exactly as a full read does', async () => {
      const summary = await countStatements(s.database, () => s.gql(card));
      const full = await countStatements(s.database, () => s.gql(cardAndMore));
      expect(summary.result.errors).toBeUndefined();
      expect(full.result.errors).toBeUndefined();
      const page = summary.texts.find((t) => /from resources r/i.test(t) && /r\.name/.test(t));
      expect(page, summary.texts.join('\n')).toBeDefined();
      expect(page).not.toMatch(/r\.description/);
      // Any other field of the listing, here behind an inline fragment of one kind, reads every column.
      expect(full.texts.some((t) => /r\.description/.test(t))).toBe(true);
      const kinds = new Set(summary.result.data.resources.edges.map((e) => e.node.__typename));
      expect(kinds).toEqual(new Set(['PeerGroup', 'Workshop', 'OnlineCommunity']));
      expect(summary.result.data.resources.edges.map((e) => e.node)).toEqual(
        full.result.data.resources.edges.map(({ node }) => {
          const { description: _, ...rest } = node as typeof node & { description?: unknown };
          return rest;
        }),
      );
    });

    it('read a location and the next meeting only when the query asks for them', async () => {
      const bare = await countStatements(s.database, () =>
        s.gql(
          graphql(`
            query BatchingBareCard {
              resources(first: 5) {
                edges {
                  node {
                    id
                    name
                  }
                }
              }
            }
          `),
        ),
      );
      const withBoth = await countStatements(s.database, () =>
        s.gql(
          graphql(`
            query BatchingCardWithPlace {
              resources(first: 5) {
                edges {
                  nextMeetingAt
                  node {
                    id
                    name
                    location {
                      locality
                    }
                  }
                }
              }
            }
          `),
        ),
      );
      expect(bare.result.errors).toBeUndefined();
      expect(withBoth.result.errors).toBeUndefined();
      expect(bare.texts.join('\n')).not.toMatch(/join locations pl|resource_occurrences/);
      expect(withBoth.texts.join('\n')).toMatch(/join locations pl/);
      expect(withBoth.texts.join('\n')).toMatch(/resource_occurrences/);
      expect(withBoth.statements).toBe(1);
      expect(withBoth.result.data.resources.edges.map((e) => e.node.id)).toEqual(
        bare.result.data.resources.edges.map((e) => e.node.id),
      );
    });

    it('tell two operations of one document apart when they share a fragment', async () => {
      // Apollo keeps one parsed document per text: B merges the fragment's `resources` with fields of its own.
      const text = `
        query CardOnly { ...CardPage }
        query CardAndMore {
          ...CardPage
          resources(first: 3, orderBy: NEXT_MEETING) { edges { nextMeetingAt node { description languages } } }
        }
        fragment CardPage on Query { resources(first: 3, orderBy: NEXT_MEETING) { edges { node { id name } } } }`;
      const run = async (operationName: string, query = text) => {
        const res = await fetch(`${s.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, operationName }),
        });
        return (await res.json()) as {
          data?: { resources: { edges: Array<{ nextMeetingAt?: string | null; node: Record<string, unknown> }> } };
          errors?: unknown[];
        };
      };
      // Alone: the same text with a trailing space is another document.
      const alone = await run('CardAndMore', `${text} `);
      expect(alone.errors).toBeUndefined();
      expect((await run('CardOnly')).errors).toBeUndefined();
      const after = await run('CardAndMore');
      expect(after.errors).toBeUndefined();
      expect(after.data).toEqual(alone.data);
      expect(after.data!.resources.edges.some((e) => e.nextMeetingAt)).toBe(true);
    });

    it('never stand in for the whole listing elsewhere in the same request', async () => {
      const first = await s.gql(card);
      const id = first.data.resources.edges[0]!.node.id;
      const both = await s.gql(
        graphql(`
          query BatchingCardThenListing($id: ID!) {
            resources(first: 30, filter: { includeOnline: true }) {
              edges {
                node {
                  id
                  name
                }
              }
            }
            resource(id: $id) {
              id
              name
              description
              languages
              updatedAt
            }
            node(id: $id) {
              ... on Resource {
                description
                languages
              }
            }
          }
        `),
        { id },
      );
      expect(both.errors).toBeUndefined();
      const alone = await s.gql(
        graphql(`
          query BatchingListingAlone($id: ID!) {
            resource(id: $id) {
              id
              name
              description
              languages
              updatedAt
            }
          }
        `),
        { id },
      );
      expect(both.data.resource).toEqual(alone.data.resource);
      expect(both.data.node).toEqual({
        description: alone.data.resource!.description,
        languages: alone.data.resource!.languages,
      });
    });
  });
});
