import type { Context } from '../../context.ts';
import type { QueryResourcesArgs, ResourceFilter } from '../../generated/graphql.ts';
import { badInput } from '../../shared/errors.ts';
import { pageSize } from '../../shared/page-size.ts';
import { tryDecodeId } from '../../shared/ids.ts';
import { once } from '../../shared/once.ts';
import { toLocation, toResource, toResourceSummary } from '../resources/mappers.ts';
import { expandTopicSlugs } from '../topics/service.ts';
import type { FacetsModel, ResourceConnectionModel } from './model.ts';
import * as repo from './repository.ts';
import type { Keyset, SearchFilter, SearchOrder, SearchPageSpec } from './spec.ts';
import { toTopic } from '../topics/mappers.ts';
import { visibilityFor } from '../auth/access.ts';
import { DEFAULT_OPERATIONAL_STATUSES, SENSITIVE_TOPICS } from '../listing/model.ts';
import { countryAt } from '../crisis/service.ts';

export const MAX_PAGE_SIZE = 100;
export const MAX_MEETS_WITHIN_DAYS = 90;
const MAX_TEXT_LENGTH = 200;

/** The page size of a resources connection (see shared/page-size.ts). */
export function checkPageSize(
  first: number | null | undefined,
  coordinate: 'Query.resources' | 'Organization.resources' | 'Query.organizations' = 'Query.resources',
): number {
  return pageSize(coordinate, first);
}

const nonEmpty = <T>(list: readonly T[] | null | undefined): T[] | undefined =>
  list && list.length ? [...new Set(list)] : undefined;

/** Turns the GraphQL filter into a repository filter, refusing bad values with the argument's name. */
export async function buildFilter(
  ctx: Context,
  filter: ResourceFilter | null | undefined,
  near: QueryResourcesArgs['near'],
  asOf: Date,
): Promise<SearchFilter> {
  const f = filter ?? {};
  const out: SearchFilter = {
    visibility: visibilityFor(ctx.viewer, f.statuses),
    kinds: nonEmpty(f.kinds),
    formats: nonEmpty(f.formats),
    freeOnly: f.freeOnly ?? undefined,
    audiences: nonEmpty(f.audiences),
    accessibility: nonEmpty(f.accessibility),
    facilitation: nonEmpty(f.facilitation),
    includeOnline: f.includeOnline ?? false,
    joinModes: nonEmpty(f.joinModes),
    costModels: nonEmpty(f.costModels),
    // Paused and closed listings only when asked for: a seeker should not be sent to a locked door.
    operationalStatuses: nonEmpty(f.operationalStatuses) ?? DEFAULT_OPERATIONAL_STATUSES,
    asOf,
  };
  if (f.age != null) {
    if (!(Number.isInteger(f.age) && f.age >= 0 && f.age <= 120))
      throw badInput('filter.age', 'must be between 0 and 120');
    out.age = f.age;
  }
  if (f.languages && f.languages.length) {
    const bad = f.languages.find((l) => !/^[a-z]{2}$/.test(l));
    if (bad !== undefined)
      throw badInput('filter.languages', `"${bad.slice(0, 20)}" is not an ISO 639-1 code (two lower-case letters)`);
    out.languages = nonEmpty(f.languages);
  }
  if (f.text != null) {
    const text = f.text.trim();
    if (text.length > MAX_TEXT_LENGTH) throw badInput('filter.text', `must be at most ${MAX_TEXT_LENGTH} characters`);
    if (text) out.text = text;
  }
  if (f.verifiedWithinDays != null) {
    if (f.verifiedWithinDays < 0 || f.verifiedWithinDays > 3650)
      throw badInput('filter.verifiedWithinDays', 'must be between 0 and 3650');
    out.verifiedWithinDays = f.verifiedWithinDays;
  }
  if (f.meetsWithinDays != null) {
    if (f.meetsWithinDays < 1 || f.meetsWithinDays > MAX_MEETS_WITHIN_DAYS) {
      throw badInput('filter.meetsWithinDays', `must be between 1 and ${MAX_MEETS_WITHIN_DAYS}`);
    }
    out.meetsWithinDays = f.meetsWithinDays;
  }
  if (f.organizationIds && f.organizationIds.length) {
    const ids: number[] = [];
    for (const gid of f.organizationIds) {
      const decoded = tryDecodeId(gid);
      if (!decoded) throw badInput('filter.organizationIds', 'contains an id that is not valid');
      if (decoded.type === 'Organization') ids.push(decoded.id);
    }
    // Ids of other types can match no organisation.
    out.organizationIds = ids.length ? ids : [0];
  }
  if (f.topics && f.topics.length) {
    const { ids, unknown } = await expandTopicSlugs(ctx, f.topics);
    if (unknown.length)
      throw badInput('filter.topics', `unknown topic ${unknown.map((s) => `"${s.slice(0, 60)}"`).join(', ')}`);
    out.topicIds = ids;
  }
  if (f.within) {
    const { south, west, north, east } = f.within;
    if (!(south >= -90 && south <= 90)) throw badInput('filter.within.south', 'must be between -90 and 90');
    if (!(north >= -90 && north <= 90)) throw badInput('filter.within.north', 'must be between -90 and 90');
    if (!(west >= -180 && west <= 180)) throw badInput('filter.within.west', 'must be between -180 and 180');
    if (!(east >= -180 && east <= 180)) throw badInput('filter.within.east', 'must be between -180 and 180');
    if (south > north) throw badInput('filter.within', 'south must not be north of north');
    out.within = { south, west, north, east };
  }
  if (near) {
    const radiusKm = near.radiusKm ?? 25;
    if (!(near.latitude >= -90 && near.latitude <= 90)) throw badInput('near.latitude', 'must be between -90 and 90');
    if (!(near.longitude >= -180 && near.longitude <= 180))
      throw badInput('near.longitude', 'must be between -180 and 180');
    if (!(radiusKm > 0 && radiusKm <= 500)) throw badInput('near.radiusKm', 'must be greater than 0 and at most 500');
    out.near = { latitude: near.latitude, longitude: near.longitude, radiusKm };
  }
  return out;
}

function resolveOrder(order: SearchOrder | null | undefined, f: SearchFilter): SearchOrder {
  const chosen = order ?? (f.near ? 'DISTANCE' : f.text ? 'RELEVANCE' : 'NAME');
  if (chosen === 'DISTANCE' && !f.near) throw badInput('orderBy', 'DISTANCE needs `near`');
  if (chosen === 'RELEVANCE' && !f.text) throw badInput('orderBy', 'RELEVANCE needs `filter.text`');
  return chosen;
}

/** The cursor's ordering name: a cursor only continues the same ordering over the same kind of result. */
function orderingName(order: SearchOrder, f: SearchFilter): string {
  return `${order}${f.near ? (f.includeOnline ? '/near+online' : '/near') : ''}${f.within ? '/within' : ''}`;
}

/**
 * Searches listings visible to the caller. Cursors pin "now" (for NEXT_MEETING and the time filters) so
 * that walking all pages sees one consistent order.
 */
export async function searchResources(
  ctx: Context,
  args: QueryResourcesArgs,
  parts?: SearchPageSpec['parts'],
): Promise<ResourceConnectionModel> {
  const first = checkPageSize(args.first);
  let asOf = new Date();
  let after: Keyset | null = null;
  if (args.after != null) {
    // The ordering is only known after the filter, but asOf must come from the cursor: read it first (signed).
    const peek = peekAsOf(ctx, args.after);
    if (peek) asOf = peek;
  }
  const filter = await buildFilter(ctx, args.filter, args.near, asOf);
  const order = resolveOrder(args.orderBy, filter);
  const ordering = orderingName(order, filter);
  if (args.after != null) {
    const payload = ctx.cursors.decode(args.after, ordering);
    const [phase, key] = payload.k;
    if (
      (phase !== 0 && phase !== 1) ||
      payload.k.length !== 2 ||
      (payload.x !== undefined && typeof payload.x !== 'string')
    ) {
      throw badInput('after', 'is not a valid cursor for this query');
    }
    after = { phase, key: key ?? null, id: payload.i };
  }

  const rows = first === 0 ? [] : await repo.findPage(ctx.db, { filter, order, limit: first + 1, after, parts });
  const page = rows.slice(0, first);
  const edges = page.map((row) => {
    // A summary (only the columns the query asks for) never goes into the loader, where any field may be read.
    const node = parts?.summary ? toResourceSummary(row) : toResource(row);
    if (!parts?.summary) ctx.loaders.resourceById.prime(node.id, node);
    // Parts read with the page: Resource.location, .organization and .topics then cost no statement.
    if (row.location !== undefined)
      ctx.loaders.locationByResourceId.prime(node.id, row.location && toLocation(row.location));
    if (row.organization) ctx.loaders.organizationById.prime(row.organization.id, row.organization);
    if (row.topics) ctx.loaders.topicsByResourceId.prime(node.id, row.topics.map(toTopic));
    const payload = { o: ordering, k: [row.phase, row.sort_key], i: row.id, x: asOf.toISOString() };
    return {
      cursor: () => ctx.cursors.encode(payload),
      node,
      distanceKm: row.distance_km,
      nextMeetingAt: row.next_meeting_at,
    };
  });
  return {
    crisis: once(() => crisisContext(ctx, args)),
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor() ?? null,
      endCursor: edges[edges.length - 1]?.cursor() ?? null,
    },
    totalCount: once(() => repo.countMatches(ctx.db, filter)),
    facets: once(async (): Promise<FacetsModel> => {
      const facets: FacetsModel = { kinds: [], formats: [], topics: [], languages: [] };
      for (const row of await repo.countFacets(ctx.db, filter))
        facets[row.facet].push({ value: row.value, count: row.count });
      return facets;
    }),
  };
}

/** The crisis support a search carries: the country of its point, and "first" for a sensitive topic. */
async function crisisContext(ctx: Context, args: QueryResourcesArgs) {
  const tax = args.filter?.topics?.length ? await ctx.loaders.taxonomy() : null;
  const first = (args.filter?.topics ?? []).some(
    (slug) => SENSITIVE_TOPICS.has(slug) || tax?.bySlug.get(slug)?.sensitive === true,
  );
  return { country: args.near ? countryAt(args.near) : null, first };
}

/** The instant a cursor's walk started at, if the cursor carries one (the rest is validated afterwards). */
function peekAsOf(ctx: Context, cursor: string): Date | null {
  const x = ctx.cursors.peekExtra(cursor);
  if (typeof x !== 'string') return null;
  const date = new Date(x);
  return Number.isNaN(date.getTime()) ? null : date;
}
