import { Redis } from 'ioredis';

/**
 * The scale tests build clusters and start several servers: CI runs them in its PostgreSQL pass
 * (REQUIRE_SCALE_TESTS=1, set by .ci/run), where a missing prerequisite fails the run instead of skipping.
 * Elsewhere they skip with the reason printed.
 */
export async function scaleTestsGate(opts: {
  needsCluster: boolean;
  redisUrl?: string;
  canRunCluster?: () => boolean;
  redisServer?: boolean;
}): Promise<{ run: boolean; reason: string }> {
  const required = process.env.REQUIRE_SCALE_TESTS === '1';
  if (!required) {
    const reason = 'REQUIRE_SCALE_TESTS=1 (set by .ci/run in the PostgreSQL pass)';
    console.info(`scale tests skipped: they run with ${reason}`);
    return { run: false, reason };
  }
  const missing: string[] = [];
  if (opts.needsCluster && !opts.canRunCluster?.())
    missing.push('PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup)');
  if (opts.redisUrl && !(await redisAnswers(opts.redisUrl)))
    missing.push(`Redis at ${opts.redisUrl} (start it: redis-server --daemonize yes)`);
  if (missing.length) throw new Error(`REQUIRE_SCALE_TESTS=1 but missing: ${missing.join('; ')}`);
  return { run: true, reason: '' };
}

async function redisAnswers(url: string): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 2_000,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}
