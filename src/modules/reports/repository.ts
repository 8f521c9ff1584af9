import type { Db } from '../../db/database.ts';

export interface ReportRow {
  id: number;
  resource_id: number;
  reason: string;
  details: string | null;
  created_at: Date;
}

export async function insertReport(
  db: Db,
  r: { resourceId: number; reason: string; details: string | null },
): Promise<void> {
  await db
    .insertInto('resource_reports')
    .values({ resource_id: r.resourceId, reason: r.reason, details: r.details })
    .execute();
}

/** Reports, newest first; of one organisation's listings when organizationId is given, of one listing when resourceId is. */
export function findReports(
  db: Db,
  opts: { organizationId: number | null; resourceId: number | null; limit: number },
): Promise<ReportRow[]> {
  let q = db
    .selectFrom('resource_reports as rr')
    .innerJoin('resources as r', 'r.id', 'rr.resource_id')
    .select(['rr.id', 'rr.resource_id', 'rr.reason', 'rr.details', 'rr.created_at']);
  if (opts.organizationId !== null) q = q.where('r.organization_id', '=', opts.organizationId);
  if (opts.resourceId !== null) q = q.where('rr.resource_id', '=', opts.resourceId);
  return q.orderBy('rr.created_at', 'desc').orderBy('rr.id', 'desc').limit(opts.limit).execute();
}
