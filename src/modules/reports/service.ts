import type { Context } from '../../context.ts';
import type { ReportReason } from '../../generated/graphql.ts';
import { badInput } from '../../shared/errors.ts';
import { tryDecodeId } from '../../shared/ids.ts';
import { pageSize } from '../../shared/page-size.ts';
import { requireRole } from '../auth/guards.ts';
import { canSeeListing } from '../auth/access.ts';
import { clientOf, type PublicPayload } from '../contacts/service.ts';
import * as repo from './repository.ts';

// Anyone can say a listing is wrong, closed or harmful. The reporter is not recorded (no key id, no address):
// the owner and moderators read the reason and details only.

const MAX_DETAILS = 2000;

export interface ReportModel {
  id: number;
  resourceId: number;
  reason: ReportReason;
  details: string | null;
  createdAt: Date;
}

export async function reportResource(
  ctx: Context,
  id: string,
  reason: ReportReason,
  details: string | null | undefined,
): Promise<PublicPayload> {
  await ctx.limits.publicMessage(clientOf(ctx));
  const text = details?.trim() || null;
  if (text && text.length > MAX_DETAILS)
    return {
      ok: false,
      userErrors: [
        { field: ['details'], code: 'TOO_LONG', message: `details must be at most ${MAX_DETAILS} characters` },
      ],
    };
  const decoded = tryDecodeId(id);
  const notFound: PublicPayload = {
    ok: false,
    userErrors: [{ field: ['id'], code: 'NOT_FOUND', message: 'no such listing' }],
  };
  if (!decoded || decoded.type !== 'Resource') return notFound;
  return ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .selectFrom('resources')
      .select(['id', 'organization_id', 'status'])
      .where('id', '=', decoded.id)
      .executeTakeFirst();
    if (!r || !canSeeListing(ctx.viewer, r.status, r.organization_id)) return notFound;
    await repo.insertReport(trx, { resourceId: r.id, reason, details: text });
    return { ok: true, userErrors: [] };
  });
}

/** Moderators see every report; a partner sees the reports about its own listings. */
export async function resourceReports(
  ctx: Context,
  resourceId: string | null | undefined,
  first: number | null | undefined,
): Promise<ReportModel[]> {
  const viewer = requireRole(ctx, 'moderator', 'partner');
  const n = pageSize('Query.resourceReports', first);
  let rid: number | null = null;
  if (resourceId != null) {
    const decoded = tryDecodeId(resourceId);
    if (!decoded) throw badInput('resourceId', 'is not a valid id');
    rid = decoded.type === 'Resource' ? decoded.id : 0;
  }
  const rows = await repo.findReports(ctx.db, {
    organizationId: viewer.role === 'partner' ? viewer.organizationId : null,
    resourceId: rid,
    limit: n,
  });
  return rows.map((r) => ({
    id: r.id,
    resourceId: r.resource_id,
    reason: r.reason as ReportReason,
    details: r.details,
    createdAt: r.created_at,
  }));
}
