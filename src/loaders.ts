import type { Db } from './db/database.ts';
import type { BatchObserver } from './shared/batch-observer.ts';
import type { Viewer } from './modules/auth/viewer.ts';
import { createFeedLoaders } from './modules/feeds/loaders.ts';
import { createOrganizationLoaders } from './modules/organizations/loaders.ts';
import { createPartnerLoaders } from './modules/partners/loaders.ts';
import { createResourceLoaders } from './modules/resources/loaders.ts';
import { visibilityFor } from './modules/auth/access.ts';
import { createTopicLoaders } from './modules/topics/loaders.ts';
import { createMeetingsLoader } from './modules/schedules/meetings-loader.ts';
import { declaredLoaders } from './shared/loader-invalidation.ts';

/**
 * Every DataLoader of one request. Never shared between requests: caches would leak across viewers. Each loader
 * declares, where it is created, how a listing write affects it (keyed by listing, cleared whole, unaffected):
 * declaredLoaders() refuses an undeclared one, and forgetListings() (shared/loader-invalidation.ts) clears
 * them after every write.
 */
export function createLoaders(db: Db, viewer: Viewer, observe: BatchObserver) {
  return declaredLoaders({
    ...createResourceLoaders(db, observe),
    ...createTopicLoaders(db),
    ...createOrganizationLoaders(db, visibilityFor(viewer, null), observe),
    ...createPartnerLoaders(db),
    meetings: createMeetingsLoader(),
    ...createFeedLoaders(db),
  });
}

export type Loaders = ReturnType<typeof createLoaders>;
