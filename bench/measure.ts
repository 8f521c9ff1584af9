import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import type { Database } from '../src/db/database.ts';
import { createLogger } from '../src/logger.ts';
import { createApp } from '../src/server.ts';
import type { Operation } from './ops.ts';

// The three measurements of an operation: what SQL one request sends (in-process app + database.observe),
// the floor (that SQL replayed straight through the driver at the same concurrency) and the server itself
// (autocannon against the child process).

export interface Statement {
  sql: string;
  parameters: readonly unknown[];
  /** libpq options of the session the server ran it on (a nearest-first page), to replay it the same way. */
  options?: string;
}

export interface Latency {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

export function summarize(latenciesMs: number[], seconds: number): Latency {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    requests: sorted.length,
    seconds: round(seconds),
    rps: round(sorted.length / seconds),
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
  };
}

export interface InProcessApp {
  url: string;
  /** Runs fn and returns the statements the database received meanwhile (use with one request in flight). */
  capture<T>(fn: () => Promise<T>): Promise<{ result: T; statements: Statement[] }>;
  close(): Promise<void>;
}

/** The real app on a loopback port inside this process, over the bench's own database handle. */
export async function startInProcess(database: Database, env: Record<string, string>): Promise<InProcessApp> {
  let sink: Statement[] | null = null;
  database.observe((event, session) =>
    sink?.push({
      sql: event.query.sql,
      parameters: event.query.parameters,
      ...(session ? { options: session.options } : {}),
    }),
  );
  const config = loadConfig({ ...env, LOG_LEVEL: 'silent' });
  const { app, apollo } = await createApp({ config, database, log: createLogger('silent') });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async capture(fn) {
      const statements: Statement[] = [];
      sink = statements;
      try {
        return { result: await fn(), statements };
      } finally {
        sink = null;
      }
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}

export async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: res.status, body: await res.text() };
}

export type FloorTarget = { kind: 'postgres'; databaseUrl: string } | { kind: 'pglite'; client: PGlite };

/**
 * Replays each request's statements (round robin over `units`) with `connections` concurrent clients for
 * `seconds`. One unit is one request: its statements run in order on one connection, as the server ran them.
 * PGlite has a single session, so there whole units take turns (a transaction must not interleave).
 */
export async function floor(
  target: FloorTarget,
  units: Statement[][],
  connections: number,
  seconds: number,
): Promise<Latency & { errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let turn: Promise<void> = Promise.resolve();
  const clients: Array<(s: Statement) => Promise<unknown>> = [];
  const pgClients: pg.Client[] = [];
  if (target.kind === 'postgres') {
    // Each worker has a connection per kind of session the statements ran on (plain, nearest-first pages).
    const sessions = [...new Set(units.flat().map((s) => s.options ?? ''))];
    for (let i = 0; i < connections; i++) {
      const bySession = new Map<string, pg.Client>();
      for (const options of sessions) {
        const c = new pg.Client({
          connectionString: target.databaseUrl,
          application_name: 'peer-atlas-bench-floor',
          ...(options ? { options } : {}),
        });
        await c.connect();
        pgClients.push(c);
        bySession.set(options, c);
      }
      clients.push((s) => bySession.get(s.options ?? '')!.query(s.sql, [...s.parameters]));
    }
  } else {
    for (let i = 0; i < connections; i++) clients.push((s) => target.client.query(s.sql, [...s.parameters]));
  }
  const runUnit = async (exec: (s: Statement) => Promise<unknown>, unit: Statement[]) => {
    for (const s of unit) {
      try {
        await exec(s);
      } catch {
        errors++;
      }
    }
  };
  const started = performance.now();
  const deadline = started + seconds * 1000;
  try {
    await Promise.all(
      clients.map(async (exec, w) => {
        for (let i = w; performance.now() < deadline; i++) {
          const unit = units[i % units.length]!;
          const t0 = performance.now();
          if (target.kind === 'pglite') {
            const mine = turn.then(() => runUnit(exec, unit));
            turn = mine;
            await mine;
          } else {
            await runUnit(exec, unit);
          }
          latencies.push(performance.now() - t0);
        }
      }),
    );
  } finally {
    await Promise.all(pgClients.map((c) => c.end()));
  }
  return { ...summarize(latencies, (performance.now() - started) / 1000), errors };
}

export interface DriveResult extends Latency {
  /** Responses that were not a clean success: non-2xx or GraphQL errors/userErrors in the body, socket errors, timeouts. */
  errors: number;
  non2xx: number;
  graphqlErrors: number;
  socketErrors: number;
  /** The first few failed response bodies (truncated), to say what went wrong. */
  failures: string[];
}

/** autocannon against a server: `connections` keep-alive connections for `seconds`. */
export function drive(
  url: string,
  op: Operation,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
  overallRate?: number,
): Promise<DriveResult> {
  const latencies: number[] = [];
  const failures: string[] = [];
  const allHeaders = { 'content-type': 'application/json', ...headers };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        connections,
        duration: seconds,
        timeout: 10,
        ...(overallRate ? { overallRate } : {}),
        requests: [
          {
            method: 'POST',
            path: '/graphql',
            headers: allHeaders,
            setupRequest: (req) => ({ ...req, body: op.next() }),
          },
        ],
        verifyBody: (body) => {
          const ok = op.ok(body);
          if (!ok && failures.length < 5) failures.push(body.slice(0, 300));
          return ok;
        },
      },
      (err, result) => {
        if (err) return reject(err);
        const socketErrors = result.errors + result.timeouts;
        resolve({
          ...summarize(latencies, result.duration),
          // A non-2xx GraphQL response also carries "errors" (a mismatch), so the larger of the two counts it once.
          errors: Math.max(result.mismatches, result.non2xx) + socketErrors,
          non2xx: result.non2xx,
          graphqlErrors: result.mismatches,
          socketErrors,
          failures,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
      latencies.push(responseTime),
    );
  });
}
