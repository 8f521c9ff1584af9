import type { Resolvers } from '../../generated/graphql.ts';
import { encodeId } from '../../shared/ids.ts';
import * as service from './service.ts';

export const contactResolvers: Resolvers = {
  Mutation: {
    requestContact: (_, { resourceId, message, replyTo }, ctx) =>
      service.requestContact(ctx, resourceId, message, replyTo),
  },
  Query: {
    contactRequests: (_, { first }, ctx) => service.contactRequests(ctx, first),
  },
  ContactRequest: {
    id: (c) => encodeId('ContactRequest', c.id),
    resource: async (c, _, ctx) => {
      const r = await ctx.loaders.resourceById.load(c.resourceId);
      if (!r) throw new Error(`contact request ${c.id} of a missing listing`);
      return r;
    },
  },
};
