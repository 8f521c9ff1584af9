import DataLoader from 'dataloader';
import type { Db } from '../../db/database.ts';
import type { BatchObserver } from '../../shared/batch-observer.ts';
import { oneToOneLoader } from '../../shared/loader.ts';
import { clearedWholeOnListingWrites, unchangedByListingWrites } from '../../shared/loader-invalidation.ts';
import { toResource } from '../resources/mappers.ts';
import type { ResourceModel } from '../resources/model.ts';
import type { Visibility } from '../auth/access.ts';
import type { OrganizationModel } from './model.ts';
import * as repo from './repository.ts';

export interface OrganizationResourcesKey {
  organizationId: number;
  limit: number;
  after: { name: string; id: number } | null;
}

export function createOrganizationLoaders(db: Db, visibility: Visibility, observe: BatchObserver) {
  const toOrganization = (r: { id: number; name: string; url: string | null }): OrganizationModel => ({
    id: r.id,
    name: r.name,
    url: r.url,
  });
  return {
    organizationById: unchangedByListingWrites(
      oneToOneLoader(
        (ids: readonly number[]) => repo.findOrganizationsByIds(db, ids),
        (r) => r.id,
        toOrganization,
        observe('organizationById'),
      ),
      'a listing write does not change its organisation',
    ),
    /**
     * Keyed by organisation + page arguments. Keys with the same arguments share one LATERAL statement, so
     * N organisations each asking for `resources(first: 3)` cost one statement, not N.
     */
    resourcesByOrganization: clearedWholeOnListingWrites(
      new DataLoader<OrganizationResourcesKey, Array<ResourceModel & { sortKey: string }>, string>(
        async (keys) => {
          observe('resourcesByOrganization')?.(keys.length);
          const groups = new Map<string, OrganizationResourcesKey[]>();
          for (const k of keys) {
            const g = JSON.stringify([k.limit, k.after]);
            groups.set(g, [...(groups.get(g) ?? []), k]);
          }
          const byKey = new Map<string, Array<ResourceModel & { sortKey: string }>>();
          await Promise.all(
            [...groups.values()].map(async (group) => {
              const { limit, after } = group[0]!;
              const rows = await repo.findResourcePagesByOrganization(
                db,
                group.map((k) => k.organizationId),
                visibility,
                limit,
                after,
              );
              for (const k of group) byKey.set(keyOf(k), []);
              for (const row of rows) {
                byKey
                  .get(keyOf({ organizationId: row.organization_id, limit, after }))!
                  .push({ ...toResource(row), sortKey: row.sort_key });
              }
            }),
          );
          return keys.map((k) => byKey.get(keyOf(k)) ?? []);
        },
        { cacheKeyFn: (k) => keyOf(k) },
      ),
      // A written listing may enter, leave or move within any page of its organisation (a new name sorts
      // elsewhere), and the pages are keyed by organisation and cursor, not by listing.
      "an organisation's pages are keyed by organisation and cursor, and a written listing may move in any of them",
    ),
    resourceCountByOrganization: clearedWholeOnListingWrites(
      new DataLoader<number, number>(async (ids) => {
        const counts = new Map(
          (await repo.countResourcesByOrganization(db, ids, visibility)).map((r) => [r.organization_id, r.n]),
        );
        return ids.map((id) => counts.get(id) ?? 0);
      }),
      "a written listing may be published or archived, changing its organisation's count",
    ),
  };
}

const keyOf = (k: OrganizationResourcesKey) => JSON.stringify([k.organizationId, k.limit, k.after]);
