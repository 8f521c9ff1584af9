import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ResourceModel } from '../resources/model.ts';
import { toResource } from '../resources/mappers.ts';
import { resourceColumns } from '../resources/repository.ts';
import { findListingParts } from '../resources/parts-repository.ts';

// SQL of the standards endpoints: published listings only, in id order, with their parts in batches.

export interface PageFilter {
  search?: string | null;
  topicIds?: number[] | null;
  organizationId?: number | null;
  /** Peer groups with a weekly rule only (Meeting Guide). */
  weeklyPeerGroups?: boolean;
  ids?: number[] | null;
}

function base(db: Db, f: PageFilter) {
  let q = db.selectFrom('resources as r').where('r.status', '=', 'PUBLISHED');
  if (f.search) {
    const like = `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('r.name', 'ilike', like), eb('r.description', 'ilike', like)]));
  }
  if (f.topicIds)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('resource_topics as rt')
          .select(sql`1`.as('x'))
          .whereRef('rt.resource_id', '=', 'r.id')
          .where('rt.topic_id', '=', (e) => e.fn.any(e.val(f.topicIds!))),
      ),
    );
  if (f.organizationId) q = q.where('r.organization_id', '=', f.organizationId);
  if (f.ids) q = q.where('r.id', '=', (eb) => eb.fn.any(eb.val(f.ids!)));
  if (f.weeklyPeerGroups) {
    q = q.where('r.kind', '=', 'PEER_GROUP').where((eb) =>
      eb.exists(
        eb
          .selectFrom('schedules as s')
          .select(sql`1`.as('x'))
          .whereRef('s.resource_id', '=', 'r.id')
          .where('s.rrule', '~', '^FREQ=WEEKLY;(INTERVAL=1;)?BYDAY=[A-Z,]+$'),
      ),
    );
  }
  return q;
}

export async function countPublished(db: Db, f: PageFilter): Promise<number> {
  const row = await base(db, f)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findPublished(db: Db, f: PageFilter, limit: number, offset: number) {
  const rows = await base(db, f)
    .select(resourceColumns.map((c) => `r.${c}` as const))
    .orderBy('r.id')
    .limit(limit)
    .offset(offset)
    .execute();
  return withParts(db, rows.map(toResource));
}

async function withParts(db: Db, resources: ResourceModel[]) {
  const ids = resources.map((r) => r.id);
  const [parts, codes] = await Promise.all([
    findListingParts(db, ids),
    ids.length
      ? db
          .selectFrom('resource_imports')
          .select(['resource_id', 'type_codes'])
          .where('resource_id', '=', (eb) => eb.fn.any(eb.val(ids)))
          .execute()
      : [],
  ]);
  const codesById = new Map(codes.map((c) => [c.resource_id, c.type_codes]));
  return resources.map((resource) => ({
    resource,
    parts: parts.get(resource.id)!,
    typeCodes: codesById.get(resource.id) ?? [],
  }));
}

export function findOrganizations(db: Db, ids: readonly number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'url'])
    .where('id', '=', (eb) => eb.fn.any(eb.val([...ids])))
    .execute();
}

/** Organisations with at least one published listing, in id order. */
export async function pageOrganizations(db: Db, search: string | null, limit: number, offset: number) {
  let q = db.selectFrom('organizations as o').where((eb) =>
    eb.exists(
      eb
        .selectFrom('resources as r')
        .select(sql`1`.as('x'))
        .whereRef('r.organization_id', '=', 'o.id')
        .where('r.status', '=', 'PUBLISHED'),
    ),
  );
  if (search) q = q.where('o.name', 'ilike', `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const [{ n }, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
    q.select(['o.id', 'o.name', 'o.url']).orderBy('o.id').limit(limit).offset(offset).execute(),
  ]);
  return { total: Number(n), rows };
}

export function allPublishedIds(db: Db, afterId: number) {
  return db.selectFrom('resources').select('id').where('id', '>', afterId).orderBy('id').execute();
}

export function allOrganizationIds(db: Db) {
  return db.selectFrom('organizations').select('id').execute();
}

export function topicsAll(db: Db) {
  return db.selectFrom('topics').select(['id', 'slug', 'name', 'description', 'parent_id']).orderBy('id').execute();
}
