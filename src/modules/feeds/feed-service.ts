import type { Db } from '../../db/database.ts';
import type { UserErrorCode } from '../../generated/graphql.ts';
import { removeJob, scheduleJob, type JobHandler } from '../../jobs/runner.ts';
import { encodeId, tryDecodeId } from '../../shared/ids.ts';
import { isValidTimeZone } from '../schedules/recurrence.ts';
import * as repo from './feed-repository.ts';
import { FeedFormatError } from './formats/mapped.ts';
import type { Geocoder } from './geocoder.ts';
import { ImportError, importFeed, type FeedFormat, type ImportSummary } from './import-service.ts';
import { findPartnerKey, topicSlugs } from './import-repository.ts';
import { checkPublicUrl, SourceError, type FetchLimits } from './source.ts';

// Registered feeds: a partner's feed URL pulled on its interval with conditional requests, as a job of the job
// runner (one keyed job per feed). A failing feed records its error and backs off; it never throws into the
// runner, so it cannot delay the other feeds or the API.

export interface FeedSettings {
  limits: FetchLimits;
  defaultIntervalMinutes: number;
  geocoder: Geocoder | null;
}

export const PULL_JOB = 'feeds.pull';
const jobKey = (id: number) => `feed:${id}`;
const MAX_BACKOFF_MINUTES = 24 * 60;

/** A request the caller can fix: carries the field and code for userErrors. */
export class FeedError extends Error {
  constructor(
    message: string,
    readonly field: string[] = [],
    readonly code: UserErrorCode = 'INVALID',
  ) {
    super(message);
  }
}

export interface FeedCounts {
  created: number;
  updated: number;
  unchanged: number;
  archived: number;
  skipped: number;
}

export interface FeedModel {
  id: string;
  organizationId: number;
  url: string;
  format: FeedFormat;
  intervalMinutes: number;
  timeZone: string | null;
  topics: string[];
  lastRunAt: Date | null;
  lastSuccessAt: Date | null;
  lastStatus: string | null;
  lastError: string | null;
  lastCounts: FeedCounts | null;
  failures: number;
  nextRunAt: Date;
  createdAt: Date;
}

function toFeed(row: repo.FeedRow): FeedModel {
  const options = (row.options ?? {}) as { timeZone?: string | null; topics?: string[] };
  return {
    id: encodeId('Feed', row.id),
    organizationId: row.organization_id,
    url: row.url,
    format: row.format as FeedFormat,
    intervalMinutes: row.interval_minutes,
    timeZone: options.timeZone ?? null,
    topics: options.topics ?? [],
    lastRunAt: row.last_run_at,
    lastSuccessAt: row.last_success_at,
    lastStatus: row.last_status,
    lastError: row.last_error,
    lastCounts: (row.last_counts as FeedCounts | null) ?? null,
    failures: row.failures,
    nextRunAt: row.next_run_at,
    createdAt: row.created_at,
  };
}

/** A feed id as printed (opaque) or its number; 0 when neither. */
export function parseFeedId(id: string): number {
  if (/^\d{1,9}$/.test(id)) return Number(id);
  const decoded = tryDecodeId(id);
  return decoded?.type === 'Feed' ? decoded.id : 0;
}

/** Registers a feed for the partner of `keyId` and schedules its first pull now. */
export async function addFeed(
  db: Db,
  settings: FeedSettings,
  input: {
    url: string;
    format: FeedFormat;
    keyId: string;
    intervalMinutes?: number | null;
    timeZone?: string | null;
    topics?: string[] | null;
  },
): Promise<FeedModel> {
  const key = await findPartnerKey(db, input.keyId.split('.')[0]!);
  if (!key || key.revoked_at || key.role !== 'partner' || key.organization_id === null)
    throw new FeedError(`no active partner key ${input.keyId}`, ['partner'], 'NOT_FOUND');
  const url = input.url.trim();
  try {
    await checkPublicUrl(url, settings.limits.allowPrivate);
  } catch (err) {
    throw new FeedError(err instanceof Error ? err.message : String(err), ['url'], 'INVALID_URL');
  }
  const interval = input.intervalMinutes ?? settings.defaultIntervalMinutes;
  if (!Number.isInteger(interval) || interval < 5 || interval > 10_080)
    throw new FeedError('the interval must be between 5 and 10080 minutes', ['intervalMinutes'], 'OUT_OF_RANGE');
  if (input.timeZone && !isValidTimeZone(input.timeZone))
    throw new FeedError('timeZone must be an IANA time zone, e.g. Europe/London', ['timeZone'], 'INVALID_TIME_ZONE');
  const topics = [...new Set(input.topics ?? [])];
  const known = await topicSlugs(db);
  topics.forEach((t, i) => {
    if (!known.has(t)) throw new FeedError(`unknown topic "${t.slice(0, 60)}"`, ['topics', String(i)], 'UNKNOWN_TOPIC');
  });
  return db.transaction().execute(async (trx) => {
    const row = await repo.insertFeed(trx, {
      organizationId: key.organization_id!,
      keyId: key.id,
      url,
      format: input.format,
      options: { timeZone: input.timeZone ?? null, topics },
      intervalMinutes: interval,
    });
    if (!row)
      throw new FeedError(
        'this feed is already registered for your organisation',
        ['url'],
        'DUPLICATE_FEED' as UserErrorCode,
      );
    await scheduleJob(trx, { name: PULL_JOB, key: jobKey(row.id), payload: { feedId: row.id } });
    return toFeed(row);
  });
}

export async function listFeeds(db: Db, organizationId: number | null): Promise<FeedModel[]> {
  return (await repo.listFeeds(db, organizationId)).map(toFeed);
}

export async function removeFeed(db: Db, id: string, organizationId: number | null): Promise<boolean> {
  const n = parseFeedId(id);
  if (!n) return false;
  return db.transaction().execute(async (trx) => {
    const gone = await repo.deleteFeed(trx, n, organizationId);
    if (gone) await removeJob(trx, jobKey(n));
    return gone;
  });
}

export interface PullResult {
  status: 'OK' | 'NOT_MODIFIED' | 'FAILED';
  summary?: ImportSummary;
  error?: string;
  nextRunAt: Date;
}

/**
 * Pulls one feed now: a conditional request (ETag / Last-Modified), the import as the feed's partner, and the
 * outcome recorded on the feed. Failures back off (interval × 2^failures, at most a day) and are reported, not thrown.
 */
export async function pullFeed(db: Db, settings: FeedSettings, id: string | number): Promise<PullResult> {
  const feedId = typeof id === 'number' ? id : parseFeedId(id);
  const row = feedId ? await repo.findFeed(db, feedId) : undefined;
  if (!row) throw new FeedError(`no feed ${id}`);
  const options = (row.options ?? {}) as { timeZone?: string | null; topics?: string[] };
  const minutes = (m: number) => new Date(Date.now() + m * 60_000);
  try {
    const summary = await importFeed(db, {
      format: row.format as FeedFormat,
      location: row.url,
      partnerKeyId: row.key_id,
      source: row.url,
      timeZone: options.timeZone ?? null,
      topics: options.topics ?? [],
      geocoder: settings.geocoder,
      limits: settings.limits,
      conditional: { etag: row.etag, lastModified: row.last_modified },
    });
    const nextRunAt = minutes(row.interval_minutes);
    if (summary.notModified) {
      await repo.recordRun(db, row.id, {
        status: 'NOT_MODIFIED',
        error: null,
        counts: undefined,
        success: true,
        nextRunAt,
      });
      return { status: 'NOT_MODIFIED', nextRunAt };
    }
    const counts: FeedCounts = {
      created: summary.created,
      updated: summary.updated,
      unchanged: summary.unchanged,
      archived: summary.archived,
      skipped: summary.skipped.length,
    };
    await repo.recordRun(db, row.id, {
      status: 'OK',
      error: null,
      counts,
      etag: summary.etag ?? null,
      lastModified: summary.lastModified ?? null,
      success: true,
      nextRunAt,
    });
    return { status: 'OK', summary, nextRunAt };
  } catch (err) {
    const known =
      err instanceof SourceError ||
      err instanceof FeedFormatError ||
      err instanceof ImportError ||
      err instanceof FeedError;
    const error = known ? (err as Error).message : 'the import failed unexpectedly (see the server log)';
    const nextRunAt = minutes(
      Math.min(MAX_BACKOFF_MINUTES, row.interval_minutes * 2 ** Math.min(10, row.failures + 1)),
    );
    await repo.recordRun(db, row.id, {
      status: 'FAILED',
      error: error.slice(0, 500),
      counts: undefined,
      success: false,
      nextRunAt,
    });
    if (!known) throw err;
    return { status: 'FAILED', error, nextRunAt };
  }
}

/** The job handler: pulls the feed and asks to run again at its next time (a removed feed's job just ends). */
export function pullJobHandler(settings: FeedSettings): JobHandler {
  return async (job, { db, log }) => {
    const feedId = Number(job.payload.feedId);
    if (!(await repo.findFeed(db, feedId))) return;
    try {
      const result = await pullFeed(db, settings, feedId);
      log.info(
        {
          feed: feedId,
          status: result.status,
          counts: result.summary && {
            created: result.summary.created,
            updated: result.summary.updated,
            unchanged: result.summary.unchanged,
            archived: result.summary.archived,
            skipped: result.summary.skipped.length,
          },
          error: result.error,
        },
        'feed pulled',
      );
      return { runAt: result.nextRunAt };
    } catch (err) {
      // Unexpected: recorded on the feed already; back off like any failure.
      log.error({ feed: feedId, err: err instanceof Error ? err.message : String(err) }, 'feed pull failed');
      return { runAt: new Date(Date.now() + 3_600_000) };
    }
  };
}
