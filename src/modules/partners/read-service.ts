import type { Context } from '../../context.ts';
import { badInput } from '../../shared/errors.ts';
import { requireRole } from '../auth/guards.ts';
import type { ResourceModel } from '../resources/model.ts';
import type { PendingRevisionModel, ResourceChangeModel } from './model.ts';
import { toPendingRevision } from './loaders.ts';
import * as repo from './repository.ts';

// What only a listing's owner and moderators may read: its history, pending edit and moderation note.

function canManage(ctx: Context, r: ResourceModel): boolean {
  const v = ctx.viewer;
  return v.role === 'moderator' || (v.role === 'partner' && v.organizationId === r.organizationId);
}

export async function resourceHistory(ctx: Context, r: ResourceModel, first: number | null | undefined): Promise<ResourceChangeModel[] | null> {
  if (!canManage(ctx, r)) return null;
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badInput('history.first', 'must be between 1 and 100');
  return ctx.loaders.historyByResourceId.load({ resourceId: r.id, limit });
}

export async function pendingRevision(ctx: Context, r: ResourceModel): Promise<PendingRevisionModel | null> {
  return canManage(ctx, r) ? ctx.loaders.pendingRevisionByResourceId.load(r.id) : null;
}

export function moderationNote(ctx: Context, r: ResourceModel): string | null {
  return canManage(ctx, r) ? r.moderationNote : null;
}

/** Moderators' queue of edits to published listings, oldest first. */
export async function listPendingRevisions(ctx: Context, first: number | null | undefined): Promise<PendingRevisionModel[]> {
  requireRole(ctx, 'moderator');
  const limit = first ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badInput('first', 'must be between 1 and 100');
  return (await repo.listPendingRevisions(ctx.db, limit)).map(toPendingRevision);
}
