import type { Resolvers } from '../../generated/graphql.ts';
import { encodeId } from '../../shared/ids.ts';
import * as service from './service.ts';

export const reportResolvers: Resolvers = {
  Mutation: {
    reportResource: (_, { id, reason, details }, ctx) => service.reportResource(ctx, id, reason, details),
  },
  Query: {
    resourceReports: (_, { resourceId, first }, ctx) => service.resourceReports(ctx, resourceId, first),
  },
  ResourceReport: {
    id: (r) => encodeId('Report', r.id),
    resource: async (r, _, ctx) => {
      const res = await ctx.loaders.resourceById.load(r.resourceId);
      if (!res) throw new Error(`report ${r.id} of a missing listing`);
      return res;
    },
  },
};
