import type { Context } from '../../context.ts';
import type { Resolvers } from '../../generated/graphql.ts';
import { decodeId, encodeId } from '../../shared/ids.ts';
import { describeSchedule, localDateTime } from '../schedules/recurrence.ts';
import { graphqlTypeByKind, type ResourceModel } from './model.ts';
import * as service from './service.ts';

// Fields every kind shares: the GraphQL types differ, the model is one.
const common = {
  id: (r: ResourceModel) => encodeId('Resource', r.id),
  topics: (r: ResourceModel, _: unknown, ctx: Parameters<typeof service.resourceTopics>[0]) => service.resourceTopics(ctx, r),
  organization: (r: ResourceModel, _: unknown, ctx: Parameters<typeof service.resourceOrganization>[0]) => service.resourceOrganization(ctx, r),
  location: (r: ResourceModel, _: unknown, ctx: Parameters<typeof service.resourceLocation>[0]) => service.resourceLocation(ctx, r),
};

/** Federation: a reference to any kind of listing resolves through the request's resourceById loader. */
const resolveReference = async (ref: { id: string }, ctx: Context) => {
  const decoded = decodeId(ref.id, 'id');
  return decoded.type === 'Resource' ? service.resourceById(ctx, decoded.id) : null;
};

export const resourceResolvers: Resolvers = {
  Query: {
    resource: async (_, { id }, ctx) => {
      const decoded = decodeId(id, 'id');
      return decoded.type === 'Resource' ? service.resourceById(ctx, decoded.id) : null;
    },
  },
  Resource: {
    __resolveType: (r) => graphqlTypeByKind[r.kind],
    __resolveReference: resolveReference,
  },
  PeerGroup: {
    ...common,
    __resolveReference: resolveReference,
    facilitation: (r) => r.facilitation ?? 'PEER_LED',
    schedule: (r, _, ctx) => service.resourceSchedule(ctx, r),
    nextMeetings: (r, { first, from }, ctx) => service.nextMeetings(ctx, r, first, from),
  },
  Workshop: {
    ...common,
    __resolveReference: resolveReference,
    sessions: (r, _, ctx) => service.workshopSessions(ctx, r),
  },
  OnlineCommunity: {
    ...common,
    __resolveReference: resolveReference,
    platform: (r) => r.platform ?? '',
    moderated: (r) => r.moderated ?? false,
  },
  Schedule: {
    description: (s) => describeSchedule(s),
  },
  Meeting: {
    localStartsAt: (m) => localDateTime(m.startsAt, m.timeZone),
  },
};
