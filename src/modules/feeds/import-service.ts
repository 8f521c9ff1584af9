import type { Db } from '../../db/database.ts';
import { applyChange, history } from '../partners/service.ts';
import { canonicalJson, contentOf, listingOf } from '../partners/snapshot.ts';
import { draftFromListing, mergeDraft, validateDraft, type ValidationContext } from '../partners/validation.ts';
import type { NewListing } from '../resources/listing.ts';
import { insertListings, refreshSearch } from '../resources/write-repository.ts';
import { findListingParts } from '../resources/parts-repository.ts';
import { scheduleJob } from '../../jobs/runner.ts';
import { HOUR_MS, OCCURRENCE_REFRESH_JOB } from '../../jobs/names.ts';
import { countryAt } from './formats/address.ts';
import { servicesFromDirectory, servicesFromJson, mapHsdsService } from './formats/hsds.ts';
import { FeedFormatError, type MappedRecord, type SkipCode } from './formats/mapped.ts';
import { mapMeetingGuide, parseMeetingGuide } from './formats/meeting-guide.ts';
import { timeZoneAt, type Geocoder } from './geocoder.ts';
import * as repo from './import-repository.ts';
import { loadSource, SourceError, type FetchLimits } from './source.ts';

// Importing a feed: one batch under one partner. Every record is written through the partner write path's rules
// (validation, moderation of untrusted partners, takedowns, history) with "import" as the actor; records are read
// and compared in batches so that a feed that did not change costs reads only, and no writes at all.

export type FeedFormat = 'meeting-guide' | 'hsds';
export const FEED_FORMATS: readonly FeedFormat[] = ['meeting-guide', 'hsds'];

export interface ImportOptions {
  format: FeedFormat;
  /** A file, a directory (HSDS CSV datapackage) or an http(s) URL. */
  location: string;
  /** The partner key the import acts as (its id, as `key list` prints it). */
  partnerKeyId: string;
  /** Which feed the listings come from: archiving "gone from the feed" touches only this source's listings. */
  source?: string;
  timeZone?: string | null;
  topics?: string[];
  dryRun?: boolean;
  geocoder?: Geocoder | null;
  limits: FetchLimits;
  /** For scheduled pulls: the validators of the last successful fetch. */
  conditional?: { etag?: string | null; lastModified?: string | null };
  onProgress?: (done: number, total: number) => void;
  now?: Date;
}

export interface SkippedRecord {
  ref: string;
  /** A code: INVALID, NO_SCHEDULE, NO_LOCATION, NO_TIME_ZONE, INACTIVE, TAKEN_DOWN, DUPLICATE_EXTERNAL_ID, … */
  reason: SkipCode;
  message: string;
}

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  archived: number;
  skipped: SkippedRecord[];
  durationMs: number;
  /** Set by conditional fetches: the feed had not changed (HTTP 304) and nothing was read. */
  notModified?: boolean;
  etag?: string | null;
  lastModified?: string | null;
  source: string;
  dryRun: boolean;
}

/** The partner key cannot act (unknown, revoked, not a partner), or the options are wrong. */
export class ImportError extends Error {}

/** Thrown inside a dry run's transactions to roll them back. */
class Rollback extends Error {}

const CHUNK = 500;

/** Reads, maps and imports a feed. Throws FeedFormatError / SourceError / ImportError before writing anything. */
export async function importFeed(db: Db, opts: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const now = opts.now ?? new Date();
  const partner = await resolvePartner(db, opts.partnerKeyId);
  if (opts.timeZone && !isZone(opts.timeZone))
    throw new ImportError(`--time-zone ${opts.timeZone} is not an IANA time zone (e.g. Europe/London)`);
  const topics = [...new Set(opts.topics ?? [])];
  const known = await repo.topicSlugs(db);
  const unknown = topics.filter((t) => !known.has(t));
  if (unknown.length)
    throw new ImportError(`unknown topic ${unknown.map((t) => `"${t}"`).join(', ')} (see Query.topics)`);
  const source = opts.source?.trim() || defaultSource(opts.location);

  const loaded = await loadSource(opts.location, opts.limits, opts.conditional);
  if (loaded.kind === 'not-modified') {
    return {
      created: 0,
      updated: 0,
      unchanged: 0,
      archived: 0,
      skipped: [],
      durationMs: Math.round(performance.now() - started),
      notModified: true,
      source,
      dryRun: Boolean(opts.dryRun),
    };
  }
  const mapOpts = { timeZone: opts.timeZone ?? null, topics, topicExists: (s: string) => known.has(s), now };
  let records: MappedRecord[];
  if (opts.format === 'meeting-guide') {
    if (loaded.kind !== 'text')
      throw new FeedFormatError(loaded.label, null, 'a Meeting Guide feed is one JSON file, not a directory');
    records = parseMeetingGuide(loaded.body, loaded.label).map((m, i) => mapMeetingGuide(m, i, mapOpts));
  } else {
    const services =
      loaded.kind === 'directory' ? servicesFromDirectory(loaded.dir) : servicesFromJson(loaded.body, loaded.label);
    records = services.map((s, i) => mapHsdsService(s, i, mapOpts));
  }
  const summary = await importRecords(db, partner, records, { ...opts, source, now });
  return {
    ...summary,
    durationMs: Math.round(performance.now() - started),
    ...(loaded.kind === 'text' ? { etag: loaded.etag, lastModified: loaded.lastModified } : {}),
  };
}

export const defaultSource = (location: string) =>
  /^https?:\/\//i.test(location) ? location : location.replace(/\/+$/, '').split('/').pop() || location;

type Partner = { role: 'partner'; keyId: string; organizationId: number; trusted: boolean; actorRole: 'import' };

async function resolvePartner(db: Db, keyId: string): Promise<Partner> {
  const id = keyId.split('.')[0]!.trim();
  const key = id ? await repo.findPartnerKey(db, id) : undefined;
  if (!key) throw new ImportError(`no key ${id} (see \`key list\`)`);
  if (key.revoked_at) throw new ImportError(`key ${id} is revoked`);
  if (key.role !== 'partner' || key.organization_id === null)
    throw new ImportError(`key ${id} is a ${key.role} key: imports act as a partner`);
  return {
    role: 'partner',
    keyId: key.id,
    organizationId: key.organization_id,
    trusted: Boolean(key.trusted),
    actorRole: 'import',
  };
}

const isZone = (z: string) => {
  try {
    return z === 'UTC' || (z.includes('/') && Boolean(new Intl.DateTimeFormat('en', { timeZone: z })));
  } catch {
    return false;
  }
};

/**
 * Imports mapped records as the partner. Geocodes what has no point, then works in chunks: each chunk is one
 * transaction that locks the partner's matching listings, compares, and writes only what changed.
 */
export async function importRecords(
  db: Db,
  partner: Partner,
  records: MappedRecord[],
  opts: Pick<ImportOptions, 'dryRun' | 'geocoder' | 'onProgress'> & { source: string; now: Date },
): Promise<Omit<ImportSummary, 'durationMs'>> {
  const out = { created: 0, updated: 0, unchanged: 0, archived: 0, skipped: [] as SkippedRecord[] };
  const skipRec = (ref: string, reason: SkipCode, message: string) => out.skipped.push({ ref, reason, message });

  // Records the feed carries twice: the first wins, the others are reported.
  const seen = new Set<string>();
  const inFeed = new Set<string>();
  const ready: MappedRecord[] = [];
  for (const r of records) {
    if (seen.has(r.ref)) {
      skipRec(r.ref, 'DUPLICATE_EXTERNAL_ID', 'the feed has more than one record with this id; the first was used');
      continue;
    }
    seen.add(r.ref);
    // A record skipped as inactive is gone for archiving purposes; one skipped for a fixable problem keeps its listing.
    if (r.skip?.code !== 'INACTIVE') inFeed.add(r.ref);
    if (r.skip) skipRec(r.ref, r.skip.code, r.skip.reason);
    else ready.push(r);
  }

  const placed: MappedRecord[] = [];
  for (const r of ready) {
    const done = await place(r, opts.geocoder ?? null);
    if ('code' in done) skipRec(r.ref, done.code, done.reason);
    else placed.push(done);
  }

  const vc: ValidationContext = { topicExists: () => true, now: opts.now };
  const known = await repo.topicSlugs(db);
  vc.topicExists = (s) => known.has(s);

  let processed = records.length - placed.length;
  opts.onProgress?.(processed, records.length);
  for (let i = 0; i < placed.length; i += CHUNK) {
    const chunk = placed.slice(i, i + CHUNK);
    const counts = await inTransaction(db, Boolean(opts.dryRun), (trx) =>
      writeChunk(trx, partner, chunk, opts.source, vc),
    );
    out.created += counts.created;
    out.updated += counts.updated;
    out.unchanged += counts.unchanged;
    out.skipped.push(...counts.skipped);
    processed += chunk.length;
    opts.onProgress?.(processed, records.length);
  }

  // Gone from the feed: archived, only among this source's listings. An empty feed archives nothing: a feed that
  // breaks and answers [] should not empty the directory.
  if (records.length) {
    out.archived = await inTransaction(db, Boolean(opts.dryRun), async (trx) => {
      await repo.lockPartnerImports(trx, partner.organizationId);
      const live = await repo.findLiveSourceListings(trx, partner.organizationId, opts.source);
      const gone = live.filter((l) => !l.externalId || !inFeed.has(l.externalId)).map((l) => l.id);
      const archived = await repo.archiveListings(trx, gone);
      await repo.insertHistoryBatch(
        trx,
        archived.map((a) =>
          history(
            partner,
            a.id,
            'ARCHIVED',
            { changed: ['status'], before: { status: a.status }, after: { status: 'ARCHIVED' } },
            'gone from the feed',
          ),
        ),
      );
      return archived.length;
    });
  }
  if (out.created && !opts.dryRun)
    await scheduleJob(db, { name: OCCURRENCE_REFRESH_JOB, key: OCCURRENCE_REFRESH_JOB, payload: { everyMs: HOUR_MS } });
  out.skipped.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  return { ...out, source: opts.source, dryRun: Boolean(opts.dryRun) };
}

/** Runs work in a transaction; a dry run rolls it back and still answers what the work returned. */
async function inTransaction<T>(db: Db, dryRun: boolean, work: (trx: Db) => Promise<T>): Promise<T> {
  let result: T | undefined;
  try {
    return await db.transaction().execute(async (trx) => {
      result = await work(trx);
      if (dryRun) throw new Rollback();
      return result;
    });
  } catch (err) {
    if (err instanceof Rollback) return result as T;
    throw err;
  }
}

/** Fills in a point (geocoding) and a time zone (from the point) where the record lacks them. */
async function place(
  r: MappedRecord,
  geocoder: Geocoder | null,
): Promise<MappedRecord | { code: SkipCode; reason: string }> {
  let input = r.input!;
  if (r.geocode) {
    if (!geocoder)
      return { code: 'NO_LOCATION', reason: 'no usable coordinates, and no geocoder is configured (GEOCODER_URL)' };
    let point: { latitude: number; longitude: number } | null;
    try {
      point = await geocoder.geocode(r.geocode.query, r.geocode.countryHint);
    } catch (err) {
      return {
        code: 'GEOCODING_FAILED',
        reason: `geocoding "${r.geocode.query.slice(0, 80)}" failed: ${err instanceof Error ? err.message : String(err)}`,
      };
    }
    if (!point)
      return { code: 'NO_LOCATION', reason: `the geocoder found no place for "${r.geocode.query.slice(0, 80)}"` };
    input = {
      ...input,
      location: {
        ...input.location!,
        ...point,
        country: input.location!.country || countryAt(point.latitude, point.longitude) || '',
      },
    };
  }
  if (r.needsTimeZone && input.schedule) {
    const at = input.location ?? r.zonePoint;
    const zone = at ? timeZoneAt(at.latitude, at.longitude) : null;
    if (!zone)
      return {
        code: 'NO_TIME_ZONE',
        reason: 'no timezone in the record, no --time-zone, and no point to tell it from',
      };
    input = { ...input, schedule: { ...input.schedule, timeZone: zone } };
  }
  return { ...r, input };
}

/** JSON with object keys sorted, so that equal values compare equal whatever order their keys were built in. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(
          Object.entries(v as object)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

const sameCodes = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);
const errorsText = (errors: Array<{ field: string[]; message: string }>) =>
  errors.map((e) => `${e.field.join('.')}: ${e.message}`).join('; ');

async function writeChunk(trx: Db, partner: Partner, chunk: MappedRecord[], source: string, vc: ValidationContext) {
  const counts = { created: 0, updated: 0, unchanged: 0, skipped: [] as SkippedRecord[] };
  await repo.lockPartnerImports(trx, partner.organizationId);
  const rows = await repo.findListingsByExternalIds(
    trx,
    partner.organizationId,
    chunk.map((r) => r.ref),
    true,
  );
  const byRef = new Map(rows.map((r) => [r.externalId!, r]));
  const ids = rows.map((r) => r.id);
  const [parts, imports, pending] = await Promise.all([
    findListingParts(trx, ids),
    repo.findImports(trx, ids),
    repo.findPendingContents(trx, ids),
  ]);
  const importById = new Map(imports.map((i) => [i.resourceId, i]));
  const pendingById = new Map(pending.map((p) => [p.resourceId, canonicalJson(p.content)]));

  const creates: Array<{ rec: MappedRecord; listing: NewListing }> = [];
  const bookkeeping: Array<{ resourceId: number; organizationId: number; source: string; typeCodes: string[] }> = [];
  for (const rec of chunk) {
    const input = rec.input!;
    const row = byRef.get(rec.ref);
    if (!row) {
      const fresh = validateDraft(input, partner.organizationId, vc);
      if (!fresh.listing) counts.skipped.push({ ref: rec.ref, reason: 'INVALID', message: errorsText(fresh.errors) });
      else creates.push({ rec, listing: { ...fresh.listing, status: partner.trusted ? 'PUBLISHED' : 'PENDING' } });
      continue;
    }
    const imp = importById.get(row.id);
    if (!imp || imp.source !== source) {
      counts.skipped.push({
        ref: rec.ref,
        reason: 'DUPLICATE_EXTERNAL_ID',
        message: `another of your listings${imp ? ` (from ${imp.source})` : ''} already uses this id`,
      });
      continue;
    }
    if (row.takenDownAt) {
      counts.skipped.push({
        ref: rec.ref,
        reason: 'TAKEN_DOWN',
        message: "a moderator took this listing down; only a moderator's review brings it back",
      });
      continue;
    }
    if (row.kind !== input.kind) {
      counts.skipped.push({ ref: rec.ref, reason: 'NOT_ALLOWED_FOR_KIND', message: `the listing is a ${row.kind}` });
      continue;
    }
    const current = listingOf(row, parts.get(row.id)!);
    const { kind: _kind, ...change } = input;
    const stored = draftFromListing(current);
    const merged = mergeDraft(stored, change);
    // Fast path for the common case of a feed that did not change: the record, applied to the stored listing,
    // gives back exactly the stored listing (already valid), so validating it again would only cost time.
    if (row.status !== 'ARCHIVED' && stable(merged) === stable(stored) && sameCodes(imp.typeCodes, rec.typeCodes)) {
      counts.unchanged++;
      continue;
    }
    const { listing, errors } = validateDraft(merged, partner.organizationId, vc);
    if (!listing) {
      counts.skipped.push({ ref: rec.ref, reason: 'INVALID', message: errorsText(errors) });
      continue;
    }
    const proposed = canonicalJson(contentOf(listing));
    const sameContent = canonicalJson(contentOf(current)) === proposed || pendingById.get(row.id) === proposed;
    const codesChanged = !sameCodes(imp.typeCodes, rec.typeCodes);
    if (sameContent && row.status !== 'ARCHIVED') {
      if (!codesChanged) {
        counts.unchanged++;
        continue;
      }
    } else {
      await applyChange(trx, partner, row, listing, 'submit', current);
    }
    bookkeeping.push({ resourceId: row.id, organizationId: partner.organizationId, source, typeCodes: rec.typeCodes });
    counts.updated++;
  }

  if (creates.length) {
    const ids = await insertListings(
      trx,
      creates.map((c) => c.listing),
    );
    await refreshSearch(trx, ids);
    // Upcoming meetings of new listings are expanded by the occurrence refresh job (scheduled at the end of the
    // import: their schedules have no occurrences yet, so it picks them up); thousands of rules expanded and
    // inserted inline would triple an import. nextMeetings reads the rule itself and is right at once.
    await repo.insertHistoryBatch(
      trx,
      creates.map((c, i) => {
        const after = contentOf(c.listing);
        const given = Object.keys(after).filter((k) => {
          const v = after[k as keyof typeof after];
          return v !== null && v !== undefined && JSON.stringify(v) !== '[]';
        });
        return history(partner, ids[i]!, 'CREATED', { changed: given, before: null, after });
      }),
    );
    creates.forEach((c, i) =>
      bookkeeping.push({
        resourceId: ids[i]!,
        organizationId: partner.organizationId,
        source,
        typeCodes: c.rec.typeCodes,
      }),
    );
    counts.created += creates.length;
  }
  await repo.upsertImports(trx, bookkeeping);
  return counts;
}

export { FeedFormatError, SourceError };
