import type { Resolvers } from '../../generated/graphql.ts';
import { encodeId, tryDecodeId } from '../../shared/ids.ts';
import * as service from './service.ts';

export const topicResolvers: Resolvers = {
  Query: {
    topics: (_, __, ctx) => service.listTopics(ctx),
    topic: (_, { slug }, ctx) => service.topicBySlug(ctx, slug),
  },
  Topic: {
    // Another service's id that is not one of ours is unknown (null), not bad input.
    __resolveReference: async (ref, ctx) => {
      const decoded = tryDecodeId(ref.id);
      return decoded?.type === 'Topic' ? service.topicById(ctx, decoded.id) : null;
    },
    id: (t) => encodeId('Topic', t.id),
    parent: (t, _, ctx) => (t.parentId === null ? null : service.topicById(ctx, t.parentId)),
    children: (t, _, ctx) => service.topicChildren(ctx, t),
    path: (t, _, ctx) => service.topicPath(ctx, t),
  },
};
