import type { Resolvers } from '../../generated/graphql.ts';
import { selectedFields } from '../../shared/lookahead.ts';
import { asksOnlySummary } from './page-parts.ts';
import * as service from './service.ts';

export const searchResolvers: Resolvers = {
  Query: {
    resources: (_, args, ctx, info) => {
      const asked = selectedFields(info, ['edges', 'node']);
      return service.searchResources(ctx, args, {
        organization: asked.has('organization'),
        topics: asked.has('topics'),
        location: asked.has('location'),
        nextMeeting: selectedFields(info, ['edges']).has('nextMeetingAt'),
        summary: asksOnlySummary(asked),
      });
    },
  },
  ResourceEdge: {
    cursor: (e) => e.cursor(),
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
