import type { Context } from '../../context.ts';
import { forgetListings } from '../../shared/loader-invalidation.ts';
import type { Db } from '../../db/database.ts';
import type { ResourceInput, ResourcePatch, ReviewDecision } from '../../generated/graphql.ts';
import { badInput } from '../../shared/errors.ts';
import { tryDecodeId } from '../../shared/ids.ts';
import { findBadText } from '../../shared/text-guard.ts';
import { partnerWriteAccess } from '../auth/access.ts';
import { onReview, onWrite } from './transitions.ts';
import { requireRole } from '../auth/guards.ts';
import type { Viewer } from '../auth/viewer.ts';
import { privatiseLocation, type NewListing } from '../resources/listing.ts';
import type { StoredListing } from '../resources/model.ts';
import {
  insertListings,
  insertListingUnlessExists,
  refreshSearch,
  updateListing,
  type ListingPart,
} from '../resources/write-repository.ts';
import { materializeOccurrences } from '../schedules/occurrences.ts';
import type { DuplicateModel, ResourcePayloadModel, UserErrorCode, UserErrorModel } from './model.ts';
import * as repo from './repository.ts';
import { contentOf, diff, listingFromContent, listingOf, type Content } from './snapshot.ts';
import {
  morePrivate,
  narrowedLocation,
  redactChange,
  redactPlaceHistory,
  redactRejectedRevision,
} from './place-privacy.ts';
import { narrowedDetails } from '../listing/privacy.ts';
import { draftFromListing, mergeDraft, validateDraft, type ValidationContext } from './validation.ts';

/** A partner writing; `actorRole` names another channel in history (an import acts as its partner: "import"). */
type Partner = Extract<Viewer, { role: 'partner' }> & { actorRole?: string };
type Moderator = Extract<Viewer, { role: 'moderator' }>;

/** Thrown inside a dry run's transaction to roll it back, carrying what the real call would have answered. */
class DryRunRollback extends Error {
  constructor(readonly outcome: Outcome) {
    super('dry run');
  }
}

interface Outcome {
  resourceId: number | null;
  userErrors: UserErrorModel[];
  duplicates: Array<{ id: number; score: number }>;
  awaitingReview: boolean;
  /** Non-blocking findings (e.g. LOCATION_MISMATCH): the write happened. */
  warnings: UserErrorModel[];
}

const failure = (field: string[], code: UserErrorCode, message: string): Outcome => ({
  resourceId: null,
  userErrors: [{ field, code, message }],
  duplicates: [],
  awaitingReview: false,
  warnings: [],
});

/**
 * Runs one mutation in one transaction. A dry run executes every check and write, then rolls back, so it
 * reports exactly what the real call would. Afterwards every loader of the request that may hold the listing
 * forgets it (shared/loader-invalidation.ts), so the payload (and the rest of the response) shows the new state.
 */
async function write(
  ctx: Context,
  dryRun: boolean,
  work: (trx: Db) => Promise<Outcome>,
): Promise<ResourcePayloadModel> {
  let outcome: Outcome;
  try {
    outcome = await ctx.db.transaction().execute(async (trx) => {
      const result = await work(trx);
      if (dryRun) throw new DryRunRollback(result);
      return result;
    });
  } catch (err) {
    if (!(err instanceof DryRunRollback)) throw err;
    outcome = err.outcome;
  }
  const ids = [outcome.resourceId, ...outcome.duplicates.map((d) => d.id)].filter((x): x is number => x !== null);
  forgetListings(ctx.loaders, ids);
  const [resource, ...dupes] = await Promise.all([
    outcome.resourceId !== null && !dryRun ? ctx.loaders.resourceById.load(outcome.resourceId) : null,
    ...outcome.duplicates.map((d) => ctx.loaders.resourceById.load(d.id)),
  ]);
  const duplicates: DuplicateModel[] = [];
  outcome.duplicates.forEach((d, i) => {
    const r = dupes[i];
    if (r) duplicates.push({ resource: r, score: Math.round(d.score * 1000) / 1000 });
  });
  return {
    resource: resource ?? null,
    userErrors: outcome.userErrors,
    duplicates,
    awaitingReview: outcome.awaitingReview,
    warnings: outcome.warnings,
  };
}

async function checkRate(ctx: Context, viewer: { keyId: string }) {
  await ctx.limits.mutation(viewer.keyId);
}

async function validationContext(ctx: Context) {
  const tax = await ctx.loaders.taxonomy();
  return { topicExists: (slug: string) => tax.bySlug.has(slug), now: new Date() };
}

/** What the search document is made of (see pa_refresh_search). */
const SEARCHED_FIELDS: ReadonlySet<string> = new Set(['name', 'description', 'topics', 'languages']);

/** The separately stored parts of a listing that a change touches. */
const partsChanged = (changed: readonly string[]): ListingPart[] =>
  (['topics', 'location', 'schedule', 'sessions'] as const).filter((p) => changed.includes(p));

/**
 * Listings, topics, search document and upcoming meetings are written together. Given the changed fields,
 * only what depends on them is recomputed.
 */
export async function afterContentWrite(trx: Db, id: number, changed?: readonly string[]) {
  if (!changed || changed.some((f) => SEARCHED_FIELDS.has(f))) await refreshSearch(trx, [id]);
  if (!changed || changed.includes('schedule') || changed.includes('sessions')) await materializeOccurrences(trx, [id]);
}

function duplicatesOf(trx: Db, listing: NewListing, excludeId: number | null) {
  const loc = listing.location ? privatiseLocation(listing.location) : null;
  return repo.findDuplicates(trx, {
    name: listing.name,
    latitude: loc?.latitude ?? null,
    longitude: loc?.longitude ?? null,
    url: listing.format === 'ONLINE' ? listing.url : null,
    excludeId,
  });
}

export function history(
  viewer: Partner | Moderator,
  resourceId: number,
  action: string,
  change?: { changed: string[]; before: unknown; after: unknown },
  note?: string | null,
): repo.HistoryEntry {
  return {
    resourceId,
    actorKeyId: viewer.keyId,
    actorRole: ('actorRole' in viewer && viewer.actorRole) || viewer.role,
    action,
    note: note ?? null,
    changedFields: change?.changed ?? [],
    before: change?.before ?? null,
    after: change?.after ?? null,
  };
}

/**
 * Creates a listing, or updates the partner's listing with the same externalId (upsert). A trusted
 * partner's listing is published at once; others wait for a moderator (PENDING), and an untrusted edit
 * of a published listing waits as a pending revision while the public keeps the approved version.
 */
export async function submitResource(
  ctx: Context,
  input: ResourceInput,
  dryRun: boolean,
): Promise<ResourcePayloadModel> {
  const viewer = requireRole(ctx, 'partner');
  await checkRate(ctx, viewer);
  return submitOne(ctx, viewer, input, dryRun, await validationContext(ctx));
}

/**
 * Each input of a batch commits or fails alone (a sync of 100 listings should not lose 99 to one typo); the
 * batch is charged to the mutation limit by tens.
 */
export async function submitResources(
  ctx: Context,
  inputs: readonly ResourceInput[],
  dryRun: boolean,
): Promise<ResourcePayloadModel[]> {
  const viewer = requireRole(ctx, 'partner');
  if (inputs.length > MAX_BATCH) throw badInput('inputs', `at most ${MAX_BATCH} listings per batch`);
  await ctx.limits.mutation(viewer.keyId, Math.max(1, Math.ceil(inputs.length / 10)));
  const vc = await validationContext(ctx);
  const out: ResourcePayloadModel[] = [];
  for (const input of inputs) out.push(await submitOne(ctx, viewer, input, dryRun, vc));
  return out;
}

export const MAX_BATCH = 100;

async function submitOne(
  ctx: Context,
  viewer: Partner,
  input: ResourceInput,
  dryRun: boolean,
  vc: ValidationContext,
): Promise<ResourcePayloadModel> {
  // Text the database cannot take is refused before anything else (single mutations are wrapped by
  // shared/text-guard.ts; a batch answers per input).
  const bad = findBadText(input);
  if (bad)
    return {
      resource: null,
      userErrors: [{ field: bad.path, code: 'INVALID', message: `${bad.path.join('.')} ${bad.reason}` }],
      duplicates: [],
      awaitingReview: false,
      warnings: [],
    };
  // A new listing is checked before any database work; an upsert is checked once merged with what is stored.
  const fresh = validateDraft(input, viewer.organizationId, vc);
  const externalId = fresh.listing?.externalId ?? (input.externalId?.trim() || null);
  if (!fresh.listing && (!externalId || fresh.errors.some((e) => e.field[0] === 'externalId')))
    return { resource: null, userErrors: fresh.errors, duplicates: [], awaitingReview: false, warnings: [] };
  return write(ctx, dryRun, async (trx) => {
    let existing = externalId ? await repo.lockResourceByExternalId(trx, viewer.organizationId, externalId) : undefined;
    if (!existing) {
      const listing = fresh.listing;
      if (!listing)
        return { resourceId: null, userErrors: fresh.errors, duplicates: [], awaitingReview: false, warnings: [] };
      const duplicates = await duplicatesOf(trx, listing, null);
      const created = onWrite({ trusted: viewer.trusted, status: null, takenDown: false, via: 'submit' });
      const row = { ...listing, status: created.kind === 'apply' ? created.status : ('PENDING' as const) };
      const id = listing.externalId
        ? await insertListingUnlessExists(trx, row)
        : (await insertListings(trx, [row]))[0]!;
      if (id !== null) {
        await afterContentWrite(trx, id);
        const after = contentOf(row);
        const given = Object.keys(after).filter(
          (k) =>
            ![null, undefined].includes(after[k as keyof Content] as null) &&
            JSON.stringify(after[k as keyof Content]) !== '[]',
        );
        await repo.insertHistory(trx, history(viewer, id, 'CREATED', { changed: given, before: null, after }));
        return {
          resourceId: id,
          userErrors: [],
          duplicates,
          awaitingReview: !viewer.trusted,
          warnings: fresh.warnings,
        };
      }
      // Another request created it between our read and our insert: that one is now ours to update.
      existing = await repo.lockResourceByExternalId(trx, viewer.organizationId, externalId!);
      if (!existing) throw new Error('listing vanished during upsert');
    }
    if (existing.kind !== input.kind) {
      return failure(
        ['kind'],
        'NOT_ALLOWED_FOR_KIND',
        `the listing with this externalId is a ${existing.kind}; a listing cannot change kind (archive it and use a new externalId)`,
      );
    }
    const current = listingOf(existing, await repo.readParts(trx, existing.id));
    const { kind: _kind, ...change } = input;
    const { listing, errors, warnings } = validateDraft(
      mergeDraft(draftFromListing(current), change),
      viewer.organizationId,
      vc,
    );
    if (!listing) return { resourceId: null, userErrors: errors, duplicates: [], awaitingReview: false, warnings: [] };
    const duplicates = await duplicatesOf(trx, listing, existing.id);
    const outcome = await applyChange(trx, viewer, existing, listing, 'submit', current);
    return { ...outcome, duplicates, warnings };
  });
}

/** Changes only the fields in the patch, validated as a whole listing. */
export async function updateResource(
  ctx: Context,
  id: string,
  patch: ResourcePatch,
  expectedVersion: number | null | undefined,
): Promise<ResourcePayloadModel> {
  const viewer = requireRole(ctx, 'partner');
  await checkRate(ctx, viewer);
  const resourceId = parseResourceId(id);
  const vc = await validationContext(ctx);
  return write(ctx, false, async (trx) => {
    const owned = await lockOwned(trx, viewer, resourceId);
    if ('userErrors' in owned) return owned;
    const row = owned.row;
    if (expectedVersion != null && expectedVersion !== row.version) {
      return failure(
        ['expectedVersion'],
        'VERSION_CONFLICT',
        `the listing is at version ${row.version}, not ${expectedVersion}: read it again and reapply your change`,
      );
    }
    const current = listingOf(row, await repo.readParts(trx, row.id));
    const { listing, errors, warnings } = validateDraft(
      mergeDraft(draftFromListing(current), patch),
      viewer.organizationId,
      vc,
    );
    if (!listing) return { resourceId: null, userErrors: errors, duplicates: [], awaitingReview: false, warnings: [] };
    if (listing.externalId && listing.externalId !== row.externalId) {
      const clash = await repo.lockResourceByExternalId(trx, viewer.organizationId, listing.externalId);
      if (clash)
        return failure(
          ['externalId'],
          'DUPLICATE_EXTERNAL_ID',
          'another of your listings already uses this externalId',
        );
    }
    return { ...(await applyChange(trx, viewer, row, listing, 'patch', current)), warnings };
  });
}

/**
 * Applies a validated listing to an existing row, or queues it as a revision for a moderator. A part of the
 * change that only makes the place more private is applied at once whoever the partner is: waiting for review
 * would keep an address public that its host asked to hide.
 */
export async function applyChange(
  trx: Db,
  viewer: Partner,
  row: StoredListing,
  listing: NewListing,
  via: 'submit' | 'patch',
  current: NewListing,
): Promise<Outcome> {
  const done = (awaitingReview: boolean): Outcome => ({
    resourceId: row.id,
    userErrors: [],
    duplicates: [],
    awaitingReview,
    warnings: [],
  });
  let before = current;
  const outcome = onWrite({
    trusted: viewer.trusted,
    status: row.status,
    takenDown: row.takenDownAt !== null,
    via,
  });
  if (outcome.kind === 'revision') {
    const narrowed = narrowedLocation(before.location, listing.location);
    const narrowedModel = narrowedDetails(before.details, listing.details);
    if (narrowed || narrowedModel) {
      const privateNow = { ...before, location: narrowed ?? before.location, details: narrowedModel ?? before.details };
      const change = diff(contentOf(before), contentOf(privateNow));
      await updateListing(trx, row.id, privateNow, row.status, narrowed ? ['location'] : []);
      if (narrowed) await redactPlaceHistory(trx, row.id, narrowed);
      await repo.insertHistory(
        trx,
        history(viewer, row.id, 'PRIVACY_APPLIED', redactChange(change, narrowed ?? before.location)),
      );
      before = privateNow;
    }
    const change = diff(contentOf(before), contentOf(listing));
    if (!change.changed.length) {
      // Resubmitting the published content withdraws an edit still waiting for review.
      if (await repo.supersedePendingRevisions(trx, row.id))
        await repo.insertHistory(trx, history(viewer, row.id, 'REVISION_WITHDRAWN'));
      return done(false);
    }
    const safe = redactChange(change, morePrivate(before.location, listing.location));
    await repo.insertRevision(trx, {
      resourceId: row.id,
      patch: { content: contentOf(listing), changed: change.changed },
      baseVersion: row.version,
      submittedBy: viewer.keyId,
    });
    await repo.insertHistory(trx, history(viewer, row.id, 'REVISION_SUBMITTED', safe));
    return done(true);
  }
  const change = diff(contentOf(before), contentOf(listing));
  const status = outcome.status;
  if (!change.changed.length && status === row.status) return done(status === 'PENDING');
  await repo.supersedePendingRevisions(trx, row.id);
  await updateListing(trx, row.id, listing, status, partsChanged(change.changed));
  await afterContentWrite(trx, row.id, change.changed);
  if (change.changed.includes('location') && narrowedLocation(before.location, listing.location))
    await redactPlaceHistory(trx, row.id, listing.location);
  await repo.insertHistory(trx, history(viewer, row.id, 'UPDATED', redactChange(change, listing.location)));
  return done(status === 'PENDING');
}

/** An owner's action on one of its listings: one transaction, on the locked row. */
async function ownerAction(
  ctx: Context,
  id: string,
  act: (trx: Db, viewer: Partner, row: StoredListing) => Promise<void>,
): Promise<ResourcePayloadModel> {
  const viewer = requireRole(ctx, 'partner');
  await checkRate(ctx, viewer);
  const resourceId = parseResourceId(id);
  return write(ctx, false, async (trx) => {
    const owned = await lockOwned(trx, viewer, resourceId);
    if ('userErrors' in owned) return owned;
    await act(trx, viewer, owned.row);
    return { resourceId, userErrors: [], duplicates: [], awaitingReview: false, warnings: [] };
  });
}

export function archiveResource(ctx: Context, id: string): Promise<ResourcePayloadModel> {
  return ownerAction(ctx, id, async (trx, viewer, row) => {
    if (row.status === 'ARCHIVED') return;
    await repo.supersedePendingRevisions(trx, row.id);
    await repo.setStatus(trx, row.id, 'ARCHIVED', row.moderationNote);
    await repo.insertHistory(
      trx,
      history(viewer, row.id, 'ARCHIVED', {
        changed: ['status'],
        before: { status: row.status },
        after: { status: 'ARCHIVED' },
      }),
    );
  });
}

/** The owner confirms the listing is still accurate. */
export function verifyResource(ctx: Context, id: string): Promise<ResourcePayloadModel> {
  return ownerAction(ctx, id, async (trx, viewer, row) => {
    await repo.markVerified(trx, row.id);
    await repo.insertHistory(
      trx,
      history(viewer, row.id, 'VERIFIED', {
        changed: ['lastVerifiedAt'],
        before: { lastVerifiedAt: row.lastVerifiedAt },
        after: null,
      }),
    );
  });
}

/**
 * A moderator approves or rejects exactly what they reviewed: the pending revision they read (revisionId), or
 * the version of a pending listing they read (expectedVersion). If the partner changed it since, nothing
 * happens (VERSION_CONFLICT) and the moderator reads it again.
 */
export async function reviewResource(
  ctx: Context,
  id: string,
  decision: ReviewDecision,
  note: string | null | undefined,
  revisionId: string | null | undefined,
  expectedVersion: number | null | undefined,
): Promise<ResourcePayloadModel> {
  const viewer = requireRole(ctx, 'moderator');
  await checkRate(ctx, viewer);
  const resourceId = parseResourceId(id);
  const reviewedRevision = revisionId == null ? null : parseRevisionId(revisionId);
  const cleanNote = note?.trim() ? note.trim().slice(0, 2000) : null;
  return write(ctx, false, async (trx) => {
    const row = resourceId ? await repo.lockResource(trx, resourceId) : undefined;
    if (!row) return failure(['id'], 'NOT_FOUND', 'no such listing');
    const revision = await repo.findPendingRevision(trx, resourceId, true);
    const done: Outcome = { resourceId, userErrors: [], duplicates: [], awaitingReview: false, warnings: [] };
    if (revision) {
      if (reviewedRevision === null)
        return failure(['revisionId'], 'REQUIRED', 'name the pending revision you reviewed (pendingRevision { id })');
      if (reviewedRevision !== revision.id) {
        return failure(
          ['revisionId'],
          'VERSION_CONFLICT',
          'the partner has changed this edit since you read it: read pendingRevision again',
        );
      }
      if (decision === 'APPROVE') {
        const current = listingOf(row, await repo.readParts(trx, resourceId));
        const proposed = listingFromContent(current, revision.proposed as Content);
        const change = diff(contentOf(current), contentOf(proposed));
        await updateListing(trx, resourceId, proposed, 'PUBLISHED', partsChanged(change.changed));
        await afterContentWrite(trx, resourceId, change.changed);
        await repo.decideRevision(trx, revision.id, 'APPROVED', viewer.keyId, cleanNote);
        if (change.changed.includes('location') && narrowedLocation(current.location, proposed.location))
          await redactPlaceHistory(trx, resourceId, proposed.location);
        await repo.insertHistory(
          trx,
          history(viewer, resourceId, 'APPROVED', redactChange(change, proposed.location), cleanNote),
        );
      } else {
        await repo.decideRevision(trx, revision.id, 'REJECTED', viewer.keyId, cleanNote);
        const published = listingOf(row, await repo.readParts(trx, resourceId));
        await redactRejectedRevision(trx, revision, published.location);
        await repo.setModerationNote(trx, resourceId, cleanNote);
        await repo.insertHistory(trx, history(viewer, resourceId, 'REJECTED', undefined, cleanNote));
      }
      return done;
    }
    if (row.status !== 'PENDING')
      return failure(['id'], 'NOTHING_TO_REVIEW', `the listing is ${row.status} and has no pending edit`);
    if (expectedVersion == null)
      return failure(
        ['expectedVersion'],
        'REQUIRED',
        'give the version of the listing you reviewed (Resource.version)',
      );
    if (expectedVersion !== row.version) {
      return failure(
        ['expectedVersion'],
        'VERSION_CONFLICT',
        `the listing is at version ${row.version}, not ${expectedVersion}: the partner changed it since you read it`,
      );
    }
    const status = onReview(decision);
    await repo.setStatus(trx, resourceId, status, decision === 'APPROVE' ? null : cleanNote);
    await repo.insertHistory(
      trx,
      history(
        viewer,
        resourceId,
        decision === 'APPROVE' ? 'APPROVED' : 'REJECTED',
        { changed: ['status'], before: { status: 'PENDING' }, after: { status } },
        cleanNote,
      ),
    );
    return done;
  });
}

/** A moderator takes a published (or any) listing down: archived at once, the reason kept and shown to the owner. */
export async function takeDownResource(ctx: Context, id: string, reason: string): Promise<ResourcePayloadModel> {
  const viewer = requireRole(ctx, 'moderator');
  await checkRate(ctx, viewer);
  const resourceId = parseResourceId(id);
  const cleanReason = reason.trim().slice(0, 2000);
  if (!cleanReason)
    return {
      resource: null,
      userErrors: [{ field: ['reason'], code: 'REQUIRED', message: 'say why the listing is taken down' }],
      duplicates: [],
      awaitingReview: false,
      warnings: [],
    };
  return write(ctx, false, async (trx) => {
    const row = resourceId ? await repo.lockResource(trx, resourceId) : undefined;
    if (!row) return failure(['id'], 'NOT_FOUND', 'no such listing');
    await repo.supersedePendingRevisions(trx, row.id);
    await repo.takeDown(trx, row.id, cleanReason);
    await repo.insertHistory(
      trx,
      history(
        viewer,
        row.id,
        'TAKEN_DOWN',
        { changed: ['status'], before: { status: row.status }, after: { status: 'ARCHIVED' } },
        cleanReason,
      ),
    );
    return { resourceId: row.id, userErrors: [], duplicates: [], awaitingReview: false, warnings: [] };
  });
}

function parseRevisionId(id: string): number {
  const decoded = tryDecodeId(id);
  if (!decoded) throw badInput('revisionId', 'is not a valid id');
  return decoded.type === 'Revision' ? decoded.id : 0;
}

function parseResourceId(id: string): number {
  const decoded = tryDecodeId(id);
  if (!decoded) throw badInput('id', 'is not a valid id');
  return decoded.type === 'Resource' ? decoded.id : 0;
}

/**
 * Locks a listing the partner owns. Someone else's published listing is FORBIDDEN; anything the partner
 * cannot see is NOT_FOUND, so pending listings of other partners do not leak their existence.
 */
async function lockOwned(trx: Db, viewer: Partner, id: number): Promise<{ row: StoredListing } | Outcome> {
  const row = id ? await repo.lockResource(trx, id) : undefined;
  const access = partnerWriteAccess(viewer.organizationId, row);
  if (access === 'NOT_FOUND' || !row) return failure(['id'], 'NOT_FOUND', 'no such listing');
  if (access === 'FORBIDDEN') return failure(['id'], 'FORBIDDEN', 'this listing belongs to another organisation');
  return { row };
}
