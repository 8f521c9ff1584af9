import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Config } from './config.ts';
import type { Context } from './context.ts';
import { statementTally, type Database, type StatementTally } from './db/database.ts';
import { databaseFailure } from './db/errors.ts';
import { sharedSecret } from './db/settings.ts';
import { guardPlugin } from './limits/guard-plugin.ts';
import { limitRules } from './limits/validation-rules.ts';
import { createLoaders } from './loaders.ts';
import { errorSummary, type Logger } from './logger.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { anonymous } from './modules/auth/viewer.ts';
import { buildSchema } from './schema.ts';
import { CursorCodec } from './shared/cursor.ts';
import { persistedQueryCache } from './shared/persisted-queries.ts';
import { createLimits } from './shared/rate-limit.ts';
import { addressLimit } from './http/address-limit.ts';
import { corsFor } from './http/cors.ts';
import { currentRequestId, requestScope } from './http/request-scope.ts';
import { responsePolicyPlugin, type HttpFacts } from './http/response-policy.ts';
import { standardsRouter } from './modules/standards/router.ts';
import { createReadPositions } from './shared/read-positions.ts';
import { createReadRouter, READ_AFTER_HEADER } from './shared/read-routing.ts';
import { connectRedis } from './shared/redis.ts';
import { webRoutes } from './web/routes.ts';
import { configureFeedSettings, feedSettingsFrom } from './modules/feeds/settings.ts';

export interface AppDeps {
  config: Config;
  database: Database;
  log: Logger;
}

export interface App {
  app: Express;
  apollo: ApolloServer<Context>;
  metrics: Metrics;
  /** Turns readiness off while shutting down. */
  setDraining(): void;
  /** Resolves once no GraphQL request is executing. */
  whenIdle(): Promise<void>;
  /** Closes what the app opened itself (the Redis connection); the database is the caller's. */
  close(): Promise<void>;
}

const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'QUERY_TOO_COMPLEX', 'RATE_LIMITED',
  'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST',
]);

type RequestContext = Context & { statements: StatementTally; http?: HttpFacts };

/** Request logs and metrics: operation name, outcome, timing, statement count. Never variables or text. */
function observePlugin(metrics: Metrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors, contextValue }) {
          const ctx = contextValue as RequestContext;
          const codes = (errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          const seconds = (performance.now() - started) / 1000;
          metrics.request(operationName ?? null, codes.length ? 'error' : 'ok', seconds, ctx.statements?.count ?? 0, codes);
          ctx.log.info({ op: operationName ?? null, ms: Math.round(seconds * 1000), sql: ctx.statements?.count, errors: codes.length ? codes : undefined }, 'graphql request');
        },
      };
    },
  };
}

/** Maps every error to the contract's codes; anything unexpected is logged whole and answered with its id only. */
function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    // Limits reported as validation errors keep their own code (see limits/validation-rules.ts).
    const ownCode = (original as GraphQLError | undefined)?.extensions?.code;
    const code = ownCode === 'QUERY_TOO_COMPLEX' ? ownCode : formatted.extensions?.code;
    // graphql-js's own token limit (parseOptions.maxTokens) surfaces as a parse error.
    if (code === 'GRAPHQL_PARSE_FAILED' && /Document contains more th(?:an|at) \d+ tokens/.test(formatted.message)) {
      return { message: formatted.message.replace(/^Syntax Error: /, '').replace('more that', 'more than'), extensions: { code: 'QUERY_TOO_COMPLEX' } };
    }
    // Apollo's own refusals of a malformed request (a persisted-query hash that does not match, an unsupported
    // version) carry an HTTP 4xx but no code: they are the caller's mistake, not ours.
    const httpStatus = ((original ?? error) as GraphQLError | undefined)?.extensions?.http as { status?: number } | undefined;
    if ((code === undefined || code === 'INTERNAL_SERVER_ERROR') && httpStatus?.status && httpStatus.status >= 400 && httpStatus.status < 500) {
      return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    }
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      const { stacktrace: _s, http: _h, ...extensions } = formatted.extensions ?? {};
      // Errors thrown while building the context get a prefix clients need not see.
      return { ...formatted, message: formatted.message.replace(/^Context creation failed: /, ''), extensions: { ...extensions, code } };
    }
    const failure = databaseFailure(original);
    if (failure === 'timeout') {
      return { message: 'The query ran past its time limit and was stopped: narrow the filter or ask for less', path: formatted.path, extensions: { code: 'QUERY_TOO_COMPLEX', reason: 'TIMEOUT' } };
    }
    // The id of the request being answered (http/request-scope.ts), so the log line and the answer match.
    const requestId = currentRequestId() ?? randomUUID();
    if (failure === 'unavailable') {
      // The driver's own words (a code and a short text, never SQL) tell operators what the outage looks like.
      log.warn({ requestId, path: formatted.path, cause: errorSummary(original) }, 'database unavailable');
      return { message: `The directory is temporarily unavailable; try again shortly (request ${requestId})`, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId, retryable: true } };
    }
    log.error({ requestId, err: errorSummary(original), path: formatted.path }, 'unexpected error');
    return { message: `Internal server error (request ${requestId})`, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
  };
}

/**
 * GraphQL requests still executing. A client that gives up closes its connection, and then the HTTP server
 * counts the request as done while its resolvers still run; shutdown waits for these too before it closes the
 * database under them.
 */
function inFlightRequests() {
  let running = 0;
  let waiters: Array<() => void> = [];
  const settle = () => {
    if (running > 0) return;
    for (const w of waiters) w();
    waiters = [];
  };
  return {
    track(handler: RequestHandler): RequestHandler {
      return async (req, res, next) => {
        running++;
        try {
          await handler(req, res, next);
        } finally {
          running--;
          settle();
        }
      };
    },
    whenIdle: (): Promise<void> => (running === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
  };
}

/**
 * Failures outside GraphQL (body too large, not JSON, bad encoding, anything unexpected in a middleware) answer
 * a GraphQL-shaped JSON error with a code, whatever NODE_ENV says: never Express's HTML page with a stack.
 */
function jsonErrors(config: Config, log: Logger) {
  return (err: { type?: string; status?: number; statusCode?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const status = err?.status ?? err?.statusCode;
    const requestId = currentRequestId() ?? randomUUID();
    let code = 'BAD_REQUEST';
    let message: string;
    if (err?.type === 'entity.too.large') {
      code = 'QUERY_TOO_COMPLEX';
      message = `Request body larger than ${config.maxBodyBytes} bytes`;
    } else if (err?.type === 'entity.parse.failed') {
      message = 'Request body is not valid JSON';
    } else if (err?.type === 'encoding.unsupported' || err?.type === 'charset.unsupported') {
      message = 'Request body encoding or charset is not supported: send UTF-8 JSON';
    } else if (typeof status === 'number' && status >= 400 && status < 500) {
      message = 'The request could not be read';
    } else {
      log.error({ requestId, err: errorSummary(err) }, 'unexpected HTTP error');
      res.status(500).set('cache-control', 'private, no-store')
        .json({ errors: [{ message: `Internal server error (request ${requestId})`, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
      return;
    }
    res.status(err?.type === 'entity.too.large' ? 413 : typeof status === 'number' && status >= 400 && status < 500 ? status : 400)
      .set('cache-control', 'private, no-store')
      .json({ errors: [{ message, extensions: { code } }] });
  };
}

/**
 * Apollo's CSRF prevention refuses "simple" requests a browser sends cross-site without a preflight: a GET
 * without a special header, a POST of text/plain or a form. It stays on for POST. A GET is always a query
 * (Apollo answers a mutation by GET with 405) and keys are Bearer tokens, never cookies, so a forged GET can
 * neither change anything nor act with someone's credentials: it may run without the header, which is what
 * lets a browser, a CDN or a plain `<a href>` use GET /graphql?query=… and cache it.
 */
const allowGetQueries: RequestHandler = (req, _res, next) => {
  if (req.method === 'GET') req.headers['apollo-require-preflight'] ??= 'get-query';
  next();
};

/**
 * A persisted-query hash must be 64 hex digits: anything else (a number, an object, the wrong length) can never
 * name a stored query, and some shapes made the cache lookup throw (INTERNAL_SERVER_ERROR). Apollo answers
 * PERSISTED_QUERY_NOT_FOUND for a well-formed unknown hash.
 */
const checkPersistedQuery: RequestHandler = (req, res, next) => {
  let extensions: unknown;
  if (req.method === 'GET' && typeof req.query.extensions === 'string') {
    try {
      extensions = JSON.parse(req.query.extensions);
    } catch {
      return next(); // Apollo answers BAD_REQUEST for JSON it cannot parse
    }
  } else if (req.method === 'POST' && req.body && typeof req.body === 'object') {
    extensions = (req.body as { extensions?: unknown }).extensions;
  }
  if (!refusePersistedQuery(extensions, res)) next();
};

function refusePersistedQuery(extensions: unknown, res: Response): boolean {
  if (!extensions || typeof extensions !== 'object' || !('persistedQuery' in extensions)) return false;
  const pq = (extensions as { persistedQuery: unknown }).persistedQuery;
  const hash = pq && typeof pq === 'object' ? (pq as { sha256Hash?: unknown }).sha256Hash : undefined;
  if (typeof hash === 'string' && /^[0-9a-f]{64}$/i.test(hash)) return false;
  res.status(400).set('cache-control', 'private, no-store')
    .json({ errors: [{ message: 'extensions.persistedQuery.sha256Hash must be the SHA-256 of the query in 64 hex digits', extensions: { code: 'BAD_REQUEST' } }] });
  return true;
}

export async function createApp({ config, database, log }: AppDeps): Promise<App> {
  const cursors = new CursorCodec(config.cursorSecret ?? (await sharedSecret(database.db, 'cursor_secret')));
  // Several instances share rate limits, persisted queries and read positions through Redis (README "Deployment").
  const shared = config.redisUrl ? connectRedis(config.redisUrl, config.redisKeyPrefix, log) : undefined;
  const limits = createLimits({ mutationsPerMinute: config.rateLimitMutationsPerMinute, requestsPerMinute: config.rateLimitRequestsPerMinute, shared });
  const metrics = createMetrics(database);
  const positions = createReadPositions({ shared, ttlMs: Math.max(60_000, config.replicaMaxLagMs * 3) });
  const router = createReadRouter({ database, positions, observeBatches: metrics.observeBatches });
  let draining = false;
  const inFlight = inFlightRequests();

  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    // main.ts owns SIGTERM/SIGINT: it drains HTTP, stops Apollo and closes the database in order. Apollo's own
    // handlers would call stop() a second time and race the database close.
    stopOnTerminationSignals: false,
    // The explorer needs the schema; EXPLORER=true in production turns introspection on with it.
    introspection: !config.production || config.explorer,
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.maxTokens },
    ...(shared ? { persistedQueries: { cache: persistedQueryCache(shared) } } : {}),
    validationRules: limitRules({ maxDepth: config.maxQueryDepth, maxAliases: config.maxAliases, maxDirectives: config.maxDirectives }),
    plugins: [
      // Inline traces are for Apollo's hosted tooling; they would expose resolver timings to any caller.
      ApolloServerPluginInlineTraceDisabled(),
      // Apollo's landing page loads its explorer from the internet; ours is served by src/web/routes.ts.
      ApolloServerPluginLandingPageDisabled(),
      guardPlugin({ database, maxCost: config.maxQueryCost, observeBatches: metrics.observeBatches, route: router?.route }),
      observePlugin(metrics),
      // Cache-Control is decided per request (http/response-policy.ts), not from schema hints.
      ApolloServerPluginCacheControlDisabled(),
      responsePolicyPlugin({ cacheMaxAgeSeconds: config.cacheMaxAgeSeconds, http: (ctx) => (ctx as RequestContext).http }),
      ...(router ? [router.plugin] : []),
    ],
    formatError: formatError(log),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ok = !draining && (await database.ping(1_500));
    // Ready while the primary answers; replicas and Redis are reported, not required (reads fall back).
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ready' : 'unavailable',
      ...(database.replicas && !draining ? { databases: { primary: ok ? 'up' : 'down', replicas: database.replicas.states() } } : {}),
      ...(shared ? { redis: shared.ready() ? 'up' : 'down' } : {}),
    });
  });
  app.get('/metrics', async (_req, res) => {
    res.set('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  // CORS first: a preflight for /graphql must be answered here, not by a router that knows GET /graphql (the
  // explorer) and would answer OPTIONS itself with a bare 200.
  const cors = corsFor(config.corsOrigins);
  // Before any other route: a preflight must reach CORS, not Express's automatic OPTIONS answer for the
  // explorer's GET /graphql route. The standards endpoints are public reads, as callable from a web app.
  if (cors) app.use(['/graphql', '/hsds', '/feeds'], cors);
  // HSDS API 3.0 and the Meeting Guide feed (feeds issue): public, read-only.
  app.use(standardsRouter(database.db, log));
  // The search page, the analyst view, their assets and the explorer (browsers' GET /graphql only).
  app.use(webRoutes(config));
  configureFeedSettings(feedSettingsFrom(config));

  app.use(
    '/graphql',
    requestScope(),
    // Before the body is read and before the key is checked: every request counts, however malformed.
    addressLimit(limits),
    allowGetQueries,
    express.json({ limit: config.maxBodyBytes }),
    checkPersistedQuery,
    (_req, _res, next) => {
      // Count this request's SQL statements (see statementTally); must wrap everything after body parsing.
      statementTally.run({ count: 0 }, () => next());
    },
    inFlight.track(expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const requestId = currentRequestId() ?? randomUUID();
        const ctx: RequestContext = {
          // The key is checked by the guard plugin once the query has passed its limits.
          viewer: anonymous,
          authorization: req.headers.authorization,
          clientAddress: req.ip ?? 'unknown',
          db: database.db,
          analyticsDb: database.analyticsDb,
          loaders: createLoaders(database.db, anonymous, metrics.observeBatches),
          log: log.child({ requestId }),
          requestId,
          cursors,
          limits,
          readAfter: router ? req.get(READ_AFTER_HEADER) : undefined,
          statements: statementTally.getStore() ?? { count: 0 },
          http: {
            method: req.method,
            authorization: req.headers.authorization,
            // The same negotiation Apollo does (Negotiator, JSON first): which type the answer will have.
            responseType: req.headers.accept ? (req.accepts(['application/json', 'application/graphql-response+json']) || null) as HttpFacts['responseType'] : 'application/json',
          },
        };
        return ctx;
      },
    })),
  );
  app.use(jsonErrors(config, log));

  return {
    app,
    apollo,
    metrics,
    setDraining: () => { draining = true; },
    whenIdle: inFlight.whenIdle,
    close: async () => {
      positions.close();
      await shared?.close();
    },
  };
}
