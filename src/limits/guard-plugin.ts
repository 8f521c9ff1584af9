import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.ts';
import type { Database } from '../db/database.ts';
import { createLoaders } from '../loaders.ts';
import { authenticate } from '../modules/auth/service.ts';
import type { BatchObserver } from '../shared/batch-observer.ts';
import { requestError } from '../shared/errors.ts';
import { findBadTextInRequest } from '../shared/text-guard.ts';
import { isCodedError, queryCost } from './cost.ts';

export interface GuardOptions {
  database: Database;
  maxCost: number;
  observeBatches: BatchObserver;
  /** Chooses the database the request reads from once the viewer is known (shared/read-routing.ts). */
  route?: ((ctx: Context, operation: string | undefined, readAfter: string | undefined) => Promise<void>) | undefined;
}

/**
 * Runs once the operation is parsed and validated, before any resolver: the cost limit first, then the key
 * check, then the per-key rate limit. In this order a refused query costs no database work. Every request was
 * already charged to its address on arrival, so wrong keys and malformed queries are limited too.
 */
export function guardPlugin(opts: GuardOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation, operationName, contextValue: ctx }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables, operationName ?? undefined);
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
            if (bad) throw requestError('BAD_USER_INPUT', `${bad.path.join('.')}: ${bad.reason}`, { http: { status: 400 } });
          }
          if (cost > opts.maxCost) {
            throw requestError('QUERY_TOO_COMPLEX', `Query cost ${cost} exceeds the limit of ${opts.maxCost}: ask for fewer items per page or less nesting`, {
              cost,
              maxCost: opts.maxCost,
              http: { status: 400 },
            });
          }
          ctx.viewer = await authenticate(opts.database.db, ctx.authorization, ctx.log).catch((err: unknown) => {
            if (err && typeof err === 'object' && 'extensions' in err) (err as { extensions: Record<string, unknown> }).extensions.http = { status: 401 };
            throw err;
          });
          if (ctx.viewer.role !== 'anonymous') ctx.loaders = createLoaders(opts.database.db, ctx.viewer, opts.observeBatches);
          // The per-address limit was charged when the request arrived (http/address-limit.ts), before any of this.
          if (ctx.viewer.role !== 'anonymous') await ctx.limits.request(`key:${ctx.viewer.keyId}`);
          await opts.route?.(ctx, operation?.operation, ctx.readAfter);
        },
      };
    },
  };
}
