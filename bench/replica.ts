import os from 'node:os';
import pg from 'pg';
import { cities } from '../db/seeds/cities.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrator.ts';
import { encodeId } from '../src/shared/ids.ts';
import { createCluster, type Cluster } from '../tests/helpers/cluster.ts';
import { freePort, startServer, type ChildServer } from './child.ts';
import { ensureDataset, sampleListingIds } from './load.ts';
import { drive, type DriveResult } from './measure.ts';
import { readMix } from './ops.ts';
import { fmt, machine, table, writeSection } from './report.ts';

// `npm run bench -- --replica [--size N --duration S --connections C]`: public read throughput of
// 1. one instance on the primary alone, 2. one instance with a streaming replica, 3. two instances with the
// replica, the load split evenly between them (what a load balancer does). It builds its own primary (initdb)
// and replica (pg_basebackup) on loopback, so the machine's PostgreSQL is untouched. Everything (load
// generator, instances, both databases) shares this machine's cores: the numbers say what the routing costs
// and whether a second instance helps here, not what separate machines would do.

export interface ReplicaBenchOptions {
  size: number;
  seed: number;
  duration: number;
  connections: number;
  warmSeconds: number;
}

interface Row {
  setup: string;
  instances: number;
  replica: boolean;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  perInstanceRps: number[];
  readsOnReplicaShare: number | null;
}

async function statementsByDatabase(url: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const out: Record<string, number> = {};
  for (const m of text.matchAll(/^peer_atlas_db_statements_total\{database="(\w+)"\} (\d+)/gm))
    out[m[1]!] = Number(m[2]);
  return out;
}

export async function replicaBench(opts: ReplicaBenchOptions): Promise<void> {
  const loadAverage = os.loadavg().map((x) => Math.round(x * 100) / 100);
  let primary: Cluster | undefined;
  let replica: Cluster | undefined;
  const servers: ChildServer[] = [];
  const cleanUp = () => {
    replica?.destroySync();
    primary?.destroySync();
  };
  process.once('exit', cleanUp);
  try {
    // Settings of a small dedicated server rather than initdb's minimums.
    primary = await createCluster({ options: '-c shared_buffers=256MB -c max_wal_size=2GB' });
    await primary.start();
    const admin = new pg.Client({ connectionString: primary.url() });
    await admin.connect();
    await admin.query('create database peer_atlas');
    await admin.end();
    const url = primary.url('peer_atlas');
    const database = await openDatabase({ databaseUrl: url, poolMax: 4 });
    process.stderr.write(`replica bench: loading ${opts.size} listings into a throwaway primary\n`);
    await migrateToLatest(database.maintenanceDb);
    const dataset = await ensureDataset(database.maintenanceDb, { size: opts.size, seed: opts.seed, parallel: 2 });
    const ids = (await sampleListingIds(database.db, dataset, 300)).map((id) => encodeId('Resource', id));
    await database.close();
    replica = await createCluster({ replicaOf: primary, options: '-c shared_buffers=256MB' });
    await replica.start();
    const replicaUrl = replica.url('peer_atlas');

    const op = () =>
      readMix(
        cities.map((c) => ({ lat: c.lat, lng: c.lng })),
        ids,
      );
    const env = async (withReplica: boolean): Promise<Record<string, string>> => ({
      PATH: process.env.PATH ?? '',
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_REQUESTS_PER_MINUTE: '100000000',
      DATABASE_URL: url,
      ...(withReplica ? { DATABASE_REPLICA_URLS: replicaUrl } : {}),
    });

    const rows: Row[] = [];
    const setups: Array<{ setup: string; instances: number; replica: boolean }> = [
      { setup: '1 instance, primary only', instances: 1, replica: false },
      { setup: '1 instance + replica', instances: 1, replica: true },
      { setup: '2 instances + replica', instances: 2, replica: true },
    ];
    for (const s of setups) {
      const started: ChildServer[] = [];
      for (let i = 0; i < s.instances; i++) started.push(await startServer(await env(s.replica)));
      servers.push(...started);
      const share = Math.max(1, Math.floor(opts.connections / s.instances));
      if (opts.warmSeconds) await Promise.all(started.map((srv) => drive(srv.url, op(), {}, share, opts.warmSeconds)));
      const before = await Promise.all(started.map((srv) => statementsByDatabase(srv.url)));
      const results: DriveResult[] = await Promise.all(
        started.map((srv) => drive(srv.url, op(), {}, share, opts.duration)),
      );
      const after = await Promise.all(started.map((srv) => statementsByDatabase(srv.url)));
      const sum = (k: string) => after.reduce((n, a, i) => n + (a[k] ?? 0) - (before[i]![k] ?? 0), 0);
      const onReplica = sum('replica1');
      const total = onReplica + sum('primary');
      // Requests-weighted p50; the worst instance's p99.
      const rps = results.reduce((n, r) => n + r.rps, 0);
      rows.push({
        ...s,
        rps,
        p50: results.reduce((n, r) => n + r.p50 * r.rps, 0) / rps,
        p99: Math.max(...results.map((r) => r.p99)),
        errors: results.reduce((n, r) => n + r.errors, 0),
        perInstanceRps: results.map((r) => Math.round(r.rps)),
        readsOnReplicaShare: s.replica && total ? onReplica / total : null,
      });
      for (const srv of started) await srv.stop();
      servers.length = 0;
    }

    console.log(
      `\nreplica bench: ${opts.size} listings, read mix, ${opts.connections} connections in all × ${opts.duration} s, load average at start ${loadAverage.join(' ')}`,
    );
    console.log(
      table(
        ['setup', 'req/s', 'per instance', 'p50 ms', 'p99 ms', 'errors', 'statements on the replica'],
        rows.map((r) => [
          r.setup,
          fmt(r.rps, 0),
          r.perInstanceRps.join(' + '),
          fmt(r.p50),
          fmt(r.p99),
          r.errors,
          r.readsOnReplicaShare === null ? '-' : `${Math.round(r.readsOnReplicaShare * 100)} %`,
        ]),
      ),
    );
    const base = rows[0]!.rps;
    console.log(
      `\nrelative to one instance on the primary: ${rows.map((r) => `${r.setup} ${fmt(r.rps / base, 2)}×`).join(', ')}`,
    );
    console.log(
      `wrote ${writeSection('results.json', 'postgres', 'replica', { machine: machine(), loadAverage, ...opts, rows })}`,
    );
  } finally {
    for (const srv of servers) await srv.stop().catch(() => {});
    cleanUp();
    process.removeListener('exit', cleanUp);
  }
}
