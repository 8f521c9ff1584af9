import type { RequestHandler, Response } from 'express';
import { operationTypeOfText } from './graphql-context.ts';

// Checks on a /graphql request before Apollo reads it.

/**
 * Apollo's CSRF prevention refuses "simple" requests a browser sends cross-site without a preflight: a GET
 * without a special header, a POST of text/plain or a form. It stays on for POST. A GET is always a query
 * (Apollo answers a mutation by GET with 405) and keys are Bearer tokens, never cookies, so a forged GET can
 * neither change anything nor act with someone's credentials: it may run without the header, which is what
 * lets a browser, a CDN or a plain `<a href>` use GET /graphql?query=… and cache it.
 */
export const allowGetQueries: RequestHandler = (req, res, next) => {
  // A keyed answer differs from the public one: a shared cache must never hand one for the other.
  res.vary('Authorization');
  if (req.method !== 'GET') return next();
  // Refused here, before the key is checked or anything else runs (Apollo would refuse it later, with a 405 too).
  if (operationTypeOfText(req.query.query, req.query.operationName) === 'mutation') {
    res
      .status(405)
      .set('allow', 'POST')
      .set('cache-control', 'private, no-store')
      .json({ errors: [{ message: 'A mutation must be sent by POST', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  req.headers['apollo-require-preflight'] ??= 'get-query';
  next();
};

/**
 * A persisted-query hash must be 64 hex digits: anything else (a number, an object, the wrong length) can never
 * name a stored query, and some shapes made the cache lookup throw (INTERNAL_SERVER_ERROR). Apollo answers
 * PERSISTED_QUERY_NOT_FOUND for a well-formed unknown hash.
 */
export const checkPersistedQuery: RequestHandler = (req, res, next) => {
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
  res
    .status(400)
    .set('cache-control', 'private, no-store')
    .json({
      errors: [
        {
          message: 'extensions.persistedQuery.sha256Hash must be the SHA-256 of the query in 64 hex digits',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  return true;
}
