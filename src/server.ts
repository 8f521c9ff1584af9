import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { Config } from './config.ts';
import type { Context } from './context.ts';
import type { Database } from './db/database.ts';
import { sharedSecret } from './db/settings.ts';
import { addressLimit } from './http/address-limit.ts';
import { corsFor } from './http/cors.ts';
import { formatError, jsonErrors } from './http/error-policy.ts';
import { graphqlContext, type RequestContext } from './http/graphql-context.ts';
import { allowGetQueries, checkPersistedQuery } from './http/graphql-request.ts';
import { inFlightRequests, observePlugin } from './http/observe.ts';
import { probes } from './http/probes.ts';
import { requestScope } from './http/request-scope.ts';
import { responsePolicyPlugin } from './http/response-policy.ts';
import { guardPlugin } from './limits/guard-plugin.ts';
import { limitRules } from './limits/validation-rules.ts';
import type { Logger } from './logger.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import { configureFeedSettings, feedSettingsFrom } from './modules/feeds/settings.ts';
import { standardsRouter } from './modules/standards/router.ts';
import { buildSchema } from './schema.ts';
import { CursorCodec } from './shared/cursor.ts';
import { persistedQueryCache } from './shared/persisted-queries.ts';
import { createLimits } from './shared/rate-limit.ts';
import { createReadPositions } from './shared/read-positions.ts';
import { createReadRouter } from './shared/read-routing.ts';
import { connectRedis } from './shared/redis.ts';
import { webRoutes } from './web/routes.ts';

// The app: Apollo with its plugins, and the routes in order (probes, CORS, standards, web pages, /graphql).
// Each concern lives in its own module: the request context (http/graphql-context.ts), the error policy
// (http/error-policy.ts), logs and metrics (http/observe.ts), limits (limits/), caching (http/response-policy.ts).

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

export async function createApp({ config, database, log }: AppDeps): Promise<App> {
  const cursors = new CursorCodec(config.cursorSecret ?? (await sharedSecret(database.db, 'cursor_secret')));
  // Several instances share rate limits, persisted queries and read positions through Redis (README "Deployment").
  const shared = config.redisUrl ? connectRedis(config.redisUrl, config.redisKeyPrefix, log) : undefined;
  const limits = createLimits({
    mutationsPerMinute: config.rateLimitMutationsPerMinute,
    requestsPerMinute: config.rateLimitRequestsPerMinute,
    shared,
  });
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
    // Apollo pretty-prints answers by default (indentation on every response): compact JSON is smaller and cheaper.
    stringifyResult: (value) => JSON.stringify(value),
    parseOptions: { maxTokens: config.maxTokens },
    ...(shared ? { persistedQueries: { cache: persistedQueryCache(shared) } } : {}),
    validationRules: limitRules({
      maxDepth: config.maxQueryDepth,
      maxAliases: config.maxAliases,
      maxDirectives: config.maxDirectives,
    }),
    plugins: [
      // Inline traces are for Apollo's hosted tooling; they would expose resolver timings to any caller.
      ApolloServerPluginInlineTraceDisabled(),
      // Apollo's landing page loads its explorer from the internet; ours is served by src/web/routes.ts.
      ApolloServerPluginLandingPageDisabled(),
      guardPlugin({ maxCost: config.maxQueryCost }),
      observePlugin(metrics, log),
      // Cache-Control is decided per request (http/response-policy.ts), not from schema hints.
      ApolloServerPluginCacheControlDisabled(),
      responsePolicyPlugin({
        cacheMaxAgeSeconds: config.cacheMaxAgeSeconds,
        http: (ctx) => (ctx as RequestContext).http,
      }),
      ...(router ? [router.plugin] : []),
    ],
    formatError: formatError(log),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(probes({ database, metrics, shared, isDraining: () => draining }));

  // CORS before any other route: a preflight must reach it, not Express's automatic OPTIONS answer for the
  // explorer's GET /graphql route. (The standards endpoints answer `*` themselves: public reads.)
  const cors = corsFor(config.corsOrigins);
  if (cors) app.use('/graphql', cors);
  const graphql = [
    requestScope(),
    // Before the body is read and before the key is checked: every request counts, however malformed.
    addressLimit(limits),
    allowGetQueries,
    express.json({ limit: config.maxBodyBytes }),
    checkPersistedQuery,
    inFlight.track(
      expressMiddleware(apollo, {
        context: graphqlContext({ database, log, cursors, limits, router, observeBatches: metrics.observeBatches }),
      }),
    ),
  ];
  // Nearly every request is a POST here: it need not walk the routes of the pages and feeds first.
  app.post('/graphql', ...graphql);
  // HSDS API 3.0 and the Meeting Guide feed (feeds issue): public, read-only.
  app.use(standardsRouter(database.db, log));
  // The search page, the analyst view, their assets and the explorer (browsers' GET /graphql only).
  app.use(webRoutes(config));
  configureFeedSettings(feedSettingsFrom(config));
  // GET queries (after the explorer, which answers browsers' GET /graphql), and other methods' refusals.
  app.use('/graphql', ...graphql);
  app.use(jsonErrors(config, log));

  return {
    app,
    apollo,
    metrics,
    setDraining: () => {
      draining = true;
    },
    whenIdle: inFlight.whenIdle,
    close: async () => {
      positions.close();
      await shared?.close();
    },
  };
}
