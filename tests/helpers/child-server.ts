import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './cluster.ts';
import type { GraphQLResponse } from './server.ts';

// The real server (src/main.ts) as a child process, so that a crash shows as the child exiting and signals are
// real signals. Started as `node --import tsx src/main.ts`: the same code as `npm start`, in one process
// (no npm or tsx wrapper in between that would relay signals and exit codes).

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface TimedResponse<T = any> extends Partial<GraphQLResponse<T>> {
  ms: number;
  /** Set when no HTTP response came at all (refused, reset, or our own timeout). */
  failure?: string;
}

export interface ServerChild {
  url: string;
  child: ChildProcess;
  exited: Promise<Exit>;
  /** null while it runs. */
  exit(): Exit | null;
  output(): string;
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    key?: string,
    timeoutMs?: number,
  ): Promise<TimedResponse<T>>;
  get(
    pathname: string,
    timeoutMs?: number,
  ): Promise<{ status: number; ms: number } | { status: null; ms: number; failure: string }>;
  /** Sends the signal and waits (bounded) for the exit. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<Exit & { ms: number }>;
}

export async function startServerChild(env: Record<string, string>, readyTimeoutMs = 90_000): Promise<ServerChild> {
  const port = await freePort();
  const base = { ...process.env };
  // The child's database is what the test says, never the suite's.
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'SEED_DEMO', 'NODE_OPTIONS']) delete base[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...base, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exit: Exit | null = null;
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => {
      live.delete(child);
      exit = { code, signal };
      resolve(exit);
    });
  });
  const url = `http://127.0.0.1:${port}`;

  const get: ServerChild['get'] = async (pathname, timeoutMs = 10_000) => {
    const started = performance.now();
    try {
      const res = await fetch(url + pathname, { signal: AbortSignal.timeout(timeoutMs) });
      await res.arrayBuffer();
      return { status: res.status, ms: performance.now() - started };
    } catch (err) {
      return { status: null, ms: performance.now() - started, failure: (err as Error).message };
    }
  };

  const server: ServerChild = {
    url,
    child,
    exited,
    exit: () => exit,
    output: () => out,
    get,
    async gql(query, variables, key, timeoutMs = 15_000) {
      const started = performance.now();
      try {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const body = (await res.json()) as { data?: any; errors?: GraphQLResponse['errors'] };
        return {
          status: res.status,
          data: body.data,
          errors: body.errors,
          headers: res.headers,
          ms: performance.now() - started,
        };
      } catch (err) {
        return { ms: performance.now() - started, failure: (err as Error).message };
      }
    },
    async stop(signal = 'SIGTERM', timeoutMs = 20_000) {
      const started = performance.now();
      if (exit) return { ...exit, ms: 0 };
      child.kill(signal);
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), timeoutMs);
      });
      const result = await Promise.race([exited, timedOut]);
      clearTimeout(timer);
      if (!result) {
        child.kill('SIGKILL');
        throw new Error(`server did not exit within ${timeoutMs} ms of ${signal}\n${out}`);
      }
      return { ...result, ms: performance.now() - started };
    },
  };

  // Ready when /healthz answers; a child that exits first failed to start.
  const deadline = Date.now() + readyTimeoutMs;
  while (Date.now() < deadline) {
    if (exit) throw new Error(`server exited during start (${JSON.stringify(exit)})\n${out}`);
    if ((await get('/healthz', 2_000)).status === 200) return server;
    await sleep(150);
  }
  child.kill('SIGKILL');
  throw new Error(`server not listening within ${readyTimeoutMs} ms\n${out}`);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until check() is true; returns the time it took, or throws after timeoutMs. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
  everyMs = 200,
): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await check()) return performance.now() - started;
    await sleep(everyMs);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
