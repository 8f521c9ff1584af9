import { DateTime } from 'luxon';
import { expandSchedule } from '../schedules/recurrence.ts';
import { zoneFor } from '../schedules/zones.ts';
import type { MeetingModel, ScheduleModel } from '../schedules/model.ts';
import type { ResourceModel } from '../resources/model.ts';
import { NOT_RUNNING } from './model.ts';

/**
 * A peer group's next meetings as a regular would want them: a cancelled meeting stays in the list, marked
 * and with its reason, instead of silently giving way to the following one (it counts toward `limit`). A
 * paused or closed group has no next meetings. (Search's meetsWithinDays and NEXT_MEETING read the
 * materialised occurrences, which never hold cancelled meetings.)
 */
export function upcomingMeetings(
  r: Pick<ResourceModel, 'details'>,
  schedule: ScheduleModel,
  options: { from: Date; limit: number },
): MeetingModel[] {
  if (NOT_RUNNING.has(r.details.operationalStatus)) return [];
  return meetingsWithCancellations(schedule, options);
}

/** The schedule's meetings with cancelled ones kept, marked, and with their reason (see upcomingMeetings). */
export function meetingsWithCancellations(
  schedule: ScheduleModel,
  options: { from: Date; until?: Date; limit: number },
): MeetingModel[] {
  const cancelled = new Set(schedule.cancelledDates);
  const all = expandSchedule({ ...schedule, cancelledDates: [] }, options);
  return all.map((m) => {
    const date = DateTime.fromJSDate(m.startsAt, { zone: zoneFor(schedule.timeZone) }).toISODate()!;
    return cancelled.has(date)
      ? { ...m, cancelled: true, cancellationReason: schedule.cancellationReasons?.[date] ?? null }
      : m;
  });
}
