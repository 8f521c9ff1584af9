import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';

/**
 * The one Redis connection of an instance (REDIS_URL): shared rate limits, persisted queries and read-your-writes
 * positions. Nothing waits for Redis: commands fail at once while it is away (no offline queue), and each user
 * has its own fallback (per-instance limits, full queries resent, reads on the primary). One warning per outage.
 */
export interface SharedStore {
  client: Redis;
  /** Prepended to every key (REDIS_KEY_PREFIX). */
  prefix: string;
  /** Connected and answering commands. */
  ready(): boolean;
  close(): Promise<void>;
}

export function connectRedis(url: string, prefix: string, log: Logger): SharedStore {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    // Reconnect for ever, backing off to one attempt a second.
    retryStrategy: (times) => Math.min(times * 100, 1_000),
    lazyConnect: false,
  });
  let down = false;
  client.on('error', (err: Error) => {
    if (down) return;
    down = true;
    log.warn(
      { err: err.message },
      'Redis unavailable: rate limits are per instance and keyed reads go to the primary until it is back',
    );
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    log.warn('Redis is back: shared rate limits and read positions resumed');
  });
  return {
    client,
    prefix,
    ready: () => client.status === 'ready',
    async close() {
      try {
        await client.quit();
      } catch {
        client.disconnect();
      }
    },
  };
}
