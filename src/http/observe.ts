import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { Context } from '../context.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { RequestContext } from './graphql-context.ts';
import { tagError } from './request-scope.ts';

/**
 * Request logs and metrics: operation name, outcome, timing, statement count. Never variables or text. The line is
 * written through the app's logger with the request id, as the request's own logger would write it, without
 * making that logger for a request that logs nothing else.
 */
export function observePlugin(metrics: Metrics, log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        // Before Apollo formats them: formatError sees no request, so each error carries the request's id.
        async didEncounterErrors({ errors, contextValue }) {
          for (const e of errors) tagError(e, contextValue.requestId);
        },
        async willSendResponse({ operationName, errors, contextValue }) {
          const ctx = contextValue as RequestContext;
          const codes = (errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          const seconds = (performance.now() - started) / 1000;
          metrics.request(
            operationName ?? null,
            codes.length ? 'error' : 'ok',
            seconds,
            ctx.statements?.count ?? 0,
            codes,
          );
          log.info(
            {
              requestId: ctx.requestId,
              op: operationName ?? null,
              ms: Math.round(seconds * 1000),
              sql: ctx.statements?.count,
              errors: codes.length ? codes : undefined,
            },
            'graphql request',
          );
        },
      };
    },
  };
}

/**
 * GraphQL requests still executing. A client that gives up closes its connection, and then the HTTP server
 * counts the request as done while its resolvers still run; shutdown waits for these too before it closes the
 * database under them.
 */
export function inFlightRequests() {
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
    whenIdle: (): Promise<void> =>
      running === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve)),
  };
}
