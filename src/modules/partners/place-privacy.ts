import type { Db } from '../../db/database.ts';
import type { LocationModel } from '../resources/model.ts';
import { privatiseLocation } from '../resources/listing.ts';
import type { PendingRevisionModel } from './model.ts';
import * as repo from './repository.ts';

// A host who asks for their place to be private must get it at once and everywhere: the listing, its history
// and its revisions. (Contract: "history never keeps the exact place of a location that is approximate".)

/**
 * The stored location with only the parts of `proposed` that make it more private applied (turned
 * approximate; address, postal code or venue name removed), or null when the proposal hides nothing more.
 */
export function narrowedLocation(stored: LocationModel | null, proposed: LocationModel | null): LocationModel | null {
  if (!stored || !proposed) return null;
  let next: LocationModel = { ...stored };
  if (proposed.approximate && !stored.approximate) next = privatiseLocation({ ...next, approximate: true });
  for (const field of ['address', 'postalCode', 'name', 'accessNotes'] as const)
    if (!proposed[field] && next[field]) next = { ...next, [field]: null };
  return JSON.stringify(next) === JSON.stringify(stored) ? null : next;
}

/**
 * The place as the more private of two versions shows it: approximate if either is, and without a venue name,
 * address or postal code that either leaves out. History of a proposal that would reveal more than the
 * published listing shows only this, until (and unless) the proposal is approved.
 */
export function morePrivate(a: LocationModel | null, b: LocationModel | null): LocationModel | null {
  if (!a) return b;
  if (!b) return a;
  return {
    ...b,
    approximate: a.approximate || b.approximate,
    name: a.name && b.name ? b.name : null,
    address: a.address && b.address ? b.address : null,
    postalCode: a.postalCode && b.postalCode ? b.postalCode : null,
  };
}

/** A location snapshot (plain JSON) with what `target` hides removed. */
function redactSnapshot(snapshot: unknown, target: LocationModel | null): unknown {
  if (!target || !snapshot || typeof snapshot !== 'object') return snapshot;
  const loc = { ...(snapshot as Record<string, unknown>) };
  if (target.approximate) {
    loc.approximate = true;
    loc.name = null;
    loc.accessNotes = null;
    loc.address = null;
    loc.postalCode = null;
    if (typeof loc.latitude === 'number') loc.latitude = Math.round(loc.latitude * 100) / 100;
    if (typeof loc.longitude === 'number') loc.longitude = Math.round(loc.longitude * 100) / 100;
  }
  for (const field of ['address', 'postalCode', 'name', 'accessNotes'] as const) if (!target[field]) loc[field] = null;
  return loc;
}

function redactContent(content: unknown, target: LocationModel | null): unknown {
  if (!content || typeof content !== 'object' || !('location' in content)) return content;
  return { ...content, location: redactSnapshot((content as { location: unknown }).location, target) };
}

/** A change record (history before/after) with the place redacted to what `target` shows. */
export function redactChange<T extends { before: unknown; after: unknown }>(
  change: T,
  target: LocationModel | null,
): T {
  return { ...change, before: redactContent(change.before, target), after: redactContent(change.after, target) };
}

/** A rejected revision keeps no more of the place than the published listing shows. */
export async function redactRejectedRevision(
  trx: Db,
  revision: PendingRevisionModel,
  published: LocationModel | null,
): Promise<void> {
  const proposed = (revision.proposed as { location?: LocationModel | null } | null)?.location ?? null;
  const target = morePrivate(published, proposed);
  const content = redactContent(revision.proposed, target);
  // Stored as insertRevision wrote it: the proposed content and the fields it changes.
  if (JSON.stringify(content) !== JSON.stringify(revision.proposed))
    await repo.rewriteRevisionPatch(trx, revision.id, { content, changed: revision.changedFields });
}

/** Rewrites every earlier history snapshot and revision of the listing so none shows more than `target`. */
export async function redactPlaceHistory(trx: Db, resourceId: number, target: LocationModel | null): Promise<void> {
  if (!target) return;
  for (const h of await repo.findHistorySnapshots(trx, resourceId)) {
    const before = redactContent(h.before, target);
    const after = redactContent(h.after, target);
    if (JSON.stringify([before, after]) !== JSON.stringify([h.before, h.after]))
      await repo.rewriteHistorySnapshot(trx, h.id, before, after);
  }
  for (const r of await repo.findRevisionPatches(trx, resourceId)) {
    const patch = r.patch as { content?: unknown };
    const content = redactContent(patch.content, target);
    if (JSON.stringify(content) !== JSON.stringify(patch.content))
      await repo.rewriteRevisionPatch(trx, r.id, { ...patch, content });
  }
}
