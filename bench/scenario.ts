import os from 'node:os';
import { encodeId } from '../src/shared/ids.ts';
import { cpuMs, freePort, rssMb, startServer } from './child.ts';
import { sampleListingIds, type Dataset } from './load.ts';
import {
  drive,
  floor,
  post,
  startInProcess,
  type DriveResult,
  type FloorTarget,
  type Latency,
  type Statement,
} from './measure.ts';
import type { Operation } from './ops.ts';
import { authHeaders, prepare, revokeKeys, runKeys, type Prepared, type RunKeys } from './session.ts';
import { serverEnv, type Target } from './target.ts';

// One benchmark scenario: a data set in a target database and a list of operations. Phases, in this order
// because an embedded database has one owner at a time: load → probe in-process (SQL per request and the
// statements to replay) → floor → close → child server under autocannon → stop.

/** Long enough for dozens of sequential requests of even the slowest operation. */
const SINGLE_CLIENT_SECONDS = 4;

export interface ScenarioOptions {
  size: number;
  seed: number;
  duration: number;
  connections: number;
  warmSeconds: number;
}

export interface OperationResult {
  operation: string;
  status: 'ok' | 'n/a';
  reason?: string;
  sqlPerRequest?: number;
  server?: DriveResult & {
    rssPeakMb: number;
    serverErrorLogs: number;
    settleSecondsAfter: number;
    /** The server process's CPU time (user + system) over the loaded run ÷ requests answered. */
    cpuMsPerRequest: number | null;
  };
  /** One client, one request at a time: the latency a single user sees on an otherwise idle server. */
  single?: { p50: number; p95: number; requests: number; errors: number };
  floor?: Latency & { errors: number };
  /** server/floor: throughput (below 1 = the server is slower) and p50 latency (above 1 = slower). */
  ratio?: { rps: number; p50: number };
}

export interface ScenarioResult {
  database: Target['kind'];
  target: string;
  date: string;
  /** 1, 5 and 15 minute load averages when the scenario started: other work on the machine skews results. */
  loadAverage: number[];
  size: number;
  seed: number;
  listingsInDatabase: number;
  loadSeconds: number | null;
  connections: number;
  durationSeconds: number;
  serverRssIdleMb: number | null;
  operations: OperationResult[];
}

/** Everything an operation factory may need from the loaded data. */
export interface OperationContext {
  dataset: Dataset;
  peerGroupId: string;
  /** Ids of listings the bench partner owns (filled while probing the mutation mix). */
  ownIds: string[];
}

function failure(status: number, body: string): string {
  try {
    const json = JSON.parse(body) as {
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
      data?: Record<string, { userErrors?: Array<{ code: string; message: string }> } | null>;
    };
    const e = json.errors?.[0];
    if (e) return `${e.extensions?.code ?? 'ERROR'}: ${e.message}`.slice(0, 200);
    const u = Object.values(json.data ?? {}).find((v) => v?.userErrors?.length)?.userErrors?.[0];
    if (u) return `userError ${u.code}: ${u.message}`.slice(0, 200);
  } catch {
    // not JSON
  }
  return `HTTP ${status}: ${body.slice(0, 120)}`;
}

function collectOwnIds(body: string, into: string[]) {
  try {
    const id = (JSON.parse(body) as { data?: { submitResource?: { resource?: { id?: string } | null } } }).data
      ?.submitResource?.resource?.id;
    if (id && !into.includes(id)) into.push(id);
  } catch {
    // ignore
  }
}

export async function runScenario(
  target: Target,
  opts: ScenarioOptions,
  makeOps: (ctx: OperationContext) => Operation[],
): Promise<ScenarioResult> {
  const loadAverage = os.loadavg().map((x) => Math.round(x * 100) / 100);
  const prepared = await prepare(target, opts.size, opts.seed);
  const { database } = prepared;
  const keys = await runKeys(database.db);
  try {
    return await measureAll(target, opts, makeOps, prepared, keys, loadAverage);
  } finally {
    // After the child server has stopped: an embedded database has one owner at a time.
    await revokeKeys(target, keys.keyIds);
  }
}

async function measureAll(
  target: Target,
  opts: ScenarioOptions,
  makeOps: (ctx: OperationContext) => Operation[],
  prepared: Prepared,
  keys: RunKeys,
  loadAverage: number[],
): Promise<ScenarioResult> {
  const { database, dataset } = prepared;
  const results: OperationResult[] = [];
  const units = new Map<string, Statement[][]>();
  let ops: Operation[];

  try {
    const [peerGroup] = await sampleListingIds(database.db, dataset, 1, 'PEER_GROUP');
    const ctx: OperationContext = { dataset, peerGroupId: encodeId('Resource', peerGroup ?? 1), ownIds: [] };
    ops = makeOps(ctx);
    // Probe: one steady-state request per operation through the real app, counting its statements.
    const app = await startInProcess(database, serverEnv(target, 0));
    try {
      for (const op of ops) {
        const headers = authHeaders(keys, op.auth);
        let reason: string | undefined;
        for (let w = 0; w < op.warm && !reason; w++) {
          const r = await post(app.url, op.next(), headers);
          collectOwnIds(r.body, ctx.ownIds);
          if (w === 0 && (r.status >= 300 || !op.ok(r.body))) reason = failure(r.status, r.body);
        }
        const captured: Statement[][] = [];
        for (let c = 0; c < op.cycle && !reason; c++) {
          const { result, statements } = await app.capture(() => post(app.url, op.next(), headers));
          collectOwnIds(result.body, ctx.ownIds);
          if (result.status >= 300 || !op.ok(result.body)) reason = failure(result.status, result.body);
          captured.push(statements);
        }
        if (reason) {
          process.stderr.write(`  ${op.name}: n/a (${reason})\n`);
          results.push({ operation: op.name, status: 'n/a', reason });
          continue;
        }
        units.set(op.name, captured);
        const perRequest = captured.reduce((n, s) => n + s.length, 0) / captured.length;
        results.push({ operation: op.name, status: 'ok', sqlPerRequest: Math.round(perRequest * 10) / 10 });
      }
    } finally {
      await app.close();
    }

    // Floor: the same statements straight through the driver, same concurrency.
    const floorTarget: FloorTarget =
      target.kind === 'postgres'
        ? { kind: 'postgres', databaseUrl: target.databaseUrl }
        : { kind: 'pglite', client: prepared.pglite! };
    for (const r of results) {
      if (r.status !== 'ok') continue;
      process.stderr.write(`  floor: ${r.operation} (${opts.duration} s)\n`);
      r.floor = await floor(floorTarget, units.get(r.operation)!, opts.connections, opts.duration);
    }
  } finally {
    await database.close();
  }

  // The server as a child process, on the same database.
  const server = await startServer(serverEnv(target, await freePort()));
  const serverRssIdleMb = rssMb(server.pid);
  try {
    for (const op of ops) {
      const r = results.find((x) => x.operation === op.name)!;
      if (r.status !== 'ok') continue;
      const headers = authHeaders(keys, op.auth);
      process.stderr.write(`  server: ${op.name} (${opts.warmSeconds} s warm-up + ${opts.duration} s)\n`);
      if (opts.warmSeconds > 0) {
        await drive(server.url, op, headers, opts.connections, opts.warmSeconds);
        await server.settle();
      }
      const single = await drive(server.url, op, headers, 1, SINGLE_CLIENT_SECONDS);
      r.single = { p50: single.p50, p95: single.p95, requests: single.requests, errors: single.errors };
      const logsBefore = server.errorLines().count;
      const stopRss = server.trackRss();
      const cpuBefore = cpuMs(server.pid);
      const result = await drive(server.url, op, headers, opts.connections, opts.duration);
      const cpuAfter = cpuMs(server.pid);
      const rssPeakMb = Math.round(stopRss());
      const cpuMsPerRequest =
        cpuBefore === null || cpuAfter === null || !result.requests
          ? null
          : Math.round(((cpuAfter - cpuBefore) / result.requests) * 100) / 100;
      const serverErrorLogs = server.errorLines().count - logsBefore;
      const settleSecondsAfter = await server.settle();
      if (settleSecondsAfter > 1)
        process.stderr.write(`    the server needed ${settleSecondsAfter} s to finish abandoned requests\n`);
      r.server = { ...result, rssPeakMb, serverErrorLogs, settleSecondsAfter, cpuMsPerRequest };
      if (r.floor) r.ratio = { rps: round2(result.rps / r.floor.rps), p50: round2(result.p50 / r.floor.p50) };
      if (result.failures[0])
        process.stderr.write(`    ${result.errors} failed, e.g. ${result.failures[0].slice(0, 200)}\n`);
      if (serverErrorLogs)
        process.stderr.write(`    server logged ${serverErrorLogs} errors, e.g. ${server.errorLines().last.at(-1)}\n`);
    }
  } finally {
    await server.stop();
  }

  return {
    database: target.kind,
    target: target.kind === 'postgres' ? target.label : target.dataDir,
    date: new Date().toISOString(),
    loadAverage,
    size: opts.size,
    seed: opts.seed,
    listingsInDatabase: prepared.listings,
    loadSeconds: dataset.loadedNow ? Math.round(dataset.loadMs / 100) / 10 : null,
    connections: opts.connections,
    durationSeconds: opts.duration,
    serverRssIdleMb: serverRssIdleMb === null ? null : Math.round(serverRssIdleMb),
    operations: results,
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
