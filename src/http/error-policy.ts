import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Config } from '../config.ts';
import { databaseFailure } from '../db/errors.ts';
import { errorSummary, type Logger } from '../logger.ts';
import { requestIdOf, requestIdOfError } from './request-scope.ts';

// The error policy: which codes a client may see, and what everything else becomes. One list of public
// request-level codes; userErrors codes live in the schema (enum UserErrorCode).

/** Request-level codes answered as they are; any other error is answered INTERNAL_SERVER_ERROR with its id. */
export const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'QUERY_TOO_COMPLEX',
  'RATE_LIMITED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export /** Maps every error to the contract's codes; anything unexpected is logged whole and answered with its id only. */
function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    // Limits reported as validation errors keep their own code (see limits/validation-rules.ts).
    const ownCode = (original as GraphQLError | undefined)?.extensions?.code;
    const code = ownCode === 'QUERY_TOO_COMPLEX' ? ownCode : formatted.extensions?.code;
    // graphql-js's own token limit (parseOptions.maxTokens) surfaces as a parse error.
    if (code === 'GRAPHQL_PARSE_FAILED' && /Document contains more th(?:an|at) \d+ tokens/.test(formatted.message)) {
      return {
        message: formatted.message.replace(/^Syntax Error: /, '').replace('more that', 'more than'),
        extensions: { code: 'QUERY_TOO_COMPLEX' },
      };
    }
    // Apollo's own refusals of a malformed request (a persisted-query hash that does not match, an unsupported
    // version) carry an HTTP 4xx but no code: they are the caller's mistake, not ours.
    const httpStatus = ((original ?? error) as GraphQLError | undefined)?.extensions?.http as
      { status?: number } | undefined;
    if (
      (code === undefined || code === 'INTERNAL_SERVER_ERROR') &&
      httpStatus?.status &&
      httpStatus.status >= 400 &&
      httpStatus.status < 500
    ) {
      return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    }
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      const { stacktrace: _s, http: _h, ...extensions } = formatted.extensions ?? {};
      // Errors thrown while building the context get a prefix clients need not see.
      return {
        ...formatted,
        message: formatted.message.replace(/^Context creation failed: /, ''),
        extensions: { ...extensions, code },
      };
    }
    const failure = databaseFailure(original);
    if (failure === 'timeout') {
      return {
        message: 'The query ran past its time limit and was stopped: narrow the filter or ask for less',
        path: formatted.path,
        extensions: { code: 'QUERY_TOO_COMPLEX', reason: 'TIMEOUT' },
      };
    }
    // The id of the request being answered (http/request-scope.ts), so the log line and the answer match.
    const requestId = requestIdOfError(error) ?? randomUUID();
    if (failure === 'unavailable') {
      // The driver's own words (a code and a short text, never SQL) tell operators what the outage looks like.
      log.warn({ requestId, path: formatted.path, cause: errorSummary(original) }, 'database unavailable');
      return {
        message: `The directory is temporarily unavailable; try again shortly (request ${requestId})`,
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId, retryable: true },
      };
    }
    log.error({ requestId, err: errorSummary(original), path: formatted.path }, 'unexpected error');
    return {
      message: `Internal server error (request ${requestId})`,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}

/**
 * Failures outside GraphQL (body too large, not JSON, bad encoding, anything unexpected in a middleware) answer
 * a GraphQL-shaped JSON error with a code, whatever NODE_ENV says: never Express's HTML page with a stack.
 */
export function jsonErrors(config: Config, log: Logger) {
  return (
    err: { type?: string; status?: number; statusCode?: number },
    _req: Request,
    res: Response,
    next: NextFunction,
  ) => {
    if (res.headersSent) return next(err);
    const status = err?.status ?? err?.statusCode;
    const requestId = requestIdOf(res) ?? randomUUID();
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
      res
        .status(500)
        .set('cache-control', 'private, no-store')
        .json({
          errors: [
            {
              message: `Internal server error (request ${requestId})`,
              extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
            },
          ],
        });
      return;
    }
    res
      .status(
        err?.type === 'entity.too.large'
          ? 413
          : typeof status === 'number' && status >= 400 && status < 500
            ? status
            : 400,
      )
      .set('cache-control', 'private, no-store')
      .json({ errors: [{ message, extensions: { code } }] });
  };
}
