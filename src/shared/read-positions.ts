import { maxLsn, type Lsn } from '../db/lsn.ts';
import type { SharedStore } from './redis.ts';

/**
 * Read-your-writes positions: the primary's WAL position after a caller's last write, so that its next read, on
 * any instance, goes to a replica only once that replica has replayed it. Per key, in Redis when there is one
 * (every instance sees it) and always in this instance's memory too (the instance that took the write knows it
 * even while Redis is away). Callers without a key carry the position themselves (Peer-Atlas-Read-After).
 *
 * The fleet-wide floor is the same for everyone: moderation (a takedown, a review) raises it, and no instance
 * reads from a replica that has not replayed it. Instances poll it from Redis every FLOOR_POLL_MS, so a takedown
 * shows on every instance within that time rather than after the replica's lag.
 */
export interface ReadPositions {
  /** The position this key's reads need; 'unknown' when Redis could not say (read on the primary then). */
  forKey(keyId: string): Promise<Lsn | null | 'unknown'>;
  /** Records a write at lsn by this key (null: a caller without one); fleetWide raises the floor for everyone. */
  wrote(keyId: string | null, lsn: Lsn, fleetWide: boolean): Promise<void>;
  floor(): Lsn | null;
  close(): void;
}

const MEMORY_KEYS = 10_000;
export const FLOOR_POLL_MS = 200;

// Positions are kept as 16 hex digits, so that Redis compares them as strings in the right order.
const pad = (lsn: Lsn) => lsn.toString(16).padStart(16, '0');
const unpad = (text: string | null): Lsn | null => (text && /^[0-9a-f]{16}$/.test(text) ? BigInt(`0x${text}`) : null);
const RAISE = `local cur = redis.call('GET', KEYS[1])
if (not cur) or cur < ARGV[1] then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) else redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 1`;

export function createReadPositions(opts: { shared?: SharedStore | undefined; ttlMs: number }): ReadPositions {
  const memory = new Map<string, { lsn: Lsn; until: number }>();
  let localFloor: Lsn | null = null;
  let sharedFloor: Lsn | null = null;
  const shared = opts.shared;
  const floorKey = shared ? `${shared.prefix}ryw:floor` : '';

  const remember = (keyId: string, lsn: Lsn) => {
    const before = memory.get(keyId);
    memory.delete(keyId); // re-inserted last: the Map's order is then oldest-used first
    memory.set(keyId, { lsn: maxLsn(before?.lsn, lsn)!, until: Date.now() + opts.ttlMs });
    while (memory.size > MEMORY_KEYS) memory.delete(memory.keys().next().value!);
  };
  const recalled = (keyId: string): Lsn | null => {
    const m = memory.get(keyId);
    if (!m) return null;
    if (m.until < Date.now()) {
      memory.delete(keyId);
      return null;
    }
    return m.lsn;
  };

  let timer: NodeJS.Timeout | undefined;
  if (shared) {
    timer = setInterval(() => {
      if (!shared.ready()) return;
      shared.client.get(floorKey).then(
        (v) => {
          sharedFloor = maxLsn(sharedFloor, unpad(v));
        },
        () => {},
      );
    }, FLOOR_POLL_MS);
    timer.unref();
  }

  return {
    async forKey(keyId) {
      const local = recalled(keyId);
      if (!shared) return local;
      try {
        if (!shared.ready()) return 'unknown';
        return maxLsn(local, unpad(await shared.client.get(`${shared.prefix}ryw:key:${keyId}`)));
      } catch {
        return 'unknown';
      }
    },
    async wrote(keyId, lsn, fleetWide) {
      if (keyId) remember(keyId, lsn);
      if (fleetWide) localFloor = maxLsn(localFloor, lsn);
      if (!shared || !shared.ready()) return;
      const writes: Array<Promise<unknown>> = [];
      if (keyId)
        writes.push(shared.client.eval(RAISE, 1, `${shared.prefix}ryw:key:${keyId}`, pad(lsn), String(opts.ttlMs)));
      if (fleetWide)
        writes.push(shared.client.eval(RAISE, 1, floorKey, pad(lsn), String(Math.max(opts.ttlMs, 600_000))));
      // Lost while Redis is away: other instances then read this key from a replica that may not have the write yet
      // for at most the replica's lag. The writing instance itself still remembers it.
      await Promise.allSettled(writes);
    },
    floor: () => maxLsn(localFloor, sharedFloor),
    close: () => clearInterval(timer),
  };
}
