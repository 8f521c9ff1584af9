import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
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
import { createLimits } from './shared/rate-limit.ts';
import { standardsRouter } from './modules/standards/router.ts';
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
}

const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'QUERY_TOO_COMPLEX', 'RATE_LIMITED',
  'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST',
]);

type RequestContext = Context & { statements: StatementTally };

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
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      const { stacktrace: _s, http: _h, ...extensions } = formatted.extensions ?? {};
      // Errors thrown while building the context get a prefix clients need not see.
      return { ...formatted, message: formatted.message.replace(/^Context creation failed: /, ''), extensions: { ...extensions, code } };
    }
    const failure = databaseFailure(original);
    if (failure === 'timeout') {
      return { message: 'The query ran past its time limit and was stopped: narrow the filter or ask for less', path: formatted.path, extensions: { code: 'QUERY_TOO_COMPLEX', reason: 'TIMEOUT' } };
    }
    const requestId = randomUUID();
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

export async function createApp({ config, database, log }: AppDeps): Promise<App> {
  const cursors = new CursorCodec(config.cursorSecret ?? (await sharedSecret(database.db, 'cursor_secret')));
  const limits = createLimits({ mutationsPerMinute: config.rateLimitMutationsPerMinute, requestsPerMinute: config.rateLimitRequestsPerMinute });
  const metrics = createMetrics(database);
  let draining = false;
  const inFlight = inFlightRequests();

  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    // main.ts owns SIGTERM/SIGINT: it drains HTTP, stops Apollo and closes the database in order. Apollo's own
    // handlers would call stop() a second time and race the database close.
    stopOnTerminationSignals: false,
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.maxTokens },
    validationRules: limitRules({ maxDepth: config.maxQueryDepth, maxAliases: config.maxAliases, maxDirectives: config.maxDirectives }),
    plugins: [
      // Inline traces are for Apollo's hosted tooling; they would expose resolver timings to any caller.
      ApolloServerPluginInlineTraceDisabled(),
      guardPlugin({ database, maxCost: config.maxQueryCost, observeBatches: metrics.observeBatches }),
      observePlugin(metrics),
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
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable' });
  });
  app.get('/metrics', async (_req, res) => {
    res.set('content-type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  // HSDS API 3.0 and the Meeting Guide feed (feeds issue): public, read-only.
  app.use(standardsRouter(database.db, log));
  configureFeedSettings(feedSettingsFrom(config));

  app.use(
    '/graphql',
    express.json({ limit: config.maxBodyBytes }),
    (_req, _res, next) => {
      // Count this request's SQL statements (see statementTally); must wrap everything after body parsing.
      statementTally.run({ count: 0 }, () => next());
    },
    inFlight.track(expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const header = req.headers['x-request-id'];
        const requestId = typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();
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
          statements: statementTally.getStore() ?? { count: 0 },
        };
        return ctx;
      },
    })),
  );
  // Bodies that are too large or not JSON: a GraphQL-shaped error instead of Express's HTML page.
  app.use((err: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (err?.type === 'entity.too.large') {
      res.status(413).json({ errors: [{ message: `Request body larger than ${config.maxBodyBytes} bytes`, extensions: { code: 'QUERY_TOO_COMPLEX' } }] });
    } else if (err?.type === 'entity.parse.failed') {
      res.status(400).json({ errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    } else {
      next(err);
    }
  });

  return { app, apollo, metrics, setDraining: () => { draining = true; }, whenIdle: inFlight.whenIdle };
}
