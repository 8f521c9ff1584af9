import type { SharedStore } from './redis.ts';

/**
 * Automatic persisted queries (Apollo's APQ: a client sends a query's hash, and the whole text only the first
 * time) kept in Redis, so a hash registered through one instance is known to all. Errors are misses: while Redis
 * is away a client is asked for the full text (PERSISTED_QUERY_NOT_FOUND) and sends it, nothing fails.
 */
export function persistedQueryCache(shared: SharedStore) {
  const key = (k: string) => `${shared.prefix}apq:${k}`;
  return {
    async get(k: string): Promise<string | undefined> {
      if (!shared.ready()) return undefined;
      try {
        return (await shared.client.get(key(k))) ?? undefined;
      } catch {
        return undefined;
      }
    },
    async set(k: string, value: string, options?: { ttl?: number | null }): Promise<void> {
      if (!shared.ready()) return;
      try {
        // Queries are small and few; a day without use lets stale ones go.
        const ttl = options?.ttl ?? 86_400;
        await shared.client.set(key(k), value, 'EX', Math.max(1, Math.round(ttl)));
      } catch {
        // a miss next time
      }
    },
    async delete(k: string): Promise<boolean> {
      try {
        return (await shared.client.del(key(k))) > 0;
      } catch {
        return false;
      }
    },
  };
}
