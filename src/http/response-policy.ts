import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import type { Context } from '../context.ts';

/** What the HTTP layer knows about a request that Apollo's request context does not. */
export interface HttpFacts {
  method: string;
  /** The Authorization header as sent (an empty string is a header too). */
  authorization: string | undefined;
  /** The response type Apollo will pick for this Accept header (the same negotiation, see server.ts). */
  responseType: 'application/json' | 'application/graphql-response+json' | null;
}

/** Arguments that carry a searcher's point: answers to them are never stored by a shared cache. */
const PRIVATE_ARGUMENTS = new Set(['near', 'points']);

export function usesSearcherPoint(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.ARGUMENT](node) {
      if (PRIVATE_ARGUMENTS.has(node.name.value)) found = true;
    },
  });
  return found;
}

/** Request errors that the GraphQL-over-HTTP spec answers with 200 under `application/json`. */
const REQUEST_ERRORS_OK_UNDER_JSON = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'QUERY_TOO_COMPLEX',
]);

/**
 * Two response rules that depend on the request rather than the result:
 *
 * - **Caching.** An anonymous GET query that succeeded and does not carry a searcher's point (`near`) is
 *   `Cache-Control: public, max-age=CACHE_MAX_AGE_SECONDS`: CDNs and browsers may
 *   share it. Everything else (POST, keyed, `near`, errors, mutations) is `private, no-store`.
 * - **Status.** With `Accept: application/json` (or none), a parse, validation or variable-coercion failure
 *   is HTTP 200 (the spec's SHOULD: a legacy client reads the body, not the status); with
 *   `application/graphql-response+json` it stays 4xx.
 */
export function responsePolicyPlugin(opts: {
  cacheMaxAgeSeconds: number;
  http: (ctx: Context) => HttpFacts | undefined;
}): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, document, operation, errors }) {
          const facts = opts.http(contextValue);
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const failed = Boolean(errors?.length) || Boolean(body?.errors?.length);
          const publicRead =
            facts?.method === 'GET' &&
            facts.authorization === undefined &&
            contextValue.viewer.role === 'anonymous' &&
            !failed &&
            operation?.operation === 'query' &&
            document !== undefined &&
            !usesSearcherPoint(document) &&
            opts.cacheMaxAgeSeconds > 0;
          if (publicRead) {
            // Vary: Authorization (and Origin, with CORS) is set on every /graphql response in server.ts: Apollo's
            // headers replace Express's, so setting Vary here would drop Origin.
            response.http.headers.set('cache-control', `public, max-age=${opts.cacheMaxAgeSeconds}`);
          } else {
            response.http.headers.set('cache-control', 'private, no-store');
          }
          if (
            facts?.responseType === 'application/json' &&
            response.http.status === 400 &&
            body?.data === undefined &&
            body?.errors?.length &&
            body.errors.every((e) => REQUEST_ERRORS_OK_UNDER_JSON.has(String(e.extensions?.code)))
          ) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
