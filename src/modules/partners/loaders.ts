import DataLoader from 'dataloader';
import type { Db } from '../../db/database.ts';
import { oneToOneLoader } from '../../shared/loader.ts';
import type { PendingRevisionModel, ResourceChangeModel } from './model.ts';
import * as repo from './repository.ts';

export function createPartnerLoaders(db: Db) {
  return {
    pendingRevisionByResourceId: oneToOneLoader(
      (ids: readonly number[]) => repo.findPendingRevisionsByResourceIds(db, ids),
      (r) => r.resource_id,
      toPendingRevision,
    ),
    /** Keyed by listing and page size; one LATERAL statement per page size. */
    historyByResourceId: new DataLoader<{ resourceId: number; limit: number }, ResourceChangeModel[], string>(
      async (keys) => {
        const out = new Map<string, ResourceChangeModel[]>();
        for (const limit of new Set(keys.map((k) => k.limit))) {
          const ids = keys.filter((k) => k.limit === limit).map((k) => k.resourceId);
          for (const id of ids) out.set(`${id}:${limit}`, []);
          for (const h of await repo.findHistory(db, ids, limit)) {
            out.get(`${h.resource_id}:${limit}`)!.push({
              at: h.created_at,
              actor: h.actor_key_id,
              actorRole: h.actor_role,
              action: h.action,
              changedFields: h.changed_fields,
              before: h.before,
              after: h.after,
              note: h.note,
            });
          }
        }
        return keys.map((k) => out.get(`${k.resourceId}:${k.limit}`) ?? []);
      },
      { cacheKeyFn: (k) => `${k.resourceId}:${k.limit}` },
    ),
  };
}

export function toPendingRevision(r: {
  id: number;
  resource_id: number;
  created_at: Date;
  patch: unknown;
}): PendingRevisionModel {
  const patch = r.patch as { content: unknown; changed: string[] };
  return {
    id: r.id,
    resourceId: r.resource_id,
    submittedAt: r.created_at,
    changedFields: patch.changed,
    proposed: patch.content,
  };
}
