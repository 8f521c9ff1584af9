import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { encodeId } from '../shared/ids.ts';
import { FeedFormatError } from '../modules/feeds/formats/mapped.ts';
import { nominatimGeocoder } from '../modules/feeds/geocoder.ts';
import {
  FEED_FORMATS,
  ImportError,
  importFeed,
  type FeedFormat,
  type ImportOptions,
  type ImportSummary,
} from '../modules/feeds/import-service.ts';
import { addFeed, FeedError, listFeeds, pullFeed, removeFeed } from '../modules/feeds/feed-service.ts';
import { SourceError } from '../modules/feeds/source.ts';
import { feedSettingsFrom } from '../modules/feeds/settings.ts';

// `npm run cli -- import …` and `feed …`. Argument parsing and printing only: the work is importFeed and the feed
// service, which an admin endpoint can call the same way (one call: importFeed(db, importOptionsFrom(argv, config))).

export const importUsage = `  import meeting-guide FILE|URL --partner KEY_ID [--time-zone TZ] [--topic SLUG]... [--source NAME] [--dry-run] [--json]
  import hsds DIR|FILE|URL --partner KEY_ID [--topic SLUG]... [--source NAME] [--dry-run] [--json]
  feed add URL --format meeting-guide|hsds --partner KEY_ID [--interval MINUTES] [--time-zone TZ] [--topic SLUG]...
  feed list | feed run FEED_ID | feed remove FEED_ID`;

export class UsageError extends Error {}

/** Import options from the command line (`import FORMAT LOCATION …`). */
export function importOptionsFrom(argv: string[], config: Config, cwd?: string): ImportOptions & { json: boolean } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      partner: { type: 'string' },
      'time-zone': { type: 'string' },
      topic: { type: 'string', multiple: true },
      source: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const [, format, location, extra] = positionals;
  if (!format || !FEED_FORMATS.includes(format as FeedFormat))
    throw new UsageError(`import: the format must be ${FEED_FORMATS.join(' or ')}`);
  if (!location) throw new UsageError(`import ${format}: give a file, directory or URL`);
  if (extra) throw new UsageError(`import: unexpected argument "${extra}"`);
  if (!values.partner) throw new UsageError('import: --partner KEY_ID is required (see `key list`)');
  return {
    format: format as FeedFormat,
    location: /^https?:\/\//i.test(location) || !cwd ? location : path.resolve(cwd, location),
    partnerKeyId: values.partner,
    source: values.source,
    timeZone: values['time-zone'] ?? null,
    topics: values.topic ?? [],
    dryRun: values['dry-run'],
    json: values.json,
    geocoder: config.geocoderUrl
      ? nominatimGeocoder(config.geocoderUrl, { minIntervalMs: config.geocoderMinIntervalMs })
      : null,
    limits: { timeoutMs: config.feedTimeoutMs, maxBytes: config.feedMaxBytes, allowPrivate: true },
  };
}

/** The JSON line `--json` prints last: the contract's fields (skipped entries also carry a message). */
export const summaryJson = (s: ImportSummary) =>
  JSON.stringify({
    created: s.created,
    updated: s.updated,
    unchanged: s.unchanged,
    archived: s.archived,
    skipped: s.skipped,
    durationMs: s.durationMs,
  });

function progressBar(enabled: boolean) {
  if (!enabled) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      format: 'importing [{bar}] {value}/{total} records | {rate}/s | {duration_formatted}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let begun = false;
  return {
    update(done: number, total: number) {
      if (!begun) bar.start(total, 0, { rate: '0' });
      begun = true;
      const rate = Math.round(done / Math.max(0.001, (Date.now() - started) / 1000));
      bar.update(done, { rate: String(rate) });
    },
    stop: () => begun && bar.stop(),
  };
}

/** Where a command's lines go: the terminal, or the answer of the running server's admin endpoint. */
export interface FeedsIO {
  out(line: string): void;
  /** Show a progress bar on stderr (a terminal, in the CLI's own process). */
  progress?: boolean;
  /** Where the CLI was started: relative paths resolve against it (the server's directory may differ). */
  cwd?: string;
}

/** Problems with the input or the partner: one line, exit 1 (nothing was written). */
export function isInputError(err: unknown): err is Error {
  return (
    err instanceof FeedFormatError ||
    err instanceof SourceError ||
    err instanceof ImportError ||
    err instanceof FeedError
  );
}

export async function runImport(db: Db, opts: ImportOptions & { json: boolean }, io: FeedsIO): Promise<void> {
  const out = io.out;
  const bar = progressBar(Boolean(io.progress) && !opts.json);
  let summary: ImportSummary;
  try {
    summary = await importFeed(db, { ...opts, onProgress: (d, t) => bar.update(d, t) });
  } finally {
    bar.stop();
  }
  if (!opts.json) {
    out(
      `${opts.dryRun ? 'dry run (nothing written): ' : ''}${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.archived} archived, ${summary.skipped.length} skipped in ${summary.durationMs} ms (source "${summary.source}")`,
    );
    for (const s of summary.skipped.slice(0, 50)) out(`  skipped ${s.ref}: ${s.reason} — ${s.message}`);
    if (summary.skipped.length > 50) out(`  … and ${summary.skipped.length - 50} more (--json lists them all)`);
  }
  out(summaryJson(summary));
}

export async function runFeedCommand(db: Db, argv: string[], config: Config, io: FeedsIO): Promise<number> {
  const out = io.out;
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      partner: { type: 'string' },
      interval: { type: 'string' },
      'time-zone': { type: 'string' },
      topic: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
    },
  });
  const [, sub, arg] = positionals;
  const settings = feedSettings(config);
  switch (sub) {
    case 'add': {
      if (!arg) throw new UsageError('feed add: give the feed URL');
      if (!values.format || !FEED_FORMATS.includes(values.format as FeedFormat))
        throw new UsageError(`feed add: --format must be ${FEED_FORMATS.join(' or ')}`);
      if (!values.partner) throw new UsageError('feed add: --partner KEY_ID is required');
      const interval = values.interval === undefined ? undefined : Number(values.interval);
      const feed = await addFeed(db, settings, {
        url: arg,
        format: values.format as FeedFormat,
        keyId: values.partner,
        intervalMinutes: interval,
        timeZone: values['time-zone'] ?? null,
        topics: values.topic ?? [],
      });
      out(`feed ${feed.id} added: ${feed.format} ${feed.url} every ${feed.intervalMinutes} min (first pull due now)`);
      return 0;
    }
    case 'list': {
      const feeds = await listFeeds(db, null);
      if (values.json) {
        out(JSON.stringify(feeds));
        return 0;
      }
      for (const f of feeds) {
        const counts = f.lastCounts
          ? ` ${f.lastCounts.created}+ ${f.lastCounts.updated}~ ${f.lastCounts.unchanged}= ${f.lastCounts.archived}- ${f.lastCounts.skipped}!`
          : '';
        out(
          `${f.id} ${f.format} ${f.url} org=${encodeId('Organization', f.organizationId)} every ${f.intervalMinutes}m last=${f.lastRunAt?.toISOString() ?? 'never'} ${f.lastStatus ?? ''}${counts}${f.lastError ? ` error="${f.lastError}"` : ''} next=${f.nextRunAt.toISOString()}`,
        );
      }
      return 0;
    }
    case 'run': {
      if (!arg) throw new UsageError('feed run: give the feed id (see `feed list`)');
      const result = await pullFeed(db, settings, arg);
      if (result.summary) out(summaryJson(result.summary));
      else out(JSON.stringify({ status: result.status, error: result.error ?? null }));
      return result.status === 'FAILED' ? 1 : 0;
    }
    case 'remove': {
      if (!arg) throw new UsageError('feed remove: give the feed id');
      if (!(await removeFeed(db, arg, null))) throw new FeedError(`no feed ${arg}`);
      out(`feed ${arg} removed (its listings stay; archive them or register the feed again)`);
      return 0;
    }
    default:
      throw new UsageError(`feed: unknown subcommand "${sub ?? ''}"`);
  }
}

export const feedSettings = feedSettingsFrom;

/**
 * `import …` and `feed …` for commands.ts (the CLI's own process, or the running server's admin endpoint).
 * Usage mistakes throw UsageError; unreadable feeds and refused keys throw the errors isInputError recognises.
 */
export async function runFeedsCommand(argv: string[], db: Db, config: Config, io: FeedsIO): Promise<number> {
  if (argv[0] === 'import') {
    const opts = importOptionsFrom(argv, config, io.cwd);
    await runImport(db, opts, io);
    return 0;
  }
  return runFeedCommand(db, argv, config, io);
}
