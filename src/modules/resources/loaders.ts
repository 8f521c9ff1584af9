import type { Db } from '../../db/database.ts';
import { oneToManyLoader, oneToOneLoader } from '../../shared/loader.ts';
import { keyedByListing } from '../../shared/loader-invalidation.ts';
import type { BatchObserver } from '../../shared/batch-observer.ts';
import { toLocation, toMeeting, toResource, toSchedule } from './mappers.ts';
import * as repo from './repository.ts';
import { toTopic } from '../topics/mappers.ts';

/**
 * Per-request loaders for listings and their parts. resourceById ignores visibility: services apply it. All are
 * keyed by listing id, so a write to a listing clears them (shared/loader-invalidation.ts).
 */
export function createResourceLoaders(db: Db, observe: BatchObserver) {
  return {
    resourceById: keyedByListing(
      oneToOneLoader(
        (ids: readonly number[]) => repo.findResourcesByIds(db, ids),
        (r) => r.id,
        toResource,
        observe('resourceById'),
      ),
    ),
    locationByResourceId: keyedByListing(
      oneToOneLoader(
        (ids: readonly number[]) => repo.findLocationsByResourceIds(db, ids),
        (r) => r.resource_id,
        toLocation,
        observe('locationByResourceId'),
      ),
    ),
    scheduleByResourceId: keyedByListing(
      oneToOneLoader(
        (ids: readonly number[]) => repo.findSchedulesByResourceIds(db, ids),
        (r) => r.resource_id,
        toSchedule,
        observe('scheduleByResourceId'),
      ),
    ),
    sessionsByResourceId: keyedByListing(
      oneToManyLoader(
        (ids: readonly number[]) => repo.findSessionsByResourceIds(db, ids),
        (r) => r.resource_id,
        toMeeting,
        observe('sessionsByResourceId'),
      ),
    ),
    topicsByResourceId: keyedByListing(
      oneToManyLoader(
        (ids: readonly number[]) => repo.findTopicsByResourceIds(db, ids),
        (r) => r.resource_id,
        toTopic,
        observe('topicsByResourceId'),
      ),
    ),
  };
}
