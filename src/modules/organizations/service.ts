import type { Context } from '../../context.ts';
import { badInput } from '../../shared/errors.ts';
import { once } from '../../shared/once.ts';
import type { ResourceConnectionModel } from '../search/model.ts';
import { countFacets } from '../search/repository.ts';
import { visibilityFor } from '../auth/access.ts';
import { checkPageSize } from '../search/service.ts';
import type { OrganizationConnectionModel, OrganizationModel } from './model.ts';
import * as repo from './repository.ts';

export function organizationById(ctx: Context, id: number): Promise<OrganizationModel | null> {
  return ctx.loaders.organizationById.load(id);
}

function nameKeyset(ctx: Context, after: string | null | undefined, ordering: string) {
  if (after == null) return null;
  const payload = ctx.cursors.decode(after, ordering);
  const name = payload.k[0];
  if (typeof name !== 'string' || payload.k.length !== 1)
    throw badInput('after', 'is not a valid cursor for this query');
  return { name, id: payload.i };
}

/** All organisations by name. */
export async function listOrganizations(
  ctx: Context,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<OrganizationConnectionModel> {
  const n = checkPageSize(first, 'Query.organizations');
  const keyset = nameKeyset(ctx, after, 'ORGANIZATIONS');
  const rows = n === 0 ? [] : await repo.findOrganizationPage(ctx.db, n + 1, keyset);
  const edges = rows.slice(0, n).map((r) => {
    const node = { id: r.id, name: r.name, url: r.url };
    ctx.loaders.organizationById.prime(r.id, node);
    return { cursor: ctx.cursors.encode({ o: 'ORGANIZATIONS', k: [r.sort_key], i: r.id }), node };
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > n,
      hasPreviousPage: keyset !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: once(() => repo.countOrganizations(ctx.db)),
  };
}

/** An organisation's listings visible to the caller, by name; batched across organisations. */
export async function organizationResources(
  ctx: Context,
  org: OrganizationModel,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ResourceConnectionModel> {
  const n = checkPageSize(first, 'Organization.resources');
  const keyset = nameKeyset(ctx, after, 'ORGANIZATION_RESOURCES');
  const rows =
    n === 0
      ? []
      : await ctx.loaders.resourcesByOrganization.load({ organizationId: org.id, limit: n + 1, after: keyset });
  const edges = rows.slice(0, n).map(({ sortKey, ...node }) => {
    ctx.loaders.resourceById.prime(node.id, node);
    return {
      cursor: () => ctx.cursors.encode({ o: 'ORGANIZATION_RESOURCES', k: [sortKey], i: node.id }),
      node,
      distanceKm: null,
      nextMeetingAt: null,
    };
  });
  const visibility = visibilityFor(ctx.viewer, null);
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > n,
      hasPreviousPage: keyset !== null,
      startCursor: edges[0]?.cursor() ?? null,
      endCursor: edges[edges.length - 1]?.cursor() ?? null,
    },
    totalCount: () => ctx.loaders.resourceCountByOrganization.load(org.id),
    facets: once(async () => {
      const facets = { kinds: [], formats: [], topics: [], languages: [] } as Awaited<
        ReturnType<ResourceConnectionModel['facets']>
      >;
      const rows = await countFacets(ctx.db, {
        visibility,
        organizationIds: [org.id],
        includeOnline: false,
        asOf: new Date(),
      });
      for (const row of rows) facets[row.facet].push({ value: row.value, count: row.count });
      return facets;
    }),
  };
}
