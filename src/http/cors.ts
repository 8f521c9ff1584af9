import cors from 'cors';
import type { RequestHandler } from 'express';

/** Headers a browser app may send: the key, JSON bodies, read-your-writes positions, its own request id. */
const ALLOWED_HEADERS = [
  'Authorization',
  'Content-Type',
  'Peer-Atlas-Read-After',
  'X-Request-Id',
  'Apollo-Require-Preflight',
  'X-Apollo-Operation-Name',
];
/** Response headers a browser app may read. */
const EXPOSED_HEADERS = ['Peer-Atlas-Read-After', 'Retry-After', 'X-Request-Id'];

/**
 * CORS for /graphql (CORS_ORIGINS). With no origins configured nothing is added and browsers on other origins
 * are refused by their own same-origin policy. Keys are Bearer tokens, never cookies, so credentials are not
 * allowed and `*` is safe for the public read API. Preflights are answered here, before Apollo's CSRF check
 * (which would otherwise refuse the OPTIONS request as a "simple" one).
 */
export function corsFor(origins: string[]): RequestHandler | null {
  if (!origins.length) return null;
  const any = origins.includes('*');
  const allowed = new Set(origins);
  const handler = cors({
    // A list reflects the caller's origin when it is allowed (and adds Vary: Origin); `*` answers `*`.
    origin: any ? '*' : (origin, done) => done(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    credentials: false,
    maxAge: 600,
    optionsSuccessStatus: 204,
  });
  return (req, res, next) => {
    // Responses differ by origin (allowed or not) even with `*` for preflights: caches must keep them apart.
    res.vary('Origin');
    handler(req, res, next);
  };
}
