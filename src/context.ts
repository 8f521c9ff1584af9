import type { Db } from './db/database.ts';
import type { Logger } from './logger.ts';
import type { Loaders } from './loaders.ts';
import type { Viewer } from './modules/auth/viewer.ts';
import type { CursorCodec } from './shared/cursor.ts';
import type { Limits } from './shared/rate-limit.ts';

/** What every resolver and service receives: who asks, the database, this request's loaders, its log. */
export interface Context {
  viewer: Viewer;
  db: Db;
  loaders: Loaders;
  log: Logger;
  requestId: string;
  cursors: CursorCodec;
  limits: Limits;
}
