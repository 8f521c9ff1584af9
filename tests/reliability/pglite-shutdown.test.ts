import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerChild, type ServerChild } from '../helpers/child-server.ts';
import { listingInput, SUBMIT } from './load.ts';

// Graceful shutdown on embedded PGlite: the server closes its database on SIGTERM/SIGINT and exits 0, and the
// data directory it leaves opens again with everything in it. Runs in the embedded pass of CI (no DATABASE_URL);
// FAULT_TESTS=1 runs it in any pass.
const enabled = !process.env.DATABASE_URL || process.env.FAULT_TESTS === '1';

let dataDir: string | undefined;
let server: ServerChild | undefined;
const timings: string[] = [];
const cleanUp = () => {
  server?.child.kill('SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
};

const LIST = `{ resources(first: 5, orderBy: NAME) { totalCount edges { node { id name version } } } }`;
const root = path.resolve(import.meta.dirname, '../..');

/** Starts a server on the data directory, runs fn against it, stops it with the signal and checks a clean exit. */
async function session<T>(signal: NodeJS.Signals, fn: (s: ServerChild) => Promise<T>): Promise<T> {
  // A new directory becomes a copy of the demo template, or a fresh cluster (initdb, seconds) without one.
  const started = performance.now();
  server = await startServerChild({ DATA_DIR: dataDir!, SEED_DEMO: 'true', SHUTDOWN_TIMEOUT_MS: '5000' }, 120_000);
  timings.push(`start ${Math.round(performance.now() - started)}`);
  const result = await fn(server);
  const exit = await server.stop(signal, 20_000);
  timings.push(`${signal} to exit ${Math.round(exit.ms)}`);
  expect({ code: exit.code, signal: exit.signal }, server.output()).toEqual({ code: 0, signal: null });
  expect(exit.ms).toBeLessThan(10_000);
  return result;
}

describe.skipIf(!enabled)('graceful shutdown on embedded PGlite', () => {
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'peer-atlas-pglite-'));
    process.once('exit', cleanUp);
  });
  afterAll(() => {
    console.info('pglite shutdown timings (ms):', timings.join(', '));
    cleanUp();
    process.removeListener('exit', cleanUp);
  });

  it('closes the database on SIGTERM and SIGINT, leaving a data directory that opens with all its data', async () => {
    const before = await session('SIGTERM', async (s) => (await s.gql(LIST)).data);
    expect(before.resources.totalCount).toBeGreaterThan(0);

    // The CLI opens the same directory in its own process: another proof that it was closed cleanly.
    const cli = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/index.ts', 'partner', 'create', '--name', 'Shutdown test partner', '--trusted'],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir!, LOG_LEVEL: 'warn' },
        timeout: 120_000,
      },
    );
    const key = cli.stdout.trim().split('\n').at(-1)!;

    const id = await session('SIGINT', async (s) => {
      expect((await s.gql(LIST)).data).toEqual(before);
      const r = await s.gql(SUBMIT, { input: listingInput('survives-restart', 1) }, key);
      expect(r.errors).toBeUndefined();
      return r.data.submitResource.resource.id as string;
    });

    await session('SIGTERM', async (s) => {
      const r = await s.gql(`query($id: ID!) { resource(id: $id) { id externalId } resources { totalCount } }`, { id });
      expect(r.data).toEqual({
        resource: { id, externalId: 'survives-restart' },
        resources: { totalCount: before.resources.totalCount + 1 },
      });
    });
  }, 300_000);
});
