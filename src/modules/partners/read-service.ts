import type { Context } from '../../context.ts';
import { decodeId } from '../../shared/ids.ts';
import { pageSize } from '../../shared/page-size.ts';
import { canManageListing } from '../auth/access.ts';
import { requireRole } from '../auth/guards.ts';
import type { ResourceModel } from '../resources/model.ts';
import type { PendingRevisionModel, ResourceChangeModel } from './model.ts';
import * as repo from './repository.ts';

// What only a listing's owner and moderators may read: its history, pending edit and moderation note.

const canManage = (ctx: Context, r: ResourceModel): boolean => canManageListing(ctx.viewer, r.organizationId);

export async function resourceHistory(
  ctx: Context,
  r: ResourceModel,
  first: number | null | undefined,
): Promise<ResourceChangeModel[] | null> {
  if (!canManage(ctx, r)) return null;
  const limit = pageSize('PeerGroup.history', first);
  const entries = await ctx.loaders.historyByResourceId.load({ resourceId: r.id, limit });
  // Moderators are named to moderators; a partner sees that a moderator acted, not which key.
  if (ctx.viewer.role === 'moderator') return entries;
  return entries.map((e) => (e.actorRole === 'partner' ? e : { ...e, actor: null }));
}

export async function pendingRevision(ctx: Context, r: ResourceModel): Promise<PendingRevisionModel | null> {
  return canManage(ctx, r) ? ctx.loaders.pendingRevisionByResourceId.load(r.id) : null;
}

export function moderationNote(ctx: Context, r: ResourceModel): string | null {
  return canManage(ctx, r) ? r.moderationNote : null;
}

/** Moderators' queue of edits to published listings, oldest first. */
export async function listPendingRevisions(
  ctx: Context,
  first: number | null | undefined,
): Promise<PendingRevisionModel[]> {
  requireRole(ctx, 'moderator');
  const limit = pageSize('Query.pendingRevisions', first);
  return repo.listPendingRevisions(ctx.db, limit);
}

/** Moderators' queue of listings awaiting review, oldest first; each carries its last rejection note. */
export async function listPendingResources(
  ctx: Context,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ResourceModel[]> {
  requireRole(ctx, 'moderator');
  const limit = pageSize('Query.pendingResources', first);
  const afterId = after == null ? null : decodeId(after, 'after');
  const ids = await repo.listPendingResourceIds(
    ctx.db,
    limit,
    afterId === null ? null : afterId.type === 'Resource' ? afterId.id : 0,
  );
  const rows = await Promise.all(ids.map((id) => ctx.loaders.resourceById.load(id)));
  return rows.filter((r): r is ResourceModel => r !== null && r !== undefined);
}

/** The calling partner's own listing with this externalId, in any status. */
export async function resourceByExternalId(ctx: Context, externalId: string): Promise<ResourceModel | null> {
  const viewer = requireRole(ctx, 'partner');
  const id = await repo.findResourceIdByExternalId(ctx.db, viewer.organizationId, externalId.trim());
  return id === null ? null : ((await ctx.loaders.resourceById.load(id)) ?? null);
}
