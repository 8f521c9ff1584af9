import type { Resolvers } from '../../generated/graphql.ts';
import * as service from './service.ts';

export const analyticsResolvers: Resolvers = {
  Query: {
    resourceStats: (_, { filter, near, groupBy }, ctx) => service.resourceStats(ctx, filter, near, groupBy),
    coverageGaps: (_, { points, filter }, ctx) => service.coverageGaps(ctx, points, filter),
  },
};
