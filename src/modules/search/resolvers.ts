import type { Resolvers } from '../../generated/graphql.ts';
import * as service from './service.ts';

export const searchResolvers: Resolvers = {
  Query: {
    resources: (_, args, ctx) => service.searchResources(ctx, args),
  },
  ResourceConnection: {
    totalCount: (c) => c.totalCount(),
    facets: (c) => c,
  },
  ResourceFacets: {
    kinds: async (c) => (await c.facets()).kinds,
    formats: async (c) => (await c.facets()).formats,
    topics: async (c) => (await c.facets()).topics,
    languages: async (c) => (await c.facets()).languages,
  },
};
