import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { projectRoot } from './target.ts';

// The server under test runs as a child process (its RSS is then its own), started the way production starts
// it. Every child is killed when the bench exits, however it exits.

const children = new Set<ChildProcess>();
let hooked = false;

function hookExit() {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const c of children) c.kill('SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      process.stderr.write(`\n${signal}: stopping child servers\n`);
      for (const c of children) c.kill('SIGKILL');
      process.exit(130);
    });
  }
}

/** A free port on loopback (the kernel picks; the tiny race with other processes is acceptable here). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resident set size of a process in MB, or null once it is gone. */
export function rssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat (fields 14 and 15, in clock
 * ticks of 10 ms): the server's own CPU, whatever the load generator and the database spend beside it.
 */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after it are counted from its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export interface ChildServer {
  url: string;
  pid: number;
  /** Log lines at level error or fatal so far (pino level ≥ 50), and the last few of them. */
  errorLines(): { count: number; last: string[] };
  /** Samples RSS every intervalMs until the returned function is called; it returns the peak in MB. */
  trackRss(intervalMs?: number): () => number;
  /**
   * Waits until /readyz answers quickly again: requests the load generator gave up on (timeouts) may still
   * be running in the server and must not be billed to the next operation. Returns the seconds waited.
   */
  settle(maxSeconds?: number): Promise<number>;
  stop(): Promise<void>;
}

export async function startServer(
  env: Record<string, string>,
  readyTimeoutMs = 300_000,
  nodeArgs: string[] = [],
): Promise<ChildServer> {
  hookExit();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/main.ts'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const tail: string[] = [];
  const errors: string[] = [];
  let errorCount = 0;
  const onLine = (line: string) => {
    if (!line.trim()) return;
    tail.push(line);
    if (tail.length > 20) tail.shift();
    let level: number;
    try {
      level = (JSON.parse(line) as { level?: number }).level ?? 0;
    } catch {
      level = 50; // not a log record: a crash trace or a warning from node itself
    }
    if (level >= 50) {
      errorCount++;
      errors.push(line.slice(0, 500));
      if (errors.length > 5) errors.shift();
    }
  };
  for (const stream of [child.stdout!, child.stderr!]) {
    let buffer = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      lines.forEach(onLine);
    });
  }
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      children.delete(child);
      resolve(code);
    }),
  );
  const url = `http://127.0.0.1:${env.PORT}`;
  const deadline = Date.now() + readyTimeoutMs;
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`server exited before it was ready:\n${tail.join('\n')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not ready after ${readyTimeoutMs / 1000} s:\n${tail.join('\n')}`);
    }
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const pid = child.pid!;
  return {
    url,
    pid,
    errorLines: () => ({ count: errorCount, last: [...errors] }),
    trackRss(intervalMs = 250) {
      let peak = rssMb(pid) ?? 0;
      const timer = setInterval(() => {
        peak = Math.max(peak, rssMb(pid) ?? 0);
      }, intervalMs);
      return () => {
        clearInterval(timer);
        return Math.max(peak, rssMb(pid) ?? 0);
      };
    },
    async settle(maxSeconds = 180) {
      const started = performance.now();
      while (performance.now() - started < maxSeconds * 1000) {
        const t0 = performance.now();
        try {
          const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5_000) });
          if (res.ok && performance.now() - t0 < 250) break;
        } catch {
          // still busy
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      return Math.round((performance.now() - started) / 100) / 10;
    },
    async stop() {
      if (gone) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
