import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import type { Limits } from '../shared/rate-limit.ts';

/**
 * The per-address request limit, charged as a request arrives: before its body is parsed and before its key is
 * looked up, so malformed bodies, parse and validation failures and wrong keys (each one a database lookup)
 * are limited too. The per-key limit is charged after authentication (limits/guard-plugin.ts). `req.ip` follows
 * TRUST_PROXY.
 */
export function addressLimit(limits: Limits): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'OPTIONS') return next();
    limits.request(`ip:${req.ip ?? 'unknown'}`).then(
      () => next(),
      (err: unknown) => {
        if (!(err instanceof GraphQLError)) return next(err);
        const seconds = Number(err.extensions.retryAfterSeconds ?? 60);
        res
          .status(429)
          .set('retry-after', String(seconds))
          .set('cache-control', 'private, no-store')
          .json({
            errors: [{ message: err.message, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds } }],
          });
      },
    );
  };
}
