import type { Db } from '../../db/database.ts';
import { toLocation, toMeeting, toSchedule } from './mappers.ts';
import type { ListingParts } from './model.ts';
import {
  findLocationsByResourceIds,
  findSchedulesByResourceIds,
  findSessionsByResourceIds,
  findTopicsByResourceIds,
} from './repository.ts';

/**
 * Everything these listings are made of (location, schedule, sessions, topics), as domain values, in four
 * statements whatever their number. Writers call it inside their transaction; exports page through it.
 */
export async function findListingParts(db: Db, ids: readonly number[]): Promise<Map<number, ListingParts>> {
  const [locations, schedules, sessions, topics] = ids.length
    ? await Promise.all([
        findLocationsByResourceIds(db, ids),
        findSchedulesByResourceIds(db, ids),
        findSessionsByResourceIds(db, ids),
        findTopicsByResourceIds(db, ids),
      ])
    : [[], [], [], []];
  const out = new Map<number, ListingParts>();
  for (const id of ids) out.set(id, { location: null, schedule: null, sessions: [], topicSlugs: [] });
  for (const l of locations) out.get(l.resource_id)!.location = toLocation(l);
  for (const s of schedules) out.get(s.resource_id)!.schedule = toSchedule(s);
  for (const s of sessions) out.get(s.resource_id)!.sessions.push(toMeeting(s));
  for (const t of topics) out.get(t.resource_id)!.topicSlugs.push(t.slug);
  return out;
}
