import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Config } from './config.ts';
import type { Context } from './context.ts';
import { statementTally, type Database, type StatementTally } from './db/database.ts';
import { sharedSecret } from './db/settings.ts';
import { createLoaders } from './loaders.ts';
import type { Logger } from './logger.ts';
import { authenticate } from './modules/auth/service.ts';
import { buildSchema } from './schema.ts';
import { CursorCodec } from './shared/cursor.ts';
import { createLimits } from './shared/rate-limit.ts';
import { ignoreBatches, type BatchObserver } from './shared/batch-observer.ts';

export interface AppDeps {
  config: Config;
  database: Database;
  log: Logger;
  /** Receives each request's outcome (metrics). */
  observeBatches?: BatchObserver;
}

export interface App {
  app: Express;
  apollo: ApolloServer<Context>;
  /** Flags readiness off during shutdown. */
  setDraining(): void;
}

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'QUERY_TOO_COMPLEX', 'RATE_LIMITED',
  'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST',
]);

/** Request logs: operation name, outcome and timing only. Never variables, search text or coordinates. */
function requestLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors, contextValue: ctx }) {
          const codes = errors?.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          ctx.log.info(
            { op: operationName ?? null, ms: Math.round(performance.now() - started), errors: codes?.length ? codes : undefined },
            'graphql request',
          );
        },
      };
      void contextValue;
    },
  };
}

export async function createApp({ config, database, log, observeBatches = ignoreBatches }: AppDeps): Promise<App> {
  const cursors = new CursorCodec(config.cursorSecret ?? (await sharedSecret(database.db, 'cursor_secret')));
  const limits = createLimits({ mutationsPerMinute: config.rateLimitMutationsPerMinute, requestsPerMinute: config.rateLimitRequestsPerMinute });
  let draining = false;

  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    introspection: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    includeStacktraceInErrorResponses: false,
    // Inline traces are for Apollo's hosted tooling; they would expose resolver timings to any caller.
    plugins: [requestLogPlugin(), ApolloServerPluginInlineTraceDisabled()],
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const code = formatted.extensions?.code;
      if (typeof code === 'string' && KNOWN_CODES.has(code)) {
        const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
        // Errors thrown while building the context (authentication) get a prefix clients need not see.
        return { ...formatted, message: formatted.message.replace(/^Context creation failed: /, ''), extensions };
      }
      // Anything else is a bug or an outage: log it whole, tell the client only the request id.
      const requestId = (error as { requestId?: string })?.requestId ?? randomUUID();
      const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
      log.error({ requestId, err: original, path: formatted.path }, 'unexpected error');
      return { message: `Internal server error (request ${requestId})`, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
    },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ok = !draining && (await database.ping(1_500));
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable' });
  });

  app.use(
    '/graphql',
    express.json({ limit: config.maxBodyBytes }),
    (req, _res, next) => {
      // Count this request's SQL statements (see statementTally); must wrap everything after body parsing.
      const tally: StatementTally = { count: 0 };
      statementTally.run(tally, () => next());
    },
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const requestId = (typeof req.headers['x-request-id'] === 'string' && /^[\w-]{1,64}$/.test(req.headers['x-request-id']) ? req.headers['x-request-id'] : randomUUID());
        const reqLog = log.child({ requestId });
        let viewer;
        try {
          viewer = await authenticate(database.db, req.headers.authorization, reqLog);
        } catch (err) {
          if (err instanceof GraphQLError) {
            throw new GraphQLError(err.message, { extensions: { ...err.extensions, http: { status: 401 } } });
          }
          throw err;
        }
        return { viewer, db: database.db, loaders: createLoaders(database.db, viewer, observeBatches), log: reqLog, requestId, cursors, limits };
      },
    }),
  );

  return { app, apollo, setDraining: () => { draining = true; } };
}
