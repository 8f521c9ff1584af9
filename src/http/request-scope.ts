import { randomUUID } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';

/**
 * The request's id, set once when the request arrives and visible to everything it causes (the GraphQL context,
 * formatError, body-parser failures), so every log line and error of one request carries the same id. A caller
 * (or a proxy) may pass its own `X-Request-Id`; otherwise it is a fresh UUID. Answered in `X-Request-Id`.
 */
export interface RequestScope {
  requestId: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

export const currentRequestId = (): string | undefined => scope.getStore()?.requestId;

export function requestScope(): RequestHandler {
  return (req, res, next) => {
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();
    res.setHeader('x-request-id', requestId);
    scope.run({ requestId }, () => next());
  };
}
