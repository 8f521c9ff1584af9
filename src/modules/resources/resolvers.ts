import type { Context } from '../../context.ts';
import type { ResourceKind, Resolvers } from '../../generated/graphql.ts';
import { decodeId, encodeId, tryDecodeId } from '../../shared/ids.ts';
import { localDateTime } from '../schedules/recurrence.ts';
import { describeSchedule } from '../schedules/describe.ts';
import { graphqlTypeByKind, type ResourceModel } from './model.ts';
import { selectedFields } from '../../shared/lookahead.ts';
import * as service from './service.ts';

// Fields every kind shares: the GraphQL types differ, the model is one.
const common = {
  id: (r: ResourceModel) => encodeId('Resource', r.id),
  topics: (r: ResourceModel, _: unknown, ctx: Parameters<typeof service.resourceTopics>[0]) =>
    service.resourceTopics(ctx, r),
  organization: (r: ResourceModel, _: unknown, ctx: Parameters<typeof service.resourceOrganization>[0]) =>
    service.resourceOrganization(ctx, r),
  location: (r: ResourceModel, _: unknown, ctx: Parameters<typeof service.resourceLocation>[0]) =>
    service.resourceLocation(ctx, r),
};

/**
 * Federation: a reference to a listing resolves through the request's resourceById loader. Representations come
 * from other services, so an id that is not ours, or a listing of another kind than the type named, is unknown
 * (null) rather than bad input; a kind check also stops a workshop being served as a PeerGroup.
 */
const resolveReference = (kind?: ResourceKind) => async (ref: { id: string }, ctx: Context) => {
  const decoded = tryDecodeId(ref.id);
  if (decoded?.type !== 'Resource') return null;
  const resource = await service.resourceById(ctx, decoded.id);
  return resource && (kind === undefined || resource.kind === kind) ? resource : null;
};

export const resourceResolvers: Resolvers = {
  Query: {
    resource: async (_, { id }, ctx, info) => {
      const decoded = decodeId(id, 'id');
      if (decoded.type !== 'Resource') return null;
      const asked = selectedFields(info, []);
      return service.resourceWithParts(ctx, decoded.id, {
        organization: asked.has('organization'),
        topics: asked.has('topics'),
        schedule: asked.has('schedule') || asked.has('nextMeetings'),
      });
    },
  },
  Resource: {
    __resolveType: (r) => graphqlTypeByKind[r.kind],
    __resolveReference: resolveReference(),
  },
  PeerGroup: {
    ...common,
    __resolveReference: resolveReference('PEER_GROUP'),
    facilitation: (r) => r.facilitation ?? 'PEER_LED',
    schedule: (r, _, ctx) => service.resourceSchedule(ctx, r),
    nextMeetings: (r, { first, from }, ctx) => service.nextMeetings(ctx, r, first, from),
  },
  Workshop: {
    ...common,
    __resolveReference: resolveReference('WORKSHOP'),
    sessions: (r, _, ctx) => service.workshopSessions(ctx, r),
  },
  OnlineCommunity: {
    ...common,
    __resolveReference: resolveReference('ONLINE_COMMUNITY'),
    platform: (r) => r.platform ?? '',
    moderated: (r) => r.moderated ?? false,
  },
  Schedule: {
    description: (s) => describeSchedule(s, s.language),
  },
  Meeting: {
    localStartsAt: (m) => localDateTime(m.startsAt, m.timeZone),
  },
};
