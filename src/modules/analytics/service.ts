import type { Context } from '../../context.ts';
import type { NearInput, ResourceFilter, StatDimension } from '../../generated/graphql.ts';
import { badInput } from '../../shared/errors.ts';
import { encodeId } from '../../shared/ids.ts';
import { requireRole } from '../auth/guards.ts';
import { buildFilter } from '../search/service.ts';
import type { CoverageGapModel, StatBucketModel } from './model.ts';
import * as repo from './repository.ts';

export const MAX_COVERAGE_POINTS = 1000;

/** Listing counts grouped by up to three dimensions; analysts see published listings only. */
export async function resourceStats(
  ctx: Context,
  filter: ResourceFilter | null | undefined,
  near: NearInput | null | undefined,
  groupBy: StatDimension[],
): Promise<StatBucketModel[]> {
  requireRole(ctx, 'analyst', 'moderator');
  if (groupBy.length < 1 || groupBy.length > 3) throw badInput('groupBy', 'must name one to three dimensions');
  if (new Set(groupBy).size !== groupBy.length) throw badInput('groupBy', 'must not repeat a dimension');
  const f = await buildFilter(ctx, filter, near, new Date());
  const rows = await repo.countByDimensions(ctx.analyticsDb, f, groupBy);
  const tax = groupBy.includes('TOPIC') ? await ctx.loaders.taxonomy() : null;
  return Promise.all(
    rows.map(async (row) => {
      const key: string[] = [];
      const labels: string[] = [];
      for (const [i, d] of groupBy.entries()) {
        const v = row.key[i]!;
        if (d === 'ORGANIZATION') {
          key.push(encodeId('Organization', Number(v)));
          labels.push((await ctx.loaders.organizationById.load(Number(v)))?.name ?? v);
        } else {
          key.push(v);
          labels.push(d === 'TOPIC' ? (tax?.bySlug.get(v)?.name ?? v) : v);
        }
      }
      return { key, count: row.count, labels };
    }),
  );
}

/** Whether each point has a matching listing within its radius, and how far the nearest is. */
export async function coverageGaps(
  ctx: Context,
  points: NearInput[],
  filter: ResourceFilter | null | undefined,
): Promise<CoverageGapModel[]> {
  requireRole(ctx, 'analyst', 'moderator');
  if (points.length > MAX_COVERAGE_POINTS) throw badInput('points', `at most ${MAX_COVERAGE_POINTS} points`);
  points.forEach((p, i) => {
    const r = p.radiusKm ?? 25;
    if (!(p.latitude >= -90 && p.latitude <= 90)) throw badInput(`points.${i}.latitude`, 'must be between -90 and 90');
    if (!(p.longitude >= -180 && p.longitude <= 180))
      throw badInput(`points.${i}.longitude`, 'must be between -180 and 180');
    if (!(r > 0 && r <= 500)) throw badInput(`points.${i}.radiusKm`, 'must be greater than 0 and at most 500');
  });
  if (!points.length) return [];
  const f = await buildFilter(ctx, filter, null, new Date());
  const distances = await repo.nearestDistances(ctx.analyticsDb, f, points);
  return points.map((p, i) => {
    const km = distances[i] ?? null;
    return {
      point: { latitude: p.latitude, longitude: p.longitude },
      covered: km !== null && km <= (p.radiusKm ?? 25),
      nearestKm: km === null ? null : Math.round(km * 10) / 10,
    };
  });
}
