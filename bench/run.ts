import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../src/config.ts';
import { DEFAULT_SEED } from './load.ts';
import { byId, mutationMix, nearby, stats, textSearch, topicBrowse } from './ops.ts';
import { fmt, table, writeSection } from './report.ts';
import { runScenario, type ScenarioOptions, type ScenarioResult } from './scenario.ts';
import { configuredTarget } from './session.ts';
import { pgliteTarget, postgresTarget, sizeLabel } from './target.ts';

// `npm run bench [-- --size N --duration S --connections C --seed N]`: the fixed operations against the
// configured database (DATABASE_URL, else embedded PGlite under bench/.data).
// `npm run bench -- --growth [--with-1m]`: nearby and text search at 10k, 100k (and 1M), each in its own database.
// `npm run bench -- --replica [--size N]`: read throughput of 1 instance vs 1 and 2 instances with a streaming
// replica, on a throwaway primary and replica of its own (bench/replica.ts; 20,000 listings unless --size).

const { values: flags } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    duration: { type: 'string', default: '12' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    growth: { type: 'boolean', default: false },
    'with-1m': { type: 'boolean', default: false },
    replica: { type: 'boolean', default: false },
    import: { type: 'boolean', default: false },
    records: { type: 'string', default: '10000' },
    profile: { type: 'boolean', default: false },
    // Only these operations (comma-separated names, e.g. --only nearby,"text search"): quicker when working on one.
    only: { type: 'string' },
    operation: { type: 'string', default: 'nearby' },
  },
});

function positive(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    process.stderr.write(`--${name} must be a positive integer\n`);
    process.exit(2);
  }
  return n;
}

const config = loadConfigOrExit();
const base: ScenarioOptions = {
  size: positive('size', flags.size),
  seed: positive('seed', flags.seed),
  duration: positive('duration', flags.duration),
  connections: positive('connections', flags.connections),
  warmSeconds: Number(flags.warmup) || 0,
};

function printOperations(title: string, r: ScenarioResult) {
  console.log(
    `\n${title}: ${r.database} (${r.target}), ${r.listingsInDatabase} listings, ${r.connections} connections × ${r.durationSeconds} s, idle server RSS ${r.serverRssIdleMb ?? '-'} MB`,
  );
  console.log(
    table(
      [
        'operation',
        '1-client p50 ms',
        'req/s',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'errors',
        'SQL/req',
        'CPU ms/req',
        'RSS peak MB',
        'floor req/s',
        'floor p50',
        'floor p99',
        'server/floor req/s',
        'server/floor p50',
      ],
      r.operations.map((o) =>
        o.status !== 'ok' || !o.server
          ? [o.operation, 'n/a', '', '', '', '', '', '', '', '', '', '', '', '', o.reason?.slice(0, 60) ?? '']
          : [
              o.operation,
              fmt(o.single?.p50),
              fmt(o.server.rps, 0),
              fmt(o.server.p50),
              fmt(o.server.p95),
              fmt(o.server.p99),
              o.server.errors,
              fmt(o.sqlPerRequest),
              fmt(o.server.cpuMsPerRequest ?? undefined),
              o.server.rssPeakMb,
              fmt(o.floor?.rps, 0),
              fmt(o.floor?.p50),
              fmt(o.floor?.p99),
              fmt(o.ratio?.rps, 2),
              fmt(o.ratio?.p50, 2),
            ],
      ),
    ),
  );
}

async function main() {
  if (flags.replica) {
    const { replicaBench } = await import('./replica.ts');
    const sizeGiven = process.argv.some((a) => a === '--size' || a.startsWith('--size='));
    return replicaBench({ ...base, size: sizeGiven ? base.size : 20_000 });
  }
  const kind = config.databaseUrl ? 'postgres' : 'pglite';
  if (flags.profile) {
    // `npm run bench -- --profile [--operation NAME]`: where the server's CPU goes for one operation.
    const { printProfile, profileOperation } = await import('./profile.ts');
    const ops = (peerGroupId: string) => [nearby(), textSearch(), topicBrowse(), byId(peerGroupId), stats()];
    const names = ops('').map((o) => o.name);
    if (!names.includes(flags.operation)) {
      process.stderr.write(`--operation must be one of: ${names.join(', ')}\n`);
      process.exit(2);
    }
    const result = await profileOperation(configuredTarget(config, base.size), base, (ctx) =>
      ops(ctx.peerGroupId).find((o) => o.name === flags.operation)!,
    );
    printProfile(flags.operation, result);
    return;
  }
  if (flags.import) {
    // Feed import speed against a raw batched INSERT (feeds issue): `npm run bench -- --import [--records N]`.
    const { runImportBench } = await import('./import.ts');
    const result = await runImportBench(config, positive('records', flags.records));
    console.log(`\nwrote ${writeSection('results.json', kind, 'import', result)}`);
    return;
  }
  if (!flags.growth) {
    const only = flags.only?.split(',').map((s) => s.trim());
    const result = await runScenario(configuredTarget(config, base.size), base, (ctx) =>
      [nearby(), textSearch(), topicBrowse(), byId(ctx.peerGroupId), stats(), mutationMix(() => ctx.ownIds)].filter(
        (op) => !only || only.includes(op.name),
      ),
    );
    printOperations('bench', result);
    // A partial run is for working on one operation: it does not replace the recorded full run.
    if (!only) console.log(`\nwrote ${writeSection('results.json', kind, 'bench', result)}`);
    return;
  }
  const sizes = [10_000, 100_000, ...(flags['with-1m'] ? [1_000_000] : [])];
  const series: ScenarioResult[] = [];
  for (const size of sizes) {
    const label = sizeLabel(size);
    const target = config.databaseUrl
      ? postgresTarget(config.databaseUrl, `peer_atlas_bench_${label}`)
      : pgliteTarget(label);
    const result = await runScenario(target, { ...base, size }, () => [nearby(), textSearch()]);
    series.push(result);
    printOperations(`growth ${label}`, result);
  }
  console.log('\ngrowth (nearby: 20 hits within 25 km; text search: "hearing voices", 20 hits)');
  console.log(
    table(
      [
        'size',
        'operation',
        'listings',
        'load s',
        '1-client p50 ms',
        'req/s',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'errors',
        'SQL/req',
        'CPU ms/req',
        'floor req/s',
        'floor p50',
        'server/floor req/s',
      ],
      series.flatMap((r) =>
        r.operations.map((o) => [
          sizeLabel(r.size),
          o.operation,
          r.listingsInDatabase,
          r.loadSeconds ?? 'reused',
          fmt(o.single?.p50),
          fmt(o.server?.rps, 0),
          fmt(o.server?.p50),
          fmt(o.server?.p95),
          fmt(o.server?.p99),
          o.server?.errors ?? '-',
          fmt(o.sqlPerRequest),
          fmt(o.server?.cpuMsPerRequest ?? undefined),
          fmt(o.floor?.rps, 0),
          fmt(o.floor?.p50),
          fmt(o.ratio?.rps, 2),
        ]),
      ),
    ),
  );
  console.log(`\nwrote ${writeSection('results.json', kind, 'growth', series)}`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
