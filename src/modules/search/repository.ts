import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import { nearestFirstSession } from '../../db/planner-sessions.ts';
import {
  allListingColumns,
  partsSelect,
  summaryListingColumns,
  withParts,
  type PageRow,
  type SearchRow,
} from './page-parts.ts';
import { listingsVisibleTo } from '../auth/access.ts';
import type { FacetDimension, Keyset, SearchFilter, SearchOrder, SearchPageSpec } from './spec.ts';

// All SQL of search. Listings are read from up to two "branches": the located one (with `near`, through the
// GiST index on locations) and the online one (`includeOnline`). Each branch is ordered and limited on its own,
// then merged by (phase, sort key, id), which is the total order the cursors walk.

/** Mean Earth radius (IUGG) in metres: distances are great-circle distances on this sphere. */
const EARTH_MEAN_RADIUS_M = 6_371_008.8;

export type Sql = RawBuilder<unknown>;
export const and = (parts: Sql[]): Sql => (parts.length ? sql.join(parts, sql` and `) : sql`true`);

export interface Branch {
  phase: number;
  /** FROM clause with alias r (and l when located). */
  from: Sql;
  /** Conditions specific to the branch. */
  where: Sql[];
  located: boolean;
}

function searchPoint(f: SearchFilter): Sql {
  return sql`ll_to_earth(${f.near!.latitude}::float8, ${f.near!.longitude}::float8)`;
}

/** The radius as a chord-sphere distance: earthdistance works on a sphere of radius earth(). */
function scaledRadius(f: SearchFilter): Sql {
  return sql`(${f.near!.radiusKm * 1000}::float8 * earth() / ${EARTH_MEAN_RADIUS_M}::float8)`;
}

const pointOf = sql`ll_to_earth(l.latitude, l.longitude)`;

export function branches(f: SearchFilter): Branch[] {
  const textJoin = f.text !== undefined ? sql` cross join q` : sql``;
  if (!f.near && !f.within) return [{ phase: 0, from: sql`resources r${textJoin}`, where: [], located: false }];
  if (!f.near) {
    // A viewport alone: located listings only, in any order but DISTANCE (which needs `near`).
    return [
      {
        phase: 0,
        from: sql`locations l join resources r on r.id = l.resource_id${textJoin}`,
        where: [sql`r.format <> 'ONLINE'`, ...withinConditions(f)],
        located: false,
      },
    ];
  }
  const located: Branch = {
    phase: 0,
    from: sql`locations l join resources r on r.id = l.resource_id${textJoin}`,
    where: [
      sql`earth_box(${searchPoint(f)}, ${scaledRadius(f)}) @> ${pointOf}`,
      sql`earth_distance(${searchPoint(f)}, ${pointOf}) <= ${scaledRadius(f)}`,
      sql`r.format <> 'ONLINE'`,
      ...withinConditions(f),
    ],
    located: true,
  };
  if (!f.includeOnline) return [located];
  return [located, { phase: 1, from: sql`resources r${textJoin}`, where: [sql`r.format = 'ONLINE'`], located: false }];
}

/**
 * `within` (a latitude/longitude box) over locations `l`: the exact test on latitude and longitude, plus the
 * smallest axis-aligned cube around the box's patch of the sphere, which the GiST index on
 * ll_to_earth(latitude, longitude) can answer (`@>`), so a map viewport reads only its part of the index.
 */
export function withinConditions(f: SearchFilter): Sql[] {
  if (!f.within) return [];
  const { south, west, north, east } = f.within;
  const longitude =
    west <= east
      ? sql`l.longitude between ${west}::float8 and ${east}::float8`
      : sql`(l.longitude >= ${west}::float8 or l.longitude <= ${east}::float8)`;
  const b = boxBounds(f.within);
  // earth() is ll_to_earth's radius; a metre of slack keeps points on an edge inside despite rounding.
  const cube = sql`cube_enlarge(cube(array[${b.min[0]}::float8 * earth(), ${b.min[1]}::float8 * earth(), ${b.min[2]}::float8 * earth()],
                                     array[${b.max[0]}::float8 * earth(), ${b.max[1]}::float8 * earth(), ${b.max[2]}::float8 * earth()]), 1, 3)`;
  return [sql`${cube} @> ${pointOf}`, sql`l.latitude between ${south}::float8 and ${north}::float8`, longitude];
}

/** The unit-sphere x, y, z ranges of a latitude/longitude box (ll_to_earth's axes: x toward 0°E, z north). */
export function boxBounds(box: { south: number; west: number; north: number; east: number }): {
  min: [number, number, number];
  max: [number, number, number];
} {
  const rad = Math.PI / 180;
  // cos(latitude) over [south, north]: largest nearest the equator, smallest at the end furthest from it.
  const cosLat = [Math.cos(box.south * rad), Math.cos(box.north * rad)];
  const cosLatMax = box.south <= 0 && box.north >= 0 ? 1 : Math.max(...cosLat);
  const cosLatMin = Math.min(...cosLat);
  // Longitude intervals (two when the box crosses the antimeridian), and cos/sin ranges over them.
  const intervals =
    box.west <= box.east
      ? [[box.west, box.east]]
      : [
          [box.west, 180],
          [-180, box.east],
        ];
  const range = (fn: (x: number) => number, peaks: Array<[number, number]>) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const [a, b] of intervals as Array<[number, number]>) {
      for (const x of [a, b]) {
        lo = Math.min(lo, fn(x * rad));
        hi = Math.max(hi, fn(x * rad));
      }
      for (const [at, value] of peaks) {
        if (at >= a && at <= b) {
          lo = Math.min(lo, value);
          hi = Math.max(hi, value);
        }
      }
    }
    return [lo, hi] as const;
  };
  const [cosLo, cosHi] = range(Math.cos, [
    [0, 1],
    [180, -1],
    [-180, -1],
  ]);
  const [sinLo, sinHi] = range(Math.sin, [
    [90, 1],
    [-90, -1],
  ]);
  // x = cos(lat)·cos(lng), y = cos(lat)·sin(lng), with cos(lat) ≥ 0 in [cosLatMin, cosLatMax].
  const times = (lo: number, hi: number) => {
    const products = [cosLatMin * lo, cosLatMin * hi, cosLatMax * lo, cosLatMax * hi];
    return [Math.min(...products), Math.max(...products)] as const;
  };
  const [xLo, xHi] = times(cosLo, cosHi);
  const [yLo, yHi] = times(sinLo, sinHi);
  return { min: [xLo, yLo, Math.sin(box.south * rad)], max: [xHi, yHi, Math.sin(box.north * rad)] };
}

/** The WHERE conditions of a filter, except those of one facet dimension. */
export function conditions(f: SearchFilter, except?: FacetDimension): Sql[] {
  const c: Sql[] = [];
  c.push(listingsVisibleTo(f.visibility));
  if (f.kinds && except !== 'kinds') c.push(sql`r.kind = any(${f.kinds}::text[])`);
  if (f.formats && except !== 'formats') c.push(sql`r.format = any(${f.formats}::text[])`);
  if (f.languages && except !== 'languages') c.push(sql`r.languages && ${f.languages}::text[]`);
  if (f.freeOnly) c.push(sql`r.is_free`);
  // "And listings open to all" means listings that say so (attendance ANYONE): not stating is not a claim.
  if (f.audiences) c.push(sql`(r.audiences && ${f.audiences}::text[] or r.eligibility->>'attendance' = 'ANYONE')`);
  if (f.operationalStatuses) c.push(sql`r.operational_status = any(${f.operationalStatuses}::text[])`);
  if (f.joinModes) c.push(sql`r.join_mode = any(${f.joinModes}::text[])`);
  if (f.costModels) c.push(sql`r.cost_model = any(${f.costModels}::text[])`);
  if (f.age !== undefined) {
    const min = sql`(r.eligibility->>'minimumAge')::int`;
    const max = sql`(r.eligibility->>'maximumAge')::int`;
    // Safeguarding: a child's search only finds listings that state an age range including the child.
    c.push(sql`(coalesce(${min} <= ${f.age}::int, true) and coalesce(${max} >= ${f.age}::int, true)
      and (${f.age}::int >= 18 or ${min} is not null or ${max} is not null))`);
  }
  if (f.accessibility) c.push(sql`r.accessibility @> ${f.accessibility}::text[]`);
  if (f.facilitation) c.push(sql`(r.kind = 'PEER_GROUP' and r.facilitation = any(${f.facilitation}::text[]))`);
  if (f.verifiedWithinDays !== undefined) {
    c.push(sql`r.last_verified_at >= ${f.asOf}::timestamptz - make_interval(days => ${f.verifiedWithinDays}::int)`);
  }
  if (f.organizationIds) c.push(sql`r.organization_id = any(${f.organizationIds}::int[])`);
  if (f.topicIds && except !== 'topicIds') {
    c.push(
      sql`exists (select 1 from resource_topics rt where rt.resource_id = r.id and rt.topic_id = any(${f.topicIds}::int[]))`,
    );
  }
  if (f.text !== undefined) c.push(sql`r.search_tsv @@ q.tsq`);
  if (f.meetsWithinDays !== undefined) {
    // A paused or closed group shows no meetings, so it meets within no window.
    c.push(sql`r.operational_status not in ('PAUSED', 'CLOSED')`);
    c.push(sql`exists (select 1 from resource_occurrences o where o.resource_id = r.id
      and o.starts_at >= ${f.asOf}::timestamptz
      and o.starts_at < ${f.asOf}::timestamptz + make_interval(days => ${f.meetsWithinDays}::int))`);
  }
  return c;
}

// MATERIALIZED: the query is built once; inlined, the planner may call the function for every row. `qc`, the
// bounded candidate set of RELEVANCE order, is computed only where a statement reads it (the page, not counts).
export function withText(f: SearchFilter): Sql {
  return f.text !== undefined
    ? sql`with q as materialized (select pa_search_query(${f.text}::text) as tsq), ${textCandidates(f)} `
    : sql``;
}

/** Postings read per query lexeme (highest impact first) when looking for candidates. */
export const CANDIDATE_WALK = 3000;
/** Candidates ranked exactly, at most. */
export const CANDIDATE_BOUND = 200;
/** Sort-key offset of matches outside the candidate set: below every candidate (ts_rank_cd is never negative). */
const OUTSIDE_CANDIDATES = 1e6;

/**
 * Ranking every match read each matching listing's search document from the heap and ran ts_rank_cd on it:
 * thousands of listings for a common phrase at 100k, ten times as many at 1M. Instead, RELEVANCE ranks a bounded
 * candidate set first. search_postings (migration T0070) holds each listing's lexemes with a precomputed impact
 * (the lexeme's weight in the listing over the log of its length: ts_rank_cd for that word alone). For each
 * word of the query (an OR of its stems), the CANDIDATE_WALK highest-impact postings of each stem are read
 * straight from a b-tree; listings found for every word are candidates, best summed impact first, at most
 * CANDIDATE_BOUND of them. Those are then ranked exactly with ts_rank_cd.
 *
 * `bounded`: every word of the query is common, i.e. has a stem whose walk stopped at CANDIDATE_WALK postings.
 * Otherwise some word was read whole, so ranking every match costs at most what the walk read, and every match
 * is ranked as before (exactly; this is also every query in a small directory). So the order differs from the
 * exhaustive one only for queries of common words, where a listing outside the candidates would have outranked
 * one inside. (A minimum number of candidates was the first criterion; "peer group", two very common words
 * whose top postings seldom meet, then ranked its tens of thousands of matches on every request.)
 * Candidates are read as of the cursor's "now" (created_at <= asOf): listings inserted during a walk never
 * change the candidates or `bounded`, so every page of a walk sees the same tiers (see relevanceKey).
 */
function textCandidates(f: SearchFilter): Sql {
  // pa_search_query gives `( 'stem' | 'stem' ) & ( … )`: one group per word. The limit on qw is only there for
  // the planner, which otherwise expects a thousand rows per set-returning function and sizes hash tables on it.
  return sql`qw as materialized (
      select w.n as word, (regexp_matches(w.part, '''((?:[^'']|'''')+)''', 'g'))[1] as lexeme
      from q, regexp_split_to_table(q.tsq::text, ' & ') with ordinality as w(part, n)
      limit 32),
    qp as materialized (
      select qw.word, qw.lexeme, p.resource_id, p.impact
      from qw cross join lateral (
        select p.resource_id, p.impact from search_postings p
        where p.lexeme = qw.lexeme and p.created_at <= ${f.asOf}::timestamptz
        order by p.impact desc, p.resource_id limit ${CANDIDATE_WALK}::int) p),
    qc as materialized (
      select coalesce((
          select array_agg(c.resource_id) from (
            select qp.resource_id from qp group by qp.resource_id
            -- Found for every word (one bit per word). A listing stemmed in one language holds one stem of a word.
            having bit_or(1::bigint << (qp.word::int - 1)) = (select (1::bigint << count(distinct qw.word)::int) - 1 from qw)
            order by sum(qp.impact) desc, qp.resource_id limit ${CANDIDATE_BOUND}::int) c), '{}') as ids,
        coalesce((
          select bool_and(w.common) from (
            select qw.word, bool_or(coalesce(n.walked, 0) >= ${CANDIDATE_WALK}::int) as common
            from qw left join (select qp.word, qp.lexeme, count(*) as walked from qp group by qp.word, qp.lexeme) n
              on n.word = qw.word and n.lexeme = qw.lexeme
            group by qw.word) w), false) as bounded)`;
}

/**
 * RELEVANCE's sort key: ts_rank_cd, lowered by OUTSIDE_CANDIDATES for a match outside a bounded candidate set,
 * so the walk's total order is (candidates by rank, then the other matches by rank), ties by id: one number,
 * as a cursor holds one.
 */
const relevanceKey = sql`(ts_rank_cd(r.search_tsv, q.tsq, 1)::float8 - case when (select qc.bounded from qc)
    and r.id <> all((select qc.ids from qc)::int[]) then ${OUTSIDE_CANDIDATES}::float8 else 0 end)`;

/**
 * One branch's RELEVANCE page, in two parts. With a bounded candidate set: the candidates (a primary-key lookup
 * of at most CANDIDATE_BOUND listings), then, only when they do not fill the page, the other matches (through
 * the GIN index, all of them ranked). Without one: every match, ranked, as before. The second part is gated by a
 * one-time filter (an InitPlan), so when the candidates fill the page it never runs.
 */
export function relevancePart(select: Sql, from: Sql, where: Sql[], orderBy: Sql, limit: number): Sql {
  const bounded = sql`(select qc.bounded from qc)`;
  const ids = sql`(select qc.ids from qc)::int[]`;
  const page = (extra: Sql[]) =>
    sql`${select} from ${from} where ${and([...where, ...extra])} order by ${orderBy} limit ${limit}::int`;
  return sql`(with candidates as materialized (${page([bounded, sql`r.id = any(${ids})`])})
    select * from candidates
    union all (${page([
      sql`(not ${bounded} or (select count(*) from candidates) < ${limit}::int)`,
      sql`(not ${bounded} or r.id <> all(${ids}))`,
    ])}))`;
}

interface OrderSpec {
  /** Sort key expression for a branch (null when the branch has none, e.g. distance of online listings). */
  key: (b: Branch, f: SearchFilter) => Sql | null;
  /** Key as it is written into the cursor (exact text for timestamps). */
  keyText?: (expr: Sql) => Sql;
  /** Cast applied to the cursor value when compared. */
  cast: Sql;
  desc: boolean;
  /** id direction: ascending unless the order is "newest first". */
  idDesc: boolean;
}

const isoText = (expr: Sql) => sql`to_char(${expr} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const orders: Record<SearchOrder, OrderSpec> = {
  NAME: { key: () => sql`lower(r.name)`, cast: sql`text`, desc: false, idDesc: false },
  UPDATED: { key: () => sql`r.updated_at`, keyText: isoText, cast: sql`timestamptz`, desc: true, idDesc: true },
  RELEVANCE: {
    // Cover density over the weighted document (name A > topics B > description C), length-normalised. A trigram
    // similarity bonus used to be added, but at 100k listings it cost more than the search itself (it runs for
    // every match, thousands for a common word); typo tolerance lives in the query (pa_search_query). Candidates
    // first: see textCandidates.
    key: () => relevanceKey,
    cast: sql`float8`,
    desc: true,
    idDesc: false,
  },
  // The cube distance (a chord) orders exactly as the great-circle distance and lets GiST walk nearest-first.
  DISTANCE: {
    key: (b, f) => (b.located ? sql`(${pointOf} <-> ${searchPoint(f)})` : null),
    cast: sql`float8`,
    desc: false,
    idDesc: false,
  },
  NEXT_MEETING: {
    key: (_b, f) =>
      sql`(select min(o.starts_at) from resource_occurrences o where o.resource_id = r.id and o.starts_at >= ${f.asOf}::timestamptz)`,
    keyText: isoText,
    cast: sql`timestamptz`,
    desc: false,
    idDesc: false,
  },
};

/**
 * The keyset condition "after this row" for one sort key and id. Null keys sort last in both directions
 * (NULLS LAST), which is how meetings-less listings end a NEXT_MEETING walk.
 */
function afterCondition(key: Sql, o: OrderSpec, after: Keyset): Sql {
  const idCmp = o.idDesc ? sql`r.id < ${after.id}::int` : sql`r.id > ${after.id}::int`;
  if (after.key === null) return sql`(${key} is null and ${idCmp})`;
  const value = sql`${after.key}::${o.cast}`;
  const beyond = o.desc ? sql`${key} < ${value}` : sql`${key} > ${value}`;
  return sql`(${beyond} or (${key} = ${value} and ${idCmp}) or ${key} is null)`;
}

export type { SearchRow } from './page-parts.ts';

export async function findPage(db: Db, spec: SearchPageSpec): Promise<SearchRow[]> {
  const f = spec.filter;
  const o = orders[spec.order];
  const dir = sql.raw(o.desc ? 'desc' : 'asc');
  const idDir = sql.raw(o.idDesc ? 'desc' : 'asc');
  const parts: Sql[] = [];
  const columns = spec.parts?.summary ? summaryListingColumns : allListingColumns;
  for (const b of branches(f)) {
    if (spec.after && spec.after.phase > b.phase) continue;
    const key = o.key(b, f);
    const where = [...b.where, ...conditions(f)];
    if (spec.after && spec.after.phase === b.phase) {
      where.push(
        key
          ? afterCondition(key, o, spec.after)
          : o.idDesc
            ? sql`r.id < ${spec.after.id}::int`
            : sql`r.id > ${spec.after.id}::int`,
      );
    }
    const keyOut = key ? (o.keyText ? o.keyText(key) : key) : sql`null`;
    const distance = b.located
      ? sql`round((earth_distance(${searchPoint(f)}, ${pointOf}) / earth() * ${EARTH_MEAN_RADIUS_M / 1000}::float8)::numeric, 1)::float8`
      : sql`null::float8`;
    const orderBy = key ? sql`${key} ${dir} nulls last, r.id ${idDir}` : sql`r.id ${idDir}`;
    let from = b.from;
    if (b.located && spec.order === 'DISTANCE') {
      const nearest = nearestBound(b, f, [...where], spec.limit);
      from = sql`${nearest.from}, ${b.from}`;
      where.push(...nearest.where);
    }
    const select = sql`select ${columns}, ${b.phase}::int as phase, ${keyOut} as sort_key, ${key ?? sql`null`} as sort_raw,
        ${distance} as distance_km`;
    parts.push(
      f.text !== undefined && spec.order === 'RELEVANCE'
        ? relevancePart(select, from, where, orderBy, spec.limit)
        : sql`(${select} from ${from} where ${and(where)} order by ${orderBy} limit ${spec.limit}::int)`,
    );
  }
  if (!parts.length) return [];
  const extra = partsSelect(spec.parts, f.asOf);
  const page = sql<PageRow>`${withText(f)}
    select p.*${extra.columns}
    from (${sql.join(parts, sql` union all `)}) p${extra.joins}
    order by p.phase, p.sort_raw ${dir} nulls last, p.id ${idDir}
    limit ${spec.limit}::int`;
  // With text, the GIN index on the search document narrows faster than any walk (and GIN is bitmap-only).
  const walkNearestFirst = f.near !== undefined && spec.order === 'DISTANCE' && f.text === undefined;
  const result = walkNearestFirst
    ? await withNearestNeighbourPlan(db, (session) => page.execute(session))
    : await page.execute(db);
  return result.rows.map(withParts);
}

/**
 * Nearest first, in two stages, because `order by distance, id` cannot walk the GiST index in distance order
 * (the id tie-break needs a sort), so a plain query reads and sorts every listing in the radius: thousands in a
 * city at 100k listings. Stage 1 walks the index nearest-first (KNN `<->`) and stops after `limit` matching
 * listings; the distance of the last one bounds the page. Stage 2 reads only the listings within that bound
 * (a small box on the same index) and orders them by (distance, id), so ties at the bound are all seen and the
 * page is exactly the plain query's page. Both stages carry every filter and the cursor condition.
 */
function nearestBound(b: Branch, f: SearchFilter, where: Sql[], limit: number): { from: Sql; where: Sql[] } {
  const distance = sql`(${pointOf} <-> ${searchPoint(f)})`;
  const from = sql`(select max(nearest.d) as d from (
      select ${distance} as d from ${b.from} where ${and(where)} order by ${distance} limit ${limit}::int
    ) nearest) bound`;
  return {
    from,
    where: [
      // A point within chord distance d lies in the cube of half-side d around the search point (plus a
      // millimetre against rounding); the box is what the index can use, the exact bound follows.
      sql`cube_enlarge(${searchPoint(f)}, bound.d + 0.001, 3) @> ${pointOf}`,
      sql`${distance} <= bound.d`,
    ],
  };
}

/**
 * PostgreSQL estimates every cube containment at a fixed 0.1% of the rows, so for a city-sized radius it
 * expects a few dozen listings where there are thousands, and prefers a bitmap scan (read all, then sort) to
 * the nearest-first index walk. For the nearby page statement only, bitmap scans are off: the walk is then the
 * only way to the index, and it stops after a page. On PostgreSQL the statement goes to connections opened with
 * that setting (db/planner-sessions.ts): one statement, no round trips around it. Where there are none (PGlite's
 * single connection, a test's transaction) it runs in a short transaction with SET LOCAL, which ends with it.
 * Not with a text filter: GIN can only be read by bitmap, and a rare word over a wide radius would make the walk
 * test every listing in the radius.
 */
async function withNearestNeighbourPlan<T>(db: Db, run: (session: Db) => Promise<T>): Promise<T> {
  const session = nearestFirstSession(db);
  if (session) return run(session);
  return db.transaction().execute(async (trx) => {
    await sql`set local enable_bitmapscan = off`.execute(trx);
    return run(trx);
  });
}

export async function countMatches(db: Db, f: SearchFilter): Promise<number> {
  const counts = branches(f).map(
    (b) => sql`(select count(*) from ${b.from} where ${and([...b.where, ...conditions(f)])})`,
  );
  const result = await sql<{
    total: number;
  }>`${withText(f)} select (${sql.join(counts, sql` + `)})::int as total`.execute(db);
  return result.rows[0]?.total ?? 0;
}

export interface FacetRow {
  facet: 'kinds' | 'formats' | 'languages' | 'topics';
  value: string;
  count: number;
}

/** Disjunctive facet counts: each dimension is counted with every filter except its own. One statement. */
export async function countFacets(db: Db, f: SearchFilter): Promise<FacetRow[]> {
  const selects: Sql[] = [];
  for (const b of branches(f)) {
    const where = (d: FacetDimension) => and([...b.where, ...conditions(f, d)]);
    selects.push(
      sql`select 'kinds' as facet, r.kind as value, count(*) as n from ${b.from} where ${where('kinds')} group by r.kind`,
    );
    selects.push(sql`select 'formats', r.format, count(*) from ${b.from} where ${where('formats')} group by r.format`);
    selects.push(sql`select 'languages', lang, count(*) from ${b.from} cross join unnest(r.languages) as lang
      where ${where('languages')} group by lang`);
    selects.push(sql`select 'topics', t.slug, count(*) from ${b.from}
      join resource_topics rtf on rtf.resource_id = r.id join topics t on t.id = rtf.topic_id
      where ${where('topicIds')} group by t.slug`);
  }
  const result = await sql<FacetRow>`${withText(f)}
    select facet, value, sum(n)::int as count from (${sql.join(selects, sql` union all `)}) x
    group by facet, value order by facet, count desc, value`.execute(db);
  return result.rows;
}
