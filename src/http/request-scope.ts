import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';

/**
 * The request's id, set once when the request arrives, so every log line and error of one request carries the
 * same id. A caller (or a proxy) may pass its own `X-Request-Id`; otherwise it is a fresh UUID. Answered in
 * `X-Request-Id`. Kept on the response (res.locals), read from there by the GraphQL context and the JSON error
 * handler; errors carry it to Apollo's formatError, which sees no request (tagError).
 */
export function requestScope(): RequestHandler {
  return (req, res, next) => {
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();
    res.setHeader('x-request-id', requestId);
    res.locals.requestId = requestId;
    next();
  };
}

export const requestIdOf = (res: Response): string | undefined =>
  typeof res.locals.requestId === 'string' ? res.locals.requestId : undefined;

const requestIdByError = new WeakMap<object, string>();

/** Marks an error with the id of the request it happened in (see requestIdOfError). Returns the error. */
export function tagError<T>(err: T, requestId: string): T {
  if (err && typeof err === 'object') {
    requestIdByError.set(err, requestId);
    const original = (err as { originalError?: unknown }).originalError;
    if (original && typeof original === 'object') requestIdByError.set(original, requestId);
  }
  return err;
}

/** The id of the request an error happened in, if it was tagged (the plugin in http/observe.ts tags them all). */
export function requestIdOfError(err: unknown): string | undefined {
  if (!err || typeof err !== 'object') return undefined;
  const original = (err as { originalError?: unknown }).originalError;
  return (
    requestIdByError.get(err) ?? (original && typeof original === 'object' ? requestIdByError.get(original) : undefined)
  );
}
