import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * The only reader of process.env. Everything else receives a typed Config.
 * Invalid configuration stops the process with one line naming the variable.
 */
const bool = (fallback: boolean | undefined) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)));

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  SEED_DEMO: bool(undefined),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().optional(),
  /** Secret that signs pagination cursors; a random one per process is fine for a single instance. */
  CURSOR_SECRET: z.string().min(16).optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** statement_timeout for ordinary requests and for analysts' queries, in milliseconds. */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  ANALYST_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  /** Mutations allowed per key per minute. */
  RATE_LIMIT_MUTATIONS_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** Requests allowed per client (key or address) per minute. */
  RATE_LIMIT_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(6000),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(200_000),
  MAX_QUERY_COST: z.coerce.number().int().min(10).default(20_000),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(12),
  MAX_ALIASES: z.coerce.number().int().min(1).default(30),
  MAX_DIRECTIVES: z.coerce.number().int().min(1).default(20),
  MAX_TOKENS: z.coerce.number().int().min(100).default(5_000),
  /**
   * Express "trust proxy": which hops may set X-Forwarded-For. `true` (trust every hop, so the leftmost address,
   * which the client writes itself) is refused: one bad header would give every request a fresh rate limit.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const parsed = parseTrustProxy(v);
      if (typeof parsed === 'string' && parsed.startsWith('!')) {
        ctx.addIssue({ code: 'custom', message: parsed.slice(1) });
        return z.NEVER;
      }
      return parsed;
    }),
  /** Origins allowed to call /graphql from a browser (comma-separated, or `*`); none by default. */
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return [] as string[];
      const origins = v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean);
      for (const o of origins) {
        if (o === '*') continue;
        let ok: boolean;
        try {
          const u = new URL(o);
          ok = (u.protocol === 'http:' || u.protocol === 'https:') && u.origin === o.replace(/\/$/, '');
        } catch {
          ok = false;
        }
        if (!ok) {
          ctx.addIssue({
            code: 'custom',
            message: `"${o}" is not an origin like https://app.example.org (scheme, host and port only) or *`,
          });
          return z.NEVER;
        }
      }
      return origins.map((o) => (o === '*' ? o : o.replace(/\/$/, '')));
    }),
  /** max-age of anonymous GET query responses (Cache-Control: public). 0 turns public caching off. */
  CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  /** Feeds: a Nominatim-compatible search API for imported records without coordinates. */
  GEOCODER_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  GEOCODER_MIN_INTERVAL_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
  FEED_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
  FEED_MAX_BYTES: z.coerce.number().int().min(1024).max(1_000_000_000).default(20_000_000),
  FEED_DEFAULT_INTERVAL_MINUTES: z.coerce.number().int().min(5).max(10_080).default(360),
  FEEDS_ALLOW_PRIVATE: bool(false),
  /** Run background jobs (feed pulls, occurrence refresh) in this process. */
  JOBS_ENABLED: bool(true),
  /**
   * How long a claimed job stays with its instance without renewal; renewed every third of it while the job
   * runs. An instance that dies mid-job holds it this long before another takes it over.
   */
  JOBS_LEASE_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
  /** Testing only (tests/scale/jobs.test.ts): the occurrence refresh waits this long after each batch. */
  JOBS_TEST_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  /** Streaming replicas of DATABASE_URL for reads, comma-separated (see README "Deployment"). */
  DATABASE_REPLICA_URLS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((u) => u.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^postgres(ql)?:\/\//, 'each must be a postgres:// or postgresql:// URL')).max(16))
    .optional(),
  /** A replica further behind the primary than this is skipped until it catches up. */
  REPLICA_MAX_LAG_MS: z.coerce.number().int().min(100).max(3_600_000).default(5_000),
  /** Shared state of several instances: rate limits, persisted queries, read-your-writes positions. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  /** Prefix of every Redis key, so several deployments (or test runs) can share one Redis. */
  REDIS_KEY_PREFIX: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[\w:.-]+$/, 'letters, digits, _ : . - only')
    .default('peer-atlas:'),
  /** The GraphQL explorer at GET /graphql for browsers (src/web/routes.ts); default: on unless production. */
  EXPLORER: bool(undefined),
  /** Map tiles for the search page; see mapTileUrl below for why empty is read separately. */
  MAP_TILE_URL: z
    .string()
    .regex(/^https?:\/\/[^\s"'<>]+\{z\}[^\s"'<>]*$/, 'must be an http(s):// tile URL template with {z}, {x} and {y}')
    .optional(),
  MAP_TILE_ATTRIBUTION: z.string().max(500).optional(),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  seedDemo: boolean;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  production: boolean;
  cursorSecret: string | undefined;
  dbPoolMax: number;
  statementTimeoutMs: number;
  analystStatementTimeoutMs: number;
  rateLimitMutationsPerMinute: number;
  rateLimitRequestsPerMinute: number;
  maxBodyBytes: number;
  maxQueryCost: number;
  maxQueryDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Express's `trust proxy` value: false, a hop count, or a comma-separated list of addresses, CIDRs and names. */
  trustProxy: false | number | string;
  shutdownTimeoutMs: number;
  corsOrigins: string[];
  cacheMaxAgeSeconds: number;
  geocoderUrl: string | undefined;
  geocoderMinIntervalMs: number;
  feedTimeoutMs: number;
  feedMaxBytes: number;
  feedDefaultIntervalMinutes: number;
  feedsAllowPrivate: boolean;
  jobsEnabled: boolean;
  jobsLeaseMs: number;
  jobsTestDelayMs: number;
  replicaUrls: string[];
  replicaMaxLagMs: number;
  redisUrl: string | undefined;
  redisKeyPrefix: string;
  explorer: boolean;
  /** null: no tiles (markers on a plain background). */
  mapTileUrl: string | null;
  mapTileAttribution: string;
};

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * TRUST_PROXY: `false`, a hop count (`1`), or trusted proxies (`loopback,10.0.0.0/8`). Returns the value for
 * Express, or a string starting with "!" that explains what is wrong.
 */
export function parseTrustProxy(v: string | undefined): false | number | string {
  if (v === undefined || ['false', '0', 'no'].includes(v)) return false;
  if (['true', 'yes'].includes(v)) {
    return '!`true` would trust the leftmost X-Forwarded-For, which any client can write: give the hop count, the number of proxies in front of the server (`1`), or their addresses (`loopback,10.0.0.0/8`)';
  }
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    return hops <= 10 ? hops : '!a hop count must be at most 10';
  }
  const entries = v
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const e of entries) {
    if (PROXY_NAMES.has(e)) continue;
    const [address, prefix, extra] = e.split('/');
    const family = isIP(address ?? '');
    const maxPrefix = family === 4 ? 32 : 128;
    const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= maxPrefix);
    if (!family || !prefixOk || extra !== undefined) {
      return `!"${e}" is not an IP address, a CIDR (10.0.0.0/8) or one of loopback, linklocal, uniquelocal`;
    }
  }
  return entries.length ? entries.join(',') : '!give a hop count or a list of addresses';
}

/** OpenStreetMap's standard tiles, used when MAP_TILE_URL is not set at all. */
export const OSM_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings count as unset: `PORT= npm start` should not fail on "".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid configuration: ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  if (e.DATABASE_REPLICA_URLS?.length && !e.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration: DATABASE_REPLICA_URLS: needs DATABASE_URL (the embedded database has no replicas)',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    seedDemo: e.SEED_DEMO ?? e.DATABASE_URL === undefined,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    cursorSecret: e.CURSOR_SECRET,
    dbPoolMax: e.DB_POOL_MAX,
    statementTimeoutMs: e.STATEMENT_TIMEOUT_MS,
    analystStatementTimeoutMs: e.ANALYST_STATEMENT_TIMEOUT_MS,
    rateLimitMutationsPerMinute: e.RATE_LIMIT_MUTATIONS_PER_MINUTE,
    rateLimitRequestsPerMinute: e.RATE_LIMIT_REQUESTS_PER_MINUTE,
    maxBodyBytes: e.MAX_BODY_BYTES,
    maxQueryCost: e.MAX_QUERY_COST,
    maxQueryDepth: e.MAX_QUERY_DEPTH,
    maxAliases: e.MAX_ALIASES,
    maxDirectives: e.MAX_DIRECTIVES,
    maxTokens: e.MAX_TOKENS,
    trustProxy: e.TRUST_PROXY,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    corsOrigins: e.CORS_ORIGINS,
    cacheMaxAgeSeconds: e.CACHE_MAX_AGE_SECONDS,
    geocoderUrl: e.GEOCODER_URL,
    geocoderMinIntervalMs: e.GEOCODER_MIN_INTERVAL_MS,
    feedTimeoutMs: e.FEED_TIMEOUT_MS,
    feedMaxBytes: e.FEED_MAX_BYTES,
    feedDefaultIntervalMinutes: e.FEED_DEFAULT_INTERVAL_MINUTES,
    feedsAllowPrivate: e.FEEDS_ALLOW_PRIVATE ?? false,
    jobsEnabled: e.JOBS_ENABLED ?? true,
    jobsLeaseMs: e.JOBS_LEASE_MS,
    jobsTestDelayMs: e.JOBS_TEST_DELAY_MS,
    replicaUrls: e.DATABASE_REPLICA_URLS ?? [],
    replicaMaxLagMs: e.REPLICA_MAX_LAG_MS,
    redisUrl: e.REDIS_URL,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    explorer: e.EXPLORER ?? e.NODE_ENV !== 'production',
    // No third-party tiles unless an operator names a tile server: a searcher's map view would otherwise tell
    // that server where they are looking (contract: MAP_TILE_URL defaults to empty).
    mapTileUrl: e.MAP_TILE_URL ?? null,
    mapTileAttribution:
      e.MAP_TILE_ATTRIBUTION ?? (e.MAP_TILE_URL?.includes('openstreetmap.org') ? OSM_ATTRIBUTION : ''),
  };
}

/** Loads the config or prints one line and exits: for entry points only. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(err.message + '\n');
      process.exit(1);
    }
    throw err;
  }
}
