import { execFileSync, execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

// A throwaway PostgreSQL cluster made with the machine's server binaries, for tests that stop and restart a
// database under a running server. It never touches the machine's own cluster: its own data directory, its own
// port on 127.0.0.1 only, and its unix socket inside its temp dir.

const run = promisify(execFile);

/** The newest /usr/lib/postgresql/<version>/bin that has initdb, pg_ctl and postgres (PG_BIN overrides). */
export function postgresBinDir(): string | null {
  const candidates = process.env.PG_BIN
    ? [process.env.PG_BIN]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : [];
  return candidates.find((dir) => ['initdb', 'pg_ctl', 'postgres'].every((b) => existsSync(path.join(dir, b)))) ?? null;
}

/** initdb refuses to run as root: as root, run the binaries as the `postgres` OS user (which must exist). */
function ownerIds(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

export function canRunCluster(): boolean {
  if (!postgresBinDir()) return false;
  try {
    ownerIds();
    return true;
  } catch {
    return false; // root without a postgres user
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface Cluster {
  port: number;
  dir: string;
  /** postgres://postgres@127.0.0.1:PORT/<database> */
  url(database?: string): string;
  start(): Promise<void>;
  stop(mode: 'fast' | 'immediate' | 'smart'): Promise<void>;
  /** Stops the cluster (immediate) and removes its files; synchronous so it can run in an 'exit' handler. */
  destroySync(): void;
  log(): string;
}

const PREFIX = 'peer-atlas-pg-';

/** A test process killed outright runs no cleanup: stop and remove clusters whose test process is gone. */
function sweepOrphans(stop: (data: string) => void) {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(PREFIX))) {
    const dir = path.join(tmpdir(), name);
    const owner = Number(existsSync(path.join(dir, 'owner')) ? readFileSync(path.join(dir, 'owner'), 'utf8') : NaN);
    if (!Number.isInteger(owner) || isAlive(owner)) continue;
    try {
      if (existsSync(path.join(dir, 'data', 'postmaster.pid'))) stop(path.join(dir, 'data'));
    } catch {
      // not running
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface ClusterOptions {
  /** A streaming replica of this (running) cluster, made with pg_basebackup, instead of a new one (initdb). */
  replicaOf?: Cluster;
  /** More server options, e.g. `-c shared_preload_libraries=pg_stat_statements`. */
  options?: string;
}

export async function createCluster(opts: ClusterOptions = {}): Promise<Cluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('no PostgreSQL server binaries on this machine');
  const owner = ownerIds();
  const cmd = (name: string, args: string[]): [string, string[]] =>
    owner ? ['runuser', ['-u', 'postgres', '--', path.join(bin, name), ...args]] : [path.join(bin, name), args];
  const stopSync = (data: string) => {
    const [file, argv] = cmd('pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-t', '20', 'stop']);
    execFileSync(file, argv, { timeout: 30_000, stdio: 'ignore' });
  };
  sweepOrphans(stopSync);
  const dir = mkdtempSync(path.join(tmpdir(), PREFIX));
  writeFileSync(path.join(dir, 'owner'), String(process.pid));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  const port = await freePort();
  const exec = async (name: string, args: string[], timeout: number) => {
    const [file, argv] = cmd(name, args);
    try {
      await run(file, argv, { timeout, cwd: dir });
    } catch (err) {
      // The tool's own words say why (execFile's message has only the command line).
      const e = err as { stderr?: string; killed?: boolean; message: string };
      throw new Error(
        `${name} failed${e.killed ? ` (killed after ${timeout} ms)` : ''}: ${e.stderr?.trim() || e.message}`,
        { cause: err },
      );
    }
  };
  // fsync off: the tests kill server processes, never the machine, so the OS cache holds every write anyway.
  const options =
    `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c max_connections=60 ${opts.options ?? ''}`.trim();
  let running = false;
  const cluster: Cluster = {
    port,
    dir,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      await exec('pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '30', '-o', options, 'start'], 40_000);
      running = true;
    },
    async stop(mode) {
      await exec('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '30', 'stop'], 40_000);
      running = false;
    },
    destroySync() {
      if (running || existsSync(path.join(data, 'postmaster.pid'))) {
        try {
          stopSync(data);
        } catch {
          // already stopped
        }
        running = false;
      }
      rmSync(dir, { recursive: true, force: true });
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
  };
  try {
    if (opts.replicaOf) {
      // -R writes standby.signal and primary_conninfo: started, it follows the primary (initdb's pg_hba.conf
      // trusts replication connections from 127.0.0.1). A fast checkpoint: the default spreads it over minutes.
      await exec(
        'pg_basebackup',
        [
          '-h',
          '127.0.0.1',
          '-p',
          String(opts.replicaOf.port),
          '-U',
          'postgres',
          '-D',
          data,
          '-R',
          '-X',
          'stream',
          '--checkpoint=fast',
          '--no-sync',
        ],
        600_000,
      );
    } else {
      await exec(
        'initdb',
        ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
        60_000,
      );
    }
  } catch (err) {
    cluster.destroySync();
    throw err;
  }
  return cluster;
}
