import { sql, type RawBuilder } from 'kysely';
import type { Viewer } from './viewer.ts';

// Who may see and manage which listings: the one place these rules live. GraphQL fields, loaders, services and
// every repository query consult it (the SQL form is listingsVisibleTo). Field-level tiers of a listing's
// details (contacts, online access) are the listing module's (listing/visibility.ts), built on the same roles.

/** Which listings a query may return: the statuses asked for, narrowed by who asks. */
export interface Visibility {
  statuses: string[];
  /** Moderators see every status. */
  all: boolean;
  /** A partner also sees its own organisation's listings in the requested statuses. */
  organizationId: number | null;
}

/** The viewer's visibility for a query asking for these statuses (default: published only). */
export function visibilityFor(viewer: Viewer, statuses: string[] | null | undefined): Visibility {
  const wanted = statuses && statuses.length ? [...new Set(statuses)] : ['PUBLISHED'];
  return {
    statuses: wanted,
    all: viewer.role === 'moderator',
    organizationId: viewer.role === 'partner' ? viewer.organizationId : null,
  };
}

/** Whether the viewer may see a listing in this status owned by this organisation. */
export function canSeeListing(viewer: Viewer, status: string, organizationId: number): boolean {
  if (status === 'PUBLISHED') return true;
  if (viewer.role === 'moderator') return true;
  return viewer.role === 'partner' && viewer.organizationId === organizationId;
}

/** Whether the viewer may read a listing's history, pending edit and moderation note. */
export function canManageListing(viewer: Viewer, organizationId: number): boolean {
  return viewer.role === 'moderator' || (viewer.role === 'partner' && viewer.organizationId === organizationId);
}

/**
 * What a partner may do to a listing by id: its own, edit; another's published one, FORBIDDEN; anything it
 * cannot see, NOT_FOUND (so other partners' pending listings do not leak their existence).
 */
export function partnerWriteAccess(
  organizationId: number,
  listing: { status: string; organizationId: number } | undefined,
): 'OWN' | 'FORBIDDEN' | 'NOT_FOUND' {
  if (!listing) return 'NOT_FOUND';
  if (listing.organizationId === organizationId) return 'OWN';
  return listing.status === 'PUBLISHED' ? 'FORBIDDEN' : 'NOT_FOUND';
}

/**
 * The SQL condition of `visibility` on a resources table aliased `alias` (default `r`): the TypeScript rules
 * above, for repositories. The status list narrows; the role decides what beyond PUBLISHED is visible.
 */
export function listingsVisibleTo(v: Visibility, alias = 'r'): RawBuilder<boolean> {
  const status = sql.ref(`${alias}.status`);
  const owner = sql.ref(`${alias}.organization_id`);
  const wanted = sql<boolean>`${status} = any(${v.statuses}::text[])`;
  if (v.all) return wanted;
  if (v.organizationId === null) return sql<boolean>`${wanted} and ${status} = 'PUBLISHED'`;
  return sql<boolean>`${wanted} and (${status} = 'PUBLISHED' or ${owner} = ${v.organizationId}::int)`;
}
