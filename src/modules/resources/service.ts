import type { Context } from '../../context.ts';
import { badInput } from '../../shared/errors.ts';
import { pageSize } from '../../shared/page-size.ts';
import { canSeeListing } from '../auth/access.ts';
import { NOT_RUNNING } from '../listing/model.ts';
import type { MeetingModel, ScheduleModel } from '../schedules/model.ts';
import type { TopicModel } from '../topics/model.ts';
import type { OrganizationModel } from '../organizations/model.ts';
import { toLocation, toResource, toSchedule } from './mappers.ts';
import type { LocationModel, ResourceModel } from './model.ts';
import { findResourceWithParts, type PartsAsked } from './by-id-repository.ts';
import { toTopic } from '../topics/mappers.ts';

/**
 * A listing by internal id with the parts the query asks for read in the same statement (by-id-repository.ts),
 * which then sit in the request's loaders for the field resolvers. Null when it does not exist or the caller may
 * not see it.
 */
export async function resourceWithParts(ctx: Context, id: number, parts: PartsAsked): Promise<ResourceModel | null> {
  const row = await findResourceWithParts(ctx.db, id, parts);
  if (!row) return null;
  const resource = toResource(row);
  if (!canSeeListing(ctx.viewer, resource.status, resource.organizationId)) return null;
  const l = ctx.loaders;
  l.resourceById.prime(id, resource);
  l.locationByResourceId.prime(id, row.location && toLocation(row.location));
  if (row.organization) l.organizationById.prime(row.organization.id, row.organization);
  if (row.topics) l.topicsByResourceId.prime(id, row.topics.map(toTopic));
  if (row.schedule !== undefined) l.scheduleByResourceId.prime(id, row.schedule && toSchedule(row.schedule));
  return resource;
}

/** A listing by internal id, or null when it does not exist or the caller may not see it. */
export async function resourceById(ctx: Context, id: number): Promise<ResourceModel | null> {
  const resource = await ctx.loaders.resourceById.load(id);
  if (!resource || !canSeeListing(ctx.viewer, resource.status, resource.organizationId)) return null;
  return resource;
}

export async function resourceOrganization(ctx: Context, r: ResourceModel): Promise<OrganizationModel> {
  const org = await ctx.loaders.organizationById.load(r.organizationId);
  if (!org) throw new Error(`organization ${r.organizationId} of resource ${r.id} is missing`);
  return org;
}

export function resourceTopics(ctx: Context, r: ResourceModel): Promise<TopicModel[]> {
  return ctx.loaders.topicsByResourceId.load(r.id);
}

export async function resourceLocation(ctx: Context, r: ResourceModel): Promise<LocationModel | null> {
  if (r.format === 'ONLINE') return null;
  return ctx.loaders.locationByResourceId.load(r.id);
}

export async function resourceSchedule(ctx: Context, r: ResourceModel): Promise<ScheduleModel | null> {
  const schedule = await ctx.loaders.scheduleByResourceId.load(r.id);
  // Described in the listing's language (Schedule.description).
  return schedule && { ...schedule, language: r.languages[0] ?? null };
}

export function workshopSessions(ctx: Context, r: ResourceModel): Promise<MeetingModel[]> {
  return ctx.loaders.sessionsByResourceId.load(r.id);
}

const YEAR_MS = 365.25 * 86_400_000;
/** nextMeetings(from:) is for "this week" and "next month", not for the year 9990 (see expandScheduleBounded). */
const FROM_WINDOW = { pastMs: YEAR_MS, futureMs: 5 * YEAR_MS };

/** Upcoming meetings of a peer group, expanded from its RRULE in its own time zone. */
export async function nextMeetings(
  ctx: Context,
  r: ResourceModel,
  first: number | null | undefined,
  from: Date | null | undefined,
): Promise<MeetingModel[]> {
  const n = pageSize('PeerGroup.nextMeetings', first);
  const now = Date.now();
  if (from && (from.getTime() < now - FROM_WINDOW.pastMs || from.getTime() > now + FROM_WINDOW.futureMs)) {
    throw badInput('nextMeetings.from', 'must be within one year before and five years after now');
  }
  const schedule = await resourceSchedule(ctx, r);
  if (!schedule || n === 0) return [];
  // A paused or closed group has no next meetings.
  if (NOT_RUNNING.has(r.details.operationalStatus)) return [];
  return ctx.loaders.meetings.load({ schedule, from: from ?? null, limit: n });
}
