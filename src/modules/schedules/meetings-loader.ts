import DataLoader from 'dataloader';
import { requestError } from '../../shared/errors.ts';
import { cooperative } from '../../shared/yield.ts';
import { keyedByListingAndArguments, listingCacheKey, ListingKeyedCache } from '../../shared/loader-invalidation.ts';
import type { MeetingModel, ScheduleModel } from './model.ts';
import { meetingsWithCancellations } from '../listing/meetings.ts';

/** How far past `from` nextMeetings looks: "the next meetings" of a group that meets less than this are none. */
export const MEETINGS_HORIZON_MS = 2 * 365.25 * 86_400_000;
/**
 * Expansions one request may run. Each is bounded (recurrence.ts) and the cost limit bounds how many
 * nextMeetings fields a query can ask for; this is the backstop if either changes.
 */
export const REQUEST_EXPANSIONS = 2_000;

export interface MeetingsKey {
  schedule: ScheduleModel;
  /** Null: from the request's start. */
  from: Date | null;
  limit: number;
}

/**
 * nextMeetings for one request: the same (listing, from, limit) is expanded once however many aliases ask
 * for it, expansions run one after another with the event loop let go between slices, and their number per
 * request is capped.
 */
export function createMeetingsLoader(now = new Date()) {
  let spent = 0;
  // Keyed by listing (the schedule's) and arguments: a write to the listing's schedule drops its expansions.
  const cache = new ListingKeyedCache<Promise<MeetingModel[]>>();
  const loader = new DataLoader<MeetingsKey, MeetingModel[], string>(
    async (keys) => {
      const slice = cooperative();
      const results: (MeetingModel[] | Error)[] = [];
      for (const { schedule, from, limit } of keys) {
        if (++spent > REQUEST_EXPANSIONS) {
          results.push(
            requestError('QUERY_TOO_COMPLEX', `a request may expand at most ${REQUEST_EXPANSIONS} schedules`),
          );
          continue;
        }
        await slice.pause();
        const start = from ?? now;
        results.push(
          meetingsWithCancellations(schedule, {
            from: start,
            until: new Date(start.getTime() + MEETINGS_HORIZON_MS),
            limit,
          }),
        );
      }
      return results;
    },
    {
      cacheKeyFn: ({ schedule, from, limit }) => listingCacheKey(schedule.resourceId, (from ?? now).getTime(), limit),
      cacheMap: cache,
    },
  );
  return keyedByListingAndArguments(loader, cache);
}
