import type { Context } from '../../context.ts';
import type { FeedFormat as GqlFeedFormat, RegisterFeedInput } from '../../generated/graphql.ts';
import { requireRole } from '../auth/guards.ts';
import type { UserErrorModel } from '../partners/model.ts';
import { addFeed, FeedError, listFeeds, removeFeed, type FeedModel } from './feed-service.ts';
import type { FeedFormat } from './import-service.ts';
import { configuredFeedSettings } from './settings.ts';

// The GraphQL face of registered feeds: a partner registers and sees its own; a moderator sees all.

export const formatFromGraphql = (f: GqlFeedFormat): FeedFormat => (f === 'MEETING_GUIDE' ? 'meeting-guide' : 'hsds');
export const formatToGraphql = (f: FeedFormat): GqlFeedFormat => (f === 'meeting-guide' ? 'MEETING_GUIDE' : 'HSDS');

export async function feeds(ctx: Context): Promise<FeedModel[]> {
  const viewer = requireRole(ctx, 'partner', 'moderator');
  return listFeeds(ctx.db, viewer.role === 'partner' ? viewer.organizationId : null);
}

export async function registerFeed(
  ctx: Context,
  input: RegisterFeedInput,
): Promise<{ feed: FeedModel | null; userErrors: UserErrorModel[] }> {
  const viewer = requireRole(ctx, 'partner');
  await ctx.limits.mutation(viewer.keyId);
  try {
    const feed = await addFeed(ctx.db, configuredFeedSettings(), {
      url: input.url,
      format: formatFromGraphql(input.format),
      keyId: viewer.keyId,
      intervalMinutes: input.intervalMinutes,
      timeZone: input.timeZone,
      topics: input.topics,
    });
    return { feed, userErrors: [] };
  } catch (err) {
    if (err instanceof FeedError)
      return {
        feed: null,
        userErrors: [{ field: err.field.length ? err.field : ['input'], code: err.code, message: err.message }],
      };
    throw err;
  }
}

export async function unregisterFeed(ctx: Context, id: string): Promise<{ ok: boolean; userErrors: UserErrorModel[] }> {
  const viewer = requireRole(ctx, 'partner');
  await ctx.limits.mutation(viewer.keyId);
  const ok = await removeFeed(ctx.db, id, viewer.organizationId);
  return ok
    ? { ok, userErrors: [] }
    : { ok, userErrors: [{ field: ['id'], code: 'NOT_FOUND', message: 'no such feed of yours' }] };
}
