import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.ts';
import type { Database } from '../db/database.ts';
import { formatLsn, maxLsn, parseLsn } from '../db/lsn.ts';
import { errorSummary } from '../logger.ts';
import { createLoaders } from '../loaders.ts';
import type { BatchObserver } from './batch-observer.ts';
import type { ReadPositions } from './read-positions.ts';

/** The response header carrying the primary's WAL position after a write; clients may send it back. */
export const READ_AFTER_HEADER = 'peer-atlas-read-after';

/**
 * Where a request reads (DATABASE_REPLICA_URLS set; otherwise nothing here runs):
 * - mutations, and everything in their transactions: the primary (ctx.db is the primary to begin with);
 * - moderators: the primary (they act on moderation state, which must be current);
 * - every other query: a healthy replica that has replayed the caller's position (the Peer-Atlas-Read-After
 *   header it sent, its key's last write from Redis or memory, and the fleet-wide moderation floor), round
 *   robin; the primary when none has.
 * Keys are always checked on the primary (limits/guard-plugin.ts authenticates before this runs), so a revoked
 * key is refused by every instance on its next request.
 */
export interface ReadRouter {
  route(ctx: Context, operation: string | undefined, readAfterHeader: string | undefined): Promise<void>;
  plugin: ApolloServerPlugin<Context>;
}

export function createReadRouter(opts: { database: Database; positions: ReadPositions; observeBatches: BatchObserver }): ReadRouter | null {
  const replicas = opts.database.replicas;
  if (!replicas) return null;
  return {
    async route(ctx, operation, readAfterHeader) {
      if (operation !== 'query' || ctx.viewer.role === 'moderator') return;
      let min = maxLsn(parseLsn(readAfterHeader), opts.positions.floor());
      if (ctx.viewer.role !== 'anonymous') {
        const own = await opts.positions.forKey(ctx.viewer.keyId);
        if (own === 'unknown') return; // Redis could not say what this key last wrote: the primary has it.
        min = maxLsn(min, own);
      }
      const replica = replicas.pick(min);
      if (!replica) return;
      ctx.db = replica.db;
      ctx.analyticsDb = replica.analyticsDb;
      ctx.loaders = createLoaders(replica.db, ctx.viewer, opts.observeBatches);
    },
    plugin: {
      async requestDidStart() {
        return {
          async willSendResponse({ operation, contextValue: ctx, response }) {
            // Only a mutation writes (queries never do: they may run on a replica, which refuses writes).
            if (operation?.operation !== 'mutation') return;
            const lsn = await replicas.primaryLsn();
            if (lsn === null) return;
            response.http.headers.set(READ_AFTER_HEADER, formatLsn(lsn));
            const keyId = ctx.viewer.role === 'anonymous' ? null : ctx.viewer.keyId;
            await opts.positions.wrote(keyId, lsn, ctx.viewer.role === 'moderator').catch((err: unknown) =>
              ctx.log.warn({ err: errorSummary(err) }, 'could not record the read position'),
            );
          },
        };
      },
    },
  };
}
