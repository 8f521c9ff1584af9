import type { Resolvers } from '../../generated/graphql.ts';
import { decodeId } from '../../shared/ids.ts';
import { graphqlTypeByKind } from '../resources/model.ts';
import { resourceById } from '../resources/service.ts';
import { topicById } from '../topics/service.ts';
import { organizationById } from '../organizations/service.ts';

export const nodeResolvers: Resolvers = {
  Query: {
    node: async (_, { id }, ctx) => {
      const decoded = decodeId(id, 'id');
      switch (decoded.type) {
        case 'Resource': {
          const r = await resourceById(ctx, decoded.id);
          return r && { __typename: graphqlTypeByKind[r.kind], ...r };
        }
        case 'Topic': {
          const t = await topicById(ctx, decoded.id);
          return t && { __typename: 'Topic' as const, ...t };
        }
        case 'Organization': {
          const o = await organizationById(ctx, decoded.id);
          return o && { __typename: 'Organization' as const, ...o };
        }
        default:
          return null;
      }
    },
  },
  Node: {
    __resolveType: (n) =>
      (n as unknown as { __typename: 'PeerGroup' | 'Workshop' | 'OnlineCommunity' | 'Topic' | 'Organization' })
        .__typename,
  },
};
