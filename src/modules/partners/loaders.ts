import DataLoader from 'dataloader';
import type { Db } from '../../db/database.ts';
import { oneToOneLoader } from '../../shared/loader.ts';
import {
  keyedByListing,
  keyedByListingAndArguments,
  listingCacheKey,
  ListingKeyedCache,
} from '../../shared/loader-invalidation.ts';
import type { ResourceChangeModel } from './model.ts';
import * as repo from './repository.ts';

export function createPartnerLoaders(db: Db) {
  const historyCache = new ListingKeyedCache<Promise<ResourceChangeModel[]>>();
  return {
    pendingRevisionByResourceId: keyedByListing(
      oneToOneLoader(
        (ids: readonly number[]) => repo.findPendingRevisionsByResourceIds(db, ids),
        (r) => r.resourceId,
        (r) => r,
      ),
    ),
    /** Keyed by listing and page size; one LATERAL statement per page size. */
    historyByResourceId: keyedByListingAndArguments(
      new DataLoader<{ resourceId: number; limit: number }, ResourceChangeModel[], string>(
        async (keys) => {
          const out = new Map<string, ResourceChangeModel[]>();
          for (const limit of new Set(keys.map((k) => k.limit))) {
            const ids = keys.filter((k) => k.limit === limit).map((k) => k.resourceId);
            for (const id of ids) out.set(listingCacheKey(id, limit), []);
            for (const { resourceId, ...change } of await repo.findHistory(db, ids, limit))
              out.get(listingCacheKey(resourceId, limit))!.push(change);
          }
          return keys.map((k) => out.get(listingCacheKey(k.resourceId, k.limit)) ?? []);
        },
        { cacheKeyFn: (k) => listingCacheKey(k.resourceId, k.limit), cacheMap: historyCache },
      ),
      historyCache,
    ),
  };
}
