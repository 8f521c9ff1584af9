import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLsn } from '../../src/db/lsn.ts';
import { createLogger } from '../../src/logger.ts';
import { persistedQueryCache } from '../../src/shared/persisted-queries.ts';
import { createLimits, type Limits } from '../../src/shared/rate-limit.ts';
import { createReadPositions } from '../../src/shared/read-positions.ts';
import { connectRedis, type SharedStore } from '../../src/shared/redis.ts';
import { waitFor } from '../helpers/child-server.ts';
import { freePort } from '../helpers/cluster.ts';
import { scaleTestsGate } from './gate.ts';

// Shared state while Redis comes and goes, on a Redis of this test's own (the machine's is shared and must not be
// stopped): two "instances" (each its own connection and limiter) share a limit while Redis is up; with Redis
// gone they keep answering at once, each limiting in its own memory, with a warning; back, they share again.

const REDIS_SERVER = '/usr/bin/redis-server';
const gate = await scaleTestsGate({ needsCluster: false });
if (gate.run && !existsSync(REDIS_SERVER)) throw new Error(`REQUIRE_SCALE_TESTS=1 but ${REDIS_SERVER} is missing`);
const LIMIT = 5;

let port: number;
let redis: ChildProcess | undefined;
const logs: string[] = [];
const log = createLogger('info', { write: (line: string) => void logs.push(line) });
let one: SharedStore;
let two: SharedStore;
let limitsOne: Limits;
let limitsTwo: Limits;

async function startRedis() {
  redis = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
}

/** Charges n mutations to a key; returns how many were allowed and the slowest call. */
async function charge(limits: Limits, key: string, n: number) {
  let allowed = 0;
  let slowest = 0;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    try {
      await limits.mutation(key);
      allowed++;
    } catch (err) {
      expect((err as { extensions?: { code?: string } }).extensions?.code).toBe('RATE_LIMITED');
    }
    slowest = Math.max(slowest, performance.now() - t);
  }
  return { allowed, slowest };
}

describe.skipIf(!gate.run)('shared state while Redis comes and goes', () => {
  beforeAll(async () => {
    port = await freePort();
    await startRedis();
    const url = `redis://127.0.0.1:${port}`;
    one = connectRedis(url, 'fallback-test:', log);
    two = connectRedis(url, 'fallback-test:', log);
    await waitFor('Redis', async () => one.ready() && two.ready(), 10_000, 50);
    limitsOne = createLimits({ mutationsPerMinute: LIMIT, requestsPerMinute: 1000, shared: one });
    limitsTwo = createLimits({ mutationsPerMinute: LIMIT, requestsPerMinute: 1000, shared: two });
  });

  afterAll(async () => {
    await one?.close();
    await two?.close();
    redis?.kill('SIGKILL');
  });

  it('shares a limit, positions and persisted queries while Redis is up', async () => {
    const first = await charge(limitsOne, 'k1', 3);
    const second = await charge(limitsTwo, 'k1', 5);
    expect(first.allowed + second.allowed).toBe(LIMIT);

    const p1 = createReadPositions({ shared: one, ttlMs: 60_000 });
    const p2 = createReadPositions({ shared: two, ttlMs: 60_000 });
    await p1.wrote('k1', parseLsn('1/A0')!, false);
    await p1.wrote('k1', parseLsn('0/FF')!, false); // an older position never lowers a newer one
    expect(await p2.forKey('k1')).toBe(parseLsn('1/A0'));
    expect(await p2.forKey('k2')).toBeNull();
    await p1.wrote('mod', parseLsn('2/0')!, true);
    await waitFor('the floor to reach the other instance', async () => p2.floor() === parseLsn('2/0'), 1_000, 20);
    p1.close();
    p2.close();

    await persistedQueryCache(one).set('h1', '{ __typename }');
    expect(await persistedQueryCache(two).get('h1')).toBe('{ __typename }');
  });

  it('keeps serving with per-instance limits and a warning while Redis is down, and shares again once back', async () => {
    redis!.kill('SIGKILL');
    await waitFor('both connections to notice', async () => !one.ready() && !two.ready(), 10_000, 50);
    const a = await charge(limitsOne, 'k3', LIMIT + 2);
    const b = await charge(limitsTwo, 'k3', LIMIT + 2);
    // Each instance limits on its own: the fleet allows up to N times the limit rather than refusing everyone.
    expect(a.allowed).toBe(LIMIT);
    expect(b.allowed).toBe(LIMIT);
    // Nothing waits for Redis.
    expect(Math.max(a.slowest, b.slowest)).toBeLessThan(100);
    expect(logs.some((l) => /Redis unavailable/.test(l))).toBe(true);

    const positions = createReadPositions({ shared: two, ttlMs: 60_000 });
    // Unknown, not "none": the router then reads this key on the primary.
    expect(await positions.forKey('k1')).toBe('unknown');
    positions.close();
    expect(await persistedQueryCache(two).get('h1')).toBeUndefined();

    await startRedis();
    await waitFor('both connections to come back', async () => one.ready() && two.ready(), 15_000, 50);
    expect(logs.some((l) => /Redis is back/.test(l))).toBe(true);
    const again1 = await charge(limitsOne, 'k4', 4);
    const again2 = await charge(limitsTwo, 'k4', 4);
    expect(again1.allowed + again2.allowed).toBe(LIMIT);
  }, 40_000);
});
