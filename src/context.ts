import type { Db } from './db/database.ts';
import type { Logger } from './logger.ts';
import type { Loaders } from './loaders.ts';
import type { Viewer } from './modules/auth/viewer.ts';
import type { CursorCodec } from './shared/cursor.ts';
import type { Limits } from './shared/rate-limit.ts';

/** What every resolver and service receives: who asks, the database, this request's loaders, its log. */
export interface Context {
  /** Anonymous until the guard plugin has checked the key (after the query passed its limits). */
  viewer: Viewer;
  /** The raw Authorization header, for the guard plugin. */
  authorization: string | undefined;
  /** The client's address, for per-client rate limits when there is no key. */
  clientAddress: string;
  db: Db;
  /** The analysts' connection pool (longer statement timeout). */
  analyticsDb: Db;
  loaders: Loaders;
  log: Logger;
  requestId: string;
  cursors: CursorCodec;
  limits: Limits;
  /** The Peer-Atlas-Read-After request header (a WAL position from an earlier write), for read routing. */
  readAfter?: string | undefined;
}
