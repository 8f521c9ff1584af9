import type { Db } from './db/database.ts';
import type { Logger } from './logger.ts';
import type { Loaders } from './loaders.ts';
import type { Viewer } from './modules/auth/viewer.ts';
import type { CursorCodec } from './shared/cursor.ts';
import type { Limits } from './shared/rate-limit.ts';

/**
 * What every resolver and service receives: who asks, the database, this request's loaders, its log. Built once
 * per request by http/graphql-context.ts and final before any resolver runs.
 */
export interface Context {
  /** Who asks: checked once while the context is built (http/graphql-context.ts), never replaced. */
  readonly viewer: Viewer;
  /** The client's address, for per-client rate limits when there is no key. */
  clientAddress: string;
  readonly db: Db;
  /** The analysts' connection pool (longer statement timeout). */
  readonly analyticsDb: Db;
  readonly loaders: Loaders;
  log: Logger;
  requestId: string;
  cursors: CursorCodec;
  limits: Limits;
  /** The Peer-Atlas-Read-After request header (a WAL position from an earlier write), for read routing. */
  readAfter?: string | undefined;
}
