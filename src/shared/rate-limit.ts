import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { requestError } from './errors.ts';
import type { SharedStore } from './redis.ts';

/**
 * Per-key mutation limits and per-client request limits. In memory for one instance; with REDIS_URL in Redis,
 * so the limit holds for the sum of all instances. While Redis is away each instance falls back to its own
 * memory (rate-limiter-flexible's insurance limiter) and keeps serving: the fleet then allows up to N times
 * the limit, which beats refusing everyone. Over a limit: RATE_LIMITED with the seconds to wait.
 */
export interface Limits {
  /** Charges `points` (default 1) mutations to the key. */
  mutation(keyId: string, points?: number): Promise<void>;
  request(clientId: string): Promise<void>;
  /** Messages and reports anyone may send (requestContact, reportResource): charged per key or address. */
  publicMessage(clientId: string): Promise<void>;
}

/** Messages and reports per client per hour: enough for a person, too few for a spammer. */
export const PUBLIC_MESSAGES_PER_HOUR = 10;

export function createLimits(opts: {
  mutationsPerMinute: number;
  requestsPerMinute: number;
  shared?: SharedStore | undefined;
}): Limits {
  const limiter = (name: string, points: number, duration = 60): RateLimiterAbstract => {
    const memory = new RateLimiterMemory({ points, duration });
    if (!opts.shared) return memory;
    return new RateLimiterRedis({
      storeClient: opts.shared.client,
      keyPrefix: `${opts.shared.prefix}rl:${name}`,
      points,
      duration,
      // Not connected: straight to the in-memory limiter instead of waiting for Redis.
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  };
  const mutations = limiter('mutation', opts.mutationsPerMinute);
  const requests = limiter('request', opts.requestsPerMinute);
  const messages = limiter('message', PUBLIC_MESSAGES_PER_HOUR, 3600);
  const consume = async (limiter: RateLimiterAbstract, key: string, what: string, points = 1) => {
    try {
      await limiter.consume(key, points);
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      const retryAfterSeconds = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
      throw requestError('RATE_LIMITED', `Too many ${what}: try again in ${retryAfterSeconds} s`, {
        retryAfterSeconds,
        http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      });
    }
  };
  return {
    mutation: (keyId, points) => consume(mutations, keyId, 'changes with this key', points),
    request: (clientId) => consume(requests, clientId, 'requests'),
    publicMessage: (clientId) => consume(messages, clientId, 'messages and reports'),
  };
}
