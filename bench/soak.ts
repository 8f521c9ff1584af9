import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cities } from '../db/seeds/cities.ts';
import { loadConfigOrExit } from '../src/config.ts';
import { encodeId } from '../src/shared/ids.ts';
import { freePort, rssMb, startServer } from './child.ts';
import { DEFAULT_SEED, sampleListingIds } from './load.ts';
import { drive } from './measure.ts';
import { readMix } from './ops.ts';
import { fmt, machine, table } from './report.ts';
import { configuredTarget, prepare } from './session.ts';
import { benchRoot, serverEnv } from './target.ts';

// `npm run soak [-- --minutes 5 --size N --connections 4 --rate R --tolerance 10]`: a bounded, steady mix of
// public reads against a child server on loopback, sampling its RSS every 10 s. Reports server errors and
// whether memory stays flat: the median RSS of the last minute at most `tolerance` % above the median of the
// minute after warm-up (the first minute, or the first fifth of a shorter run). Writes bench/soak.json.

const { values: flags } = parseArgs({
  options: {
    minutes: { type: 'string', default: '5' },
    size: { type: 'string', default: '100000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    connections: { type: 'string', default: '4' },
    rate: { type: 'string', default: '0' },
    tolerance: { type: 'string', default: '10' },
    'sample-seconds': { type: 'string', default: '10' },
  },
});

const num = (name: string, v: string | undefined, min: number) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < min) {
    process.stderr.write(`--${name} must be a number ≥ ${min}\n`);
    process.exit(2);
  }
  return n;
};

const median = (xs: Array<{ rssMb: number }>) => {
  const sorted = xs.map((x) => x.rssMb).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

const config = loadConfigOrExit();
const minutes = num('minutes', flags.minutes, 0.1);
const size = num('size', flags.size, 1);
const seed = num('seed', flags.seed, 0);
const connections = num('connections', flags.connections, 1);
const rate = num('rate', flags.rate, 0);
const tolerance = num('tolerance', flags.tolerance, 0);
const sampleSeconds = num('sample-seconds', flags['sample-seconds'], 1);

async function main() {
  // Other work on the machine skews latency; say how busy it was.
  const loadAverage = os.loadavg().map((x) => Math.round(x * 100) / 100);
  const target = configuredTarget(config, size);
  const prepared = await prepare(target, size, seed);
  const ids = (await sampleListingIds(prepared.database.db, prepared.dataset, 300)).map((id) =>
    encodeId('Resource', id),
  );
  await prepared.database.close();

  const server = await startServer(serverEnv(target, await freePort()));
  const seconds = Math.round(minutes * 60);
  const warmSeconds = Math.min(60, seconds / 5);
  const samples: Array<{ second: number; rssMb: number }> = [];
  const started = Date.now();
  const sample = () => {
    const rss = rssMb(server.pid);
    if (rss !== null)
      samples.push({ second: Math.round((Date.now() - started) / 1000), rssMb: Math.round(rss * 10) / 10 });
  };
  sample();
  const timer = setInterval(() => {
    sample();
    const last = samples.at(-1);
    process.stderr.write(`  ${last?.second ?? '?'} s: RSS ${last?.rssMb ?? '?'} MB\n`);
  }, sampleSeconds * 1000);
  process.stderr.write(
    `soak: ${seconds} s, ${connections} connections${rate ? `, ${rate} req/s` : ''}, server pid ${server.pid}\n`,
  );
  let result;
  let settleSeconds;
  try {
    result = await drive(server.url, readMix(cities, ids), {}, connections, seconds, rate || undefined);
    sample();
    // Requests still running when the load stopped finish before the shutdown, which must not time out.
    settleSeconds = await server.settle();
  } finally {
    clearInterval(timer);
    await server.stop();
  }

  // Medians over a window, not single samples: RSS moves by tens of MB with garbage collection.
  const windowSeconds = Math.max(sampleSeconds * 3, Math.min(60, seconds / 5));
  const warmWindow = samples.filter((s) => s.second >= warmSeconds && s.second < warmSeconds + windowSeconds);
  const endWindow = samples.filter((s) => s.second > seconds - windowSeconds);
  const afterWarmup = { rssMb: median(warmWindow.length ? warmWindow : samples) };
  const end = { rssMb: median(endWindow.length ? endWindow : samples.slice(-1)) };
  const growthPercent = Math.round(((end.rssMb - afterWarmup.rssMb) / afterWarmup.rssMb) * 1000) / 10;
  const report = {
    machine: machine(),
    database: target.kind,
    target: target.kind === 'postgres' ? target.label : target.dataDir,
    date: new Date().toISOString(),
    loadAverage,
    size,
    listingsInDatabase: prepared.listings,
    seconds,
    connections,
    rate: rate || null,
    requests: result.requests,
    rps: result.rps,
    latencyMs: { p50: result.p50, p95: result.p95, p99: result.p99 },
    errors: {
      total: result.errors,
      non2xx: result.non2xx,
      graphql: result.graphqlErrors,
      socket: result.socketErrors,
      samples: result.failures,
    },
    serverErrorLogs: server.errorLines(),
    settleSecondsAfterLoad: settleSeconds,
    memory: {
      warmupSeconds: warmSeconds,
      windowSeconds,
      rssAfterWarmupMb: afterWarmup.rssMb,
      rssEndMb: end.rssMb,
      rssPeakMb: Math.max(...samples.map((s) => s.rssMb)),
      growthPercent,
      tolerancePercent: tolerance,
      // Only growth counts against flatness: RSS falling back after a warm-up peak is no leak.
      flat: growthPercent <= tolerance,
      samples,
    },
  };
  const file = path.join(benchRoot, 'soak.json');
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  console.log(
    '\n' +
      table(
        [
          'soak',
          'requests',
          'req/s',
          'p50 ms',
          'p95 ms',
          'p99 ms',
          'errors',
          'error logs',
          'RSS warm MB',
          'RSS end MB',
          'RSS peak MB',
          'growth %',
          'flat',
        ],
        [
          [
            `${target.kind} ${seconds} s`,
            result.requests,
            fmt(result.rps, 0),
            fmt(result.p50),
            fmt(result.p95),
            fmt(result.p99),
            result.errors,
            report.serverErrorLogs.count,
            afterWarmup.rssMb,
            end.rssMb,
            report.memory.rssPeakMb,
            growthPercent,
            report.memory.flat ? 'yes' : 'NO',
          ],
        ],
      ),
  );
  console.log(`\nwrote ${file}`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`soak failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
