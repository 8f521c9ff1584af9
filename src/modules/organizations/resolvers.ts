import type { Resolvers } from '../../generated/graphql.ts';
import { decodeId, encodeId, tryDecodeId } from '../../shared/ids.ts';
import * as service from './service.ts';

export const organizationResolvers: Resolvers = {
  Query: {
    organization: (_, { id }, ctx) => {
      const decoded = decodeId(id, 'id');
      return decoded.type === 'Organization' ? service.organizationById(ctx, decoded.id) : null;
    },
    organizations: (_, { first, after }, ctx) => service.listOrganizations(ctx, first, after),
  },
  Organization: {
    // Another service's id that is not one of ours is unknown (null), not bad input.
    __resolveReference: async (ref, ctx) => {
      const decoded = tryDecodeId(ref.id);
      return decoded?.type === 'Organization' ? service.organizationById(ctx, decoded.id) : null;
    },
    id: (o) => encodeId('Organization', o.id),
    resources: (o, { first, after }, ctx) => service.organizationResources(ctx, o, first, after),
  },
  OrganizationConnection: {
    totalCount: (c) => c.totalCount(),
  },
};
