// The fixed operations the benchmark drives. Each yields the next request body (most are constant; the mutation
// mix rotates) and says how to tell a failed response from a good one without parsing every body.

export const MANCHESTER = { latitude: 53.4808, longitude: -2.2426 };

export interface Operation {
  name: string;
  /** Which key the requests carry. */
  auth: 'anonymous' | 'partner' | 'analyst';
  /** The next request body (JSON). */
  next(): string;
  /** True when a 2xx response body is a success (no GraphQL errors, no userErrors). */
  ok(body: string): boolean;
  /** Requests sent before the measured one when probing (so that it takes the steady-state path). */
  warm: number;
  /** Distinct requests in the rotation: the probe captures this many and averages. */
  cycle: number;
}

const noErrors = (body: string) => !body.includes('"errors"');
const fixed = (
  name: string,
  query: string,
  variables: Record<string, unknown>,
  auth: Operation['auth'] = 'anonymous',
): Operation => {
  const body = JSON.stringify({ query, variables });
  return { name, auth, next: () => body, ok: noErrors, warm: 1, cycle: 1 };
};

const listingFields = `id name kind format organization { id name } topics { slug name }`;

export const nearby = (near = MANCHESTER) =>
  fixed(
    'nearby',
    `query Nearby($near: NearInput!) { resources(near: $near, first: 20) {
      edges { cursor distanceKm node { ${listingFields} location { locality latitude longitude approximate } } }
      pageInfo { hasNextPage endCursor } } }`,
    { near: { ...near, radiusKm: 25 } },
  );

export const textSearch = (text = 'hearing voices') =>
  fixed(
    'text search',
    `query Text($text: String!) { resources(filter: { text: $text }, first: 20) {
      edges { cursor node { ${listingFields} } } pageInfo { hasNextPage endCursor } } }`,
    { text },
  );

export const topicBrowse = (topics = ['anxiety']) =>
  fixed(
    'topic browse',
    `query Topic($topics: [String!]) { resources(filter: { topics: $topics }, first: 20) {
      edges { cursor node { ${listingFields} } } pageInfo { hasNextPage endCursor } } }`,
    { topics },
  );

export const byId = (id: string) =>
  fixed(
    'resource by id',
    `query ById($id: ID!) { resource(id: $id) {
      ${listingFields} description languages isFree audiences accessibility url status version lastVerifiedAt createdAt updatedAt
      location { name address locality region postalCode country latitude longitude approximate }
      ... on PeerGroup { facilitation schedule { rrule timeZone startTime durationMinutes description } nextMeetings(first: 3) { startsAt endsAt timeZone } }
      ... on Workshop { sessions { startsAt endsAt timeZone } capacity registrationUrl }
      ... on OnlineCommunity { platform moderated } } }`,
    { id },
  );

export const stats = () =>
  fixed('stats', `query Stats { resourceStats(groupBy: [KIND, COUNTRY]) { key count } }`, {}, 'analyst');

const payload = `resource { id version } userErrors { field code message }`;

/**
 * Partner writes: alternately an upsert of one of `pool` external ids (so the set grows by at most `pool`
 * listings, however long and however many the runs) and a one-field update of a listing the partner owns.
 * The probe warms with the whole pool, so the captured submit is an update of an existing listing, which is
 * also what the floor can replay again and again.
 */
export function mutationMix(ownIds: () => string[], pool = 50): Operation {
  let n = 0;
  return {
    name: 'mutation mix',
    auth: 'partner',
    next() {
      const i = n++;
      if (i % 2 === 0) {
        const input = {
          kind: 'PEER_GROUP',
          externalId: `bench-mut-${(i / 2) % pool}`,
          name: `Bench Anxiety Peer Group ${(i / 2) % pool}`,
          description: `Benchmark listing, revision ${i}`,
          format: 'IN_PERSON',
          topics: ['anxiety'],
          languages: ['en'],
          facilitation: 'PEER_LED',
          location: {
            name: 'Hall',
            locality: 'Leeds',
            region: 'GB-ENG',
            country: 'GB',
            latitude: 53.8 + ((i / 2) % pool) / 1000,
            longitude: -1.55,
          },
          schedule: {
            rrule: 'FREQ=WEEKLY;BYDAY=MO',
            timeZone: 'Europe/London',
            startTime: '18:00',
            durationMinutes: 90,
          },
        };
        return JSON.stringify({
          query: `mutation Submit($input: ResourceInput!) { submitResource(input: $input) { ${payload} } }`,
          variables: { input },
        });
      }
      const ids = ownIds();
      return JSON.stringify({
        query: `mutation Update($id: ID!, $patch: ResourcePatch!) { updateResource(id: $id, patch: $patch) { ${payload} } }`,
        variables: {
          id: ids[((i - 1) / 2) % Math.max(ids.length, 1)] ?? 'none',
          patch: { description: `Updated by the benchmark, ${i}` },
        },
      });
    },
    ok: (body) => noErrors(body) && !body.includes('"userErrors":[{'),
    warm: 2 * pool,
    cycle: 2,
  };
}

/**
 * A rotating mix of public reads for the soak: nearby around every demo city, text searches (one with a
 * typo), topic browsing and by-id reads over many listings, weighted like a directory's traffic.
 */
export function readMix(cities: Array<{ lat: number; lng: number }>, listingIds: string[]): Operation {
  const near = cities.map((c) => nearby({ latitude: c.lat, longitude: c.lng }));
  const texts = [
    'hearing voices',
    'anxiety',
    'depression support',
    'bereavement',
    'carers',
    'duelo',
    'Trauer',
    'anxeity',
  ].map((t) => textSearch(t));
  const topics = [
    ['anxiety'],
    ['depression'],
    ['grief-and-bereavement'],
    ['carers-and-family'],
    ['veterans'],
    ['adhd'],
  ].map((t) => topicBrowse(t));
  const reads = listingIds.map((id) => byId(id));
  // Out of 20 requests: 7 nearby, 7 by id, 4 topic, 2 text.
  const plan: Operation[][] = [
    ...Array(7).fill(near),
    ...Array(7).fill(reads),
    ...Array(4).fill(topics),
    ...Array(2).fill(texts),
  ];
  const turns = new Map<Operation[], number>();
  let n = 0;
  return {
    name: 'read mix',
    auth: 'anonymous',
    next() {
      const group = plan[n++ % plan.length]!;
      const turn = turns.get(group) ?? 0;
      turns.set(group, turn + 1);
      return group[turn % group.length]!.next();
    },
    ok: noErrors,
    warm: 1,
    cycle: 1,
  };
}
