import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.ts';
import { requestError } from '../shared/errors.ts';
import { findBadTextInRequest } from '../shared/text-guard.ts';
import { cachedQueryCost, isCodedError } from './cost.ts';

export interface GuardOptions {
  maxCost: number;
}

/**
 * Runs once the operation is parsed and validated, before any resolver: the cost limit, bad text in query
 * arguments, then the per-key rate limit. A refused query costs no database work. Every request was already
 * charged to its address on arrival, so wrong keys and malformed queries are limited too.
 */
export function guardPlugin(opts: GuardOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation, operationName, contextValue: ctx }) {
          let cost: number;
          try {
            cost = cachedQueryCost(schema, document, request.variables, operationName ?? undefined);
          } catch (err) {
            // Page sizes and representation counts are refused with their own codes; otherwise the cost walk
            // failed to coerce the variables, which is the caller's error.
            if (isCodedError(err)) {
              (err.extensions as Record<string, unknown>).http ??= { status: 400 };
              throw err;
            }
            throw requestError('BAD_USER_INPUT', (err as Error).message, { http: { status: 400 } });
          }
          // Mutations answer bad text as userErrors (shared/text-guard.ts); every other operation refuses it here.
          if (operation?.operation !== 'mutation') {
            const bad = findBadTextInRequest(document, request.variables);
            if (bad)
              throw requestError('BAD_USER_INPUT', `${bad.path.join('.')}: ${bad.reason}`, { http: { status: 400 } });
          }
          if (cost > opts.maxCost) {
            throw requestError(
              'QUERY_TOO_COMPLEX',
              `Query cost ${cost} exceeds the limit of ${opts.maxCost}: ask for fewer items per page or less nesting`,
              {
                cost,
                maxCost: opts.maxCost,
                http: { status: 400 },
              },
            );
          }
          // The per-address limit was charged when the request arrived (http/address-limit.ts), and the key was
          // checked while the context was built (http/graphql-context.ts): what is left is the key's own limit.
          if (ctx.viewer.role !== 'anonymous') await ctx.limits.request(`key:${ctx.viewer.keyId}`);
        },
      };
    },
  };
}
