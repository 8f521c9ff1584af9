import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { requestError } from './errors.ts';

/**
 * Per-key mutation limits and per-client request limits, in memory (one instance; a shared store such as
 * Redis would be needed behind a load balancer). Over a limit: RATE_LIMITED with the seconds to wait.
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

export function createLimits(opts: { mutationsPerMinute: number; requestsPerMinute: number }): Limits {
  const mutations = new RateLimiterMemory({ points: opts.mutationsPerMinute, duration: 60 });
  const requests = new RateLimiterMemory({ points: opts.requestsPerMinute, duration: 60 });
  const messages = new RateLimiterMemory({ points: PUBLIC_MESSAGES_PER_HOUR, duration: 3600 });
  const consume = async (limiter: RateLimiterMemory, key: string, what: string, points = 1) => {
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
