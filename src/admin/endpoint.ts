import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CommandFailure, LOCAL_COMMANDS, parseCommand, runCommand } from '../cli/commands.ts';
import type { Db } from '../db/database.ts';
import { errorSummary, type Logger } from '../logger.ts';
import { adminFilePath } from './admin-file.ts';

/**
 * "Run this CLI command in the server." An embedded (PGlite) database belongs to one process, so while the
 * server runs, `npm run cli -- key revoke …` cannot open the data directory itself; it sends its arguments here
 * instead (cli/remote.ts) and prints what comes back. The endpoint listens on 127.0.0.1 only, on a port of its
 * own chosen by the system, and requires a random token that it writes, with the port, to a file in DATA_DIR
 * readable only by its owner: whoever can read that file could open the database files anyway.
 */
export interface AdminEndpoint {
  port: number;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024;

export async function startAdminEndpoint(opts: { dataDir: string; db: Db; log: Logger }): Promise<AdminEndpoint> {
  const token = randomBytes(32).toString('base64url');
  const expected = createHash('sha256').update(token).digest();
  const authorized = (req: IncomingMessage) => {
    const m = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    return m !== null && timingSafeEqual(createHash('sha256').update(m[1]!).digest(), expected);
  };
  // One command at a time: they are operator actions, and a queue keeps their output and effects in order.
  let queue: Promise<unknown> = Promise.resolve();

  const server: Server = createServer((req, res) => {
    const answer = (status: number, body: unknown) => {
      res
        .writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
        .end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || req.url !== '/cli') return answer(404, { error: 'POST /cli only' });
    if (!authorized(req)) return answer(401, { error: 'admin token required' });
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(c);
    });
    req.on('end', () => {
      let argv: string[];
      let cwd: string | undefined;
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { argv?: unknown; cwd?: unknown };
        if (
          !Array.isArray(body.argv) ||
          body.argv.length > 64 ||
          !body.argv.every((a) => typeof a === 'string' && a.length <= 4096)
        )
          throw new Error('argv');
        argv = body.argv as string[];
        cwd = typeof body.cwd === 'string' && body.cwd.length <= 4096 ? body.cwd : undefined;
      } catch {
        return answer(400, { error: 'body must be {"argv": [string, …]}' });
      }
      const stdout: string[] = [];
      const stderr: string[] = [];
      const run = async () => {
        try {
          if (LOCAL_COMMANDS.has(parseCommand(argv).name))
            throw new CommandFailure('this command cannot run while the server runs: stop the server first');
          return await runCommand(argv, opts.db, { out: (l) => stdout.push(l), err: (l) => stderr.push(l), cwd });
        } catch (err) {
          if (err instanceof CommandFailure) {
            stderr.push(err.message);
            return err.exitCode;
          }
          opts.log.error({ err: errorSummary(err) }, 'admin command failed');
          stderr.push(err instanceof Error ? err.message : String(err));
          return 1;
        }
      };
      const done = queue.then(run);
      queue = done.catch(() => {});
      void done.then((exitCode) => {
        // Which command ran, never its output (it holds new keys).
        opts.log.info({ command: argv.slice(0, 2).join(' '), exitCode }, 'admin command');
        answer(200, { exitCode, stdout, stderr });
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.unref();
  const port = (server.address() as AddressInfo).port;
  const file = adminFilePath(opts.dataDir);
  rmSync(file, { force: true });
  writeFileSync(file, JSON.stringify({ pid: process.pid, port, token }), { mode: 0o600 });
  chmodSync(file, 0o600);
  return {
    port,
    async close() {
      rmSync(file, { force: true });
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
