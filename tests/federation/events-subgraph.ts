import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { encodeId } from '../../src/shared/ids.ts';

// A stand-in for a partner's "events" service, used to prove Peer Atlas composes and resolves in both
// directions: it adds fields to our Organization and PeerGroup, and its own events point back at them.
// Its schema lives beside the supergraph command, which composes with it by default.

export const typeDefs = parse(
  readFileSync(new URL('../../src/cli/examples/events-subgraph.graphql', import.meta.url), 'utf8'),
);

export interface EventRow {
  id: string;
  title: string;
  startsAt: string;
  organizationId: string;
  peerGroupId: string | null;
}

export interface EventsSeed {
  /** A Peer Atlas organisation id; demo organisation 1 always exists. */
  organizationId?: string;
  /** Peer Atlas peer group ids; each gets one open evening. */
  peerGroupIds?: string[];
}

/** Fixed events so assertions never depend on the clock. */
export function eventRows({
  organizationId = encodeId('Organization', 1),
  peerGroupIds = [],
}: EventsSeed = {}): EventRow[] {
  return [
    {
      id: 'event-1',
      title: 'Annual peer supporters gathering',
      startsAt: '2030-03-14T18:00:00Z',
      organizationId,
      peerGroupId: null,
    },
    ...peerGroupIds.map((peerGroupId, i) => ({
      id: `event-${i + 2}`,
      title: `Open evening ${i + 1}`,
      startsAt: `2030-04-${String(i + 1).padStart(2, '0')}T18:30:00Z`,
      organizationId,
      peerGroupId,
    })),
  ];
}

export function createResolvers(rows: EventRow[]) {
  const ref = (typename: string, id: string | null) => (id === null ? null : { __typename: typename, id });
  return {
    Query: { featuredEvents: () => rows },
    Event: {
      __resolveReference: ({ id }: { id: string }) => rows.find((e) => e.id === id) ?? null,
      organization: (e: EventRow) => ref('Organization', e.organizationId),
      peerGroup: (e: EventRow) => ref('PeerGroup', e.peerGroupId),
    },
    Organization: { events: ({ id }: { id: string }) => rows.filter((e) => e.organizationId === id) },
    PeerGroup: { upcomingEvents: ({ id }: { id: string }) => rows.filter((e) => e.peerGroupId === id) },
  };
}

/** Resolvers over the default events (demo organisation 1, no peer groups). */
export const resolvers = createResolvers(eventRows());

/** Serves the events subgraph on a free loopback port. */
export async function startEventsSubgraph(
  seed: EventsSeed = {},
): Promise<{ url: string; rows: EventRow[]; stop: () => Promise<void> }> {
  const rows = eventRows(seed);
  const server = new ApolloServer({
    schema: buildSubgraphSchema([{ typeDefs, resolvers: createResolvers(rows) }]),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, rows, stop: () => server.stop() };
}
