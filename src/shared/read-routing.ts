import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.ts';
import type { Database, Db } from '../db/database.ts';
import type { Viewer } from '../modules/auth/viewer.ts';
import { formatLsn, maxLsn, parseLsn } from '../db/lsn.ts';
import { errorSummary } from '../logger.ts';
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
 * Keys are always checked on the primary (http/graphql-context.ts authenticates before choosing), so a revoked
 * key is refused by every instance on its next request.
 */
export interface ReadRouter {
  /** The replica this request reads from, or null for the primary. Decided while the context is built. */
  choose(
    viewer: Viewer,
    operation: string | undefined,
    readAfterHeader: string | undefined,
  ): Promise<{ db: Db; analyticsDb: Db } | null>;
  plugin: ApolloServerPlugin<Context>;
}

export function createReadRouter(opts: {
  database: Database;
  positions: ReadPositions;
  observeBatches: BatchObserver;
}): ReadRouter | null {
  const replicas = opts.database.replicas;
  if (!replicas) return null;
  return {
    async choose(viewer, operation, readAfterHeader) {
      if (operation !== 'query' || viewer.role === 'moderator') return null;
      let min = maxLsn(parseLsn(readAfterHeader), opts.positions.floor());
      if (viewer.role !== 'anonymous') {
        const own = await opts.positions.forKey(viewer.keyId);
        if (own === 'unknown') return null; // Redis could not say what this key last wrote: the primary has it.
        min = maxLsn(min, own);
      }
      const replica = replicas.pick(min);
      return replica ? { db: replica.db, analyticsDb: replica.analyticsDb } : null;
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
            await opts.positions
              .wrote(keyId, lsn, ctx.viewer.role === 'moderator')
              .catch((err: unknown) => ctx.log.warn({ err: errorSummary(err) }, 'could not record the read position'));
          },
        };
      },
    },
  };
}
