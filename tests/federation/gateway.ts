import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import type { GraphQLResponse } from '../helpers/server.ts';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * An Apollo Gateway over running subgraphs, on a free loopback port. IntrospectAndCompose reads each
 * subgraph's `_service { sdl }` over HTTP, as a router's composition would, so what is tested is what we serve.
 */
export async function startGateway(subgraphs: Array<{ name: string; url: string }>) {
  const gateway = new ApolloGateway({ supergraphSdl: new IntrospectAndCompose({ subgraphs }), logger: quiet });
  const server = new ApolloServer({ gateway, logger: quiet });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return {
    url,
    async gql<T = any>(
      query: string,
      variables?: Record<string, unknown>,
    ): Promise<Omit<GraphQLResponse<T>, 'headers'>> {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
      return { status: res.status, data: body.data, errors: body.errors };
    },
    stop: () => server.stop(),
  };
}
