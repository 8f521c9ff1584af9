import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { Context } from '../context.ts';
import type { Database } from '../db/database.ts';
import { requestDb, StatementTally } from '../db/request-db.ts';
import { createLoaders } from '../loaders.ts';
import type { Logger } from '../logger.ts';
import { authenticate } from '../modules/auth/service.ts';
import type { BatchObserver } from '../shared/batch-observer.ts';
import type { CursorCodec } from '../shared/cursor.ts';
import type { Limits } from '../shared/rate-limit.ts';
import { READ_AFTER_HEADER, type ReadRouter } from '../shared/read-routing.ts';
import { requestIdOf, tagError } from './request-scope.ts';
import type { HttpFacts } from './response-policy.ts';

/** The context plus what the app's own plugins read (statement count, HTTP facts for caching). */
export type RequestContext = Context & { statements: StatementTally; http?: HttpFacts };

export interface ContextDeps {
  database: Database;
  log: Logger;
  cursors: CursorCodec;
  limits: Limits;
  router: ReadRouter | null;
  observeBatches: BatchObserver;
}

/**
 * Builds each request's context once, final before any resolver runs: the key is checked here (on the primary,
 * so a key revoked through any instance is refused on its next request), the database is chosen here (a replica
 * for reads when configured), and the loaders are built once for that viewer and database. A wrong key is
 * UNAUTHENTICATED (HTTP 401) before the query is even parsed; the request was already charged to its address.
 */
export function graphqlContext(deps: ContextDeps) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<Context> => {
    const requestId = requestIdOf(res) ?? randomUUID();
    // Every statement the request runs, on whichever database (db/request-db.ts).
    const statements = new StatementTally();
    const header = req.headers.authorization;
    const authDb = header === undefined ? deps.database.db : requestDb(deps.database.db, statements);
    const viewer = await authenticate(authDb, header, deps.log, requestId).catch((err: unknown) => {
      if (err && typeof err === 'object' && 'extensions' in err)
        (err as { extensions: Record<string, unknown> }).extensions.http = { status: 401 };
      // Apollo answers a failed context without the request's plugins: the error carries the request id itself.
      throw tagError(err, requestId);
    });
    const readAfter = req.get(READ_AFTER_HEADER);
    const replica = deps.router ? await deps.router.choose(viewer, operationTypeOf(req), readAfter) : null;
    const db = requestDb(replica?.db ?? deps.database.db, statements);
    // The analysts' handle and the request's logger are made when first used: most requests need neither (a
    // logger child with its redaction, and a database handle, for every request showed in the CPU profile).
    let analyticsDb: Context['analyticsDb'] | undefined;
    let log: Logger | undefined;
    const ctx: RequestContext = {
      viewer,
      clientAddress: req.ip ?? 'unknown',
      db,
      get analyticsDb() {
        return (analyticsDb ??= requestDb(replica?.analyticsDb ?? deps.database.analyticsDb, statements));
      },
      loaders: createLoaders(db, viewer, deps.observeBatches),
      get log() {
        return (log ??= deps.log.child({ requestId }));
      },
      set log(replacement: Logger) {
        log = replacement;
      },
      requestId,
      cursors: deps.cursors,
      limits: deps.limits,
      readAfter,
      statements,
      http: {
        method: req.method,
        authorization: req.headers.authorization,
        // The same negotiation Apollo does (Negotiator, JSON first): which type the answer will have.
        responseType: req.headers.accept
          ? ((req.accepts(['application/json', 'application/graphql-response+json']) ||
              null) as HttpFacts['responseType'])
          : 'application/json',
      },
    };
    return ctx;
  };
}

/**
 * Whether the request is a query or a mutation, for read routing: a GET is always a query (Apollo refuses a
 * mutation by GET); a POST is parsed here only when replicas are configured. Unknown (no text, as with a
 * persisted-query hash alone, or text that does not parse): undefined, which reads from the primary.
 */
export function operationTypeOf(req: Request): string | undefined {
  if (req.method === 'GET') return 'query';
  const body = req.body as { query?: unknown; operationName?: unknown } | undefined;
  return operationTypeOfText(body?.query, body?.operationName);
}

/** The type of the operation a GraphQL text and operation name select, or undefined when it cannot be told. */
export function operationTypeOfText(query: unknown, operationName: unknown): string | undefined {
  if (typeof query !== 'string') return undefined;
  try {
    const operations = parse(query, { noLocation: true }).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const chosen =
      typeof operationName === 'string' && operationName
        ? operations.find((o) => o.name?.value === operationName)
        : operations.length === 1
          ? operations[0]
          : undefined;
    return chosen?.operation;
  } catch {
    return undefined;
  }
}
