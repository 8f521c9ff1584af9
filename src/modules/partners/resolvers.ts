import type { Context } from '../../context.ts';
import type { Resolvers } from '../../generated/graphql.ts';
import { encodeId } from '../../shared/ids.ts';
import type { ResourceModel } from '../resources/model.ts';
import { resourceById } from '../resources/service.ts';
import * as read from './read-service.ts';
import * as service from './service.ts';

// Owner-only fields, shared by every kind of listing.
const ownerFields = {
  history: (r: ResourceModel, args: { first?: number | null }, ctx: Context) =>
    read.resourceHistory(ctx, r, args.first),
  pendingRevision: (r: ResourceModel, _: unknown, ctx: Context) => read.pendingRevision(ctx, r),
  moderationNote: (r: ResourceModel, _: unknown, ctx: Context) => read.moderationNote(ctx, r),
};

export const partnerResolvers: Resolvers = {
  Mutation: {
    submitResource: (_, { input, dryRun }, ctx) => service.submitResource(ctx, input, dryRun ?? false),
    updateResource: (_, { id, patch, expectedVersion }, ctx) => service.updateResource(ctx, id, patch, expectedVersion),
    archiveResource: (_, { id }, ctx) => service.archiveResource(ctx, id),
    verifyResource: (_, { id }, ctx) => service.verifyResource(ctx, id),
    reviewResource: (_, { id, decision, note, revisionId, expectedVersion }, ctx) =>
      service.reviewResource(ctx, id, decision, note, revisionId, expectedVersion),
    takeDownResource: (_, { id, reason }, ctx) => service.takeDownResource(ctx, id, reason),
    submitResources: (_, { inputs, dryRun }, ctx) => service.submitResources(ctx, inputs, dryRun ?? false),
  },
  Query: {
    pendingRevisions: (_, { first }, ctx) => read.listPendingRevisions(ctx, first),
    pendingResources: (_, { first, after }, ctx) => read.listPendingResources(ctx, first, after),
    resourceByExternalId: (_, { externalId }, ctx) => read.resourceByExternalId(ctx, externalId),
  },
  PeerGroup: ownerFields,
  Workshop: ownerFields,
  OnlineCommunity: ownerFields,
  PendingRevision: {
    id: (p) => encodeId('Revision', p.id),
    resource: async (p, _, ctx) => {
      const r = await resourceById(ctx, p.resourceId);
      if (!r) throw new Error(`revision ${p.id} of an invisible listing`);
      return r;
    },
  },
};
