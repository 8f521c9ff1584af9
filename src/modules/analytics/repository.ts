import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { and, branches, conditions, withinConditions, withText, type Sql } from '../search/repository.ts';
import type { SearchFilter } from '../search/spec.ts';

export type Dimension =
  'KIND' | 'TOPIC' | 'FORMAT' | 'LANGUAGE' | 'ORGANIZATION' | 'COUNTRY' | 'REGION' | 'STATUS' | 'CREATED_MONTH';

/** Each dimension's value, and the join it needs (multi-valued dimensions multiply rows: one per value). */
const dimensions: Record<Dimension, { value: Sql; join?: Sql }> = {
  KIND: { value: sql`r.kind` },
  TOPIC: {
    value: sql`st.slug`,
    join: sql`join resource_topics srt on srt.resource_id = r.id join topics st on st.id = srt.topic_id`,
  },
  FORMAT: { value: sql`r.format` },
  LANGUAGE: { value: sql`sl.lang`, join: sql`cross join lateral unnest(r.languages) as sl(lang)` },
  ORGANIZATION: { value: sql`r.organization_id::text` },
  COUNTRY: {
    value: sql`coalesce(sloc.country, 'NONE')`,
    join: sql`left join locations sloc on sloc.resource_id = r.id`,
  },
  REGION: { value: sql`coalesce(sloc.region, 'NONE')`, join: sql`left join locations sloc on sloc.resource_id = r.id` },
  STATUS: { value: sql`r.status` },
  CREATED_MONTH: { value: sql`to_char(r.created_at at time zone 'UTC', 'YYYY-MM')` },
};

/** Counts by the given dimensions over the search filter, in one statement. */
export async function countByDimensions(
  db: Db,
  f: SearchFilter,
  groupBy: Dimension[],
): Promise<Array<{ key: string[]; count: number }>> {
  const joins = [...new Set(groupBy.map((d) => dimensions[d].join).filter((j): j is Sql => j !== undefined))];
  const cols = groupBy.map((d, i) => sql`${dimensions[d].value} as ${sql.ref(`d${i}`)}`);
  const parts = branches(f).map(
    (b) =>
      sql`select ${sql.join(cols)} from ${b.from} ${sql.join(joins, sql` `)} where ${and([...b.where, ...conditions(f)])}`,
  );
  const keys = groupBy.map((_, i) => sql.ref(`d${i}`));
  const result = await sql<Record<string, string | number>>`${withText(f)}
    select ${sql.join(keys)}, count(*)::int as n from (${sql.join(parts, sql` union all `)}) x
    group by ${sql.join(keys)} order by n desc, ${sql.join(keys)}`.execute(db);
  return result.rows.map((row) => ({ key: groupBy.map((_, i) => String(row[`d${i}`])), count: Number(row.n) }));
}

/**
 * Below this many matching located listings, every point is compared with each of them; above it, each point
 * walks the GiST index nearest-first. The walk stops at the first match, which is quick when matches are
 * common, but a selective filter (one topic in one language) would make it pass most of the index before a
 * match, for every point: 1,000 points over a city with no match read every listing 1,000 times.
 */
const FEW_MATCHES = 500;

/**
 * For every point, the distance to the nearest located listing matching the filter: one statement. The
 * matching listings are collected first (at most FEW_MATCHES + 1 of them); if that is all of them, the answer is
 * a plain minimum over that small set, else a LATERAL nearest-neighbour walk of the GiST index per point.
 * One-time filters make PostgreSQL run only the branch that applies.
 */
export async function nearestDistances(
  db: Db,
  f: SearchFilter,
  points: Array<{ latitude: number; longitude: number }>,
): Promise<Array<number | null>> {
  const lats = points.map((p) => p.latitude);
  const lngs = points.map((p) => p.longitude);
  const pointEarth = sql`ll_to_earth(p.lat, p.lng)`;
  const listingEarth = sql`ll_to_earth(l.latitude, l.longitude)`;
  const matching = sql`locations l join resources r on r.id = l.resource_id ${f.text !== undefined ? sql`cross join q` : sql``}
      where r.format <> 'ONLINE' and ${and([...withinConditions(f), ...conditions(f)])}`;
  // `<->` is the chord through the Earth; sec_to_gc turns the shortest chord into its great-circle distance.
  const km = (chord: Sql) => sql`sec_to_gc(${chord}) / earth() * 6371.0088`;
  const result = await sql<{
    ord: number;
    km: number | null;
  }>`${withText(f)}${f.text !== undefined ? sql`, ` : sql`with `}
    few as materialized (select ${listingEarth} as e from ${matching} limit ${FEW_MATCHES + 1}),
    small as materialized (select count(*) <= ${FEW_MATCHES} as yes from few)
    select p.ord::int as ord, coalesce(brute.km, walk.km) as km
    from unnest(${lats}::float8[], ${lngs}::float8[]) with ordinality as p(lat, lng, ord)
    left join lateral (
      select ${km(sql`min(few.e <-> ${pointEarth})`)} as km from few where (select yes from small)
    ) brute on true
    left join lateral (
      -- Distance alone, no id tie-break: only the distance is returned, and a tie-break would stop the index
      -- from walking nearest-first (it read and sorted every located listing, half a second per point at 100k).
      select ${km(sql`(${listingEarth} <-> ${pointEarth})`)} as km
      from ${matching} and not (select yes from small)
      order by ${listingEarth} <-> ${pointEarth}
      limit 1
    ) walk on true
    order by p.ord`.execute(db);
  return result.rows.map((r) => (r.km === null ? null : Number(r.km)));
}
