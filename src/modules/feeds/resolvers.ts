import type { Context } from '../../context.ts';
import type { FeedRunStatus, Resolvers } from '../../generated/graphql.ts';
import type { ResourceModel } from '../resources/model.ts';
import * as service from './graphql-service.ts';

const typeCodes = async (r: ResourceModel, _: unknown, ctx: Context) =>
  (await ctx.loaders.typeCodesByResourceId.load(r.id)) ?? [];

export const feedResolvers: Resolvers = {
  Query: {
    feeds: (_, __, ctx) => service.feeds(ctx),
  },
  Mutation: {
    registerFeed: (_, { input }, ctx) => service.registerFeed(ctx, input),
    removeFeed: (_, { id }, ctx) => service.unregisterFeed(ctx, id),
  },
  Feed: {
    format: (f) => service.formatToGraphql(f.format),
    lastStatus: (f) => f.lastStatus as FeedRunStatus | null,
  },
  PeerGroup: { typeCodes },
  Workshop: { typeCodes },
  OnlineCommunity: { typeCodes },
};
