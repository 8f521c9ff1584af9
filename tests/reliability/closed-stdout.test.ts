import { afterAll, describe, expect, it } from 'vitest';
import { sleep, startServerChild, type ServerChild } from '../helpers/child-server.ts';

// A log shipper that dies closes the server's stdout. Writing to it then fails (EPIPE); the server must keep
// serving (logs are lost, requests are not) and still stop cleanly on SIGTERM.

let server: ServerChild | undefined;
afterAll(async () => {
  if (server && !server.exit()) await server.stop('SIGKILL').catch(() => {});
});

describe('stdout closed under the server', () => {
  it('keeps serving and exits cleanly on SIGTERM', async () => {
    server = await startServerChild({ DATA_DIR: 'memory://', SEED_DEMO: 'true', LOG_LEVEL: 'info' });
    // Close the read end of the pipe: from now on every log line the server writes meets EPIPE.
    server.child.stdout!.destroy();
    for (let i = 0; i < 30; i++) {
      const r = await server.gql('{ topics { slug } }');
      expect(r.failure, server.output()).toBeUndefined();
      expect(r.errors).toBeUndefined();
      await sleep(20);
    }
    expect((await server.get('/healthz')).status).toBe(200);
    expect(server.exit()).toBeNull();
    const stopped = await server.stop('SIGTERM', 20_000);
    expect(stopped.code).toBe(0);
  }, 180_000);

  it('keeps serving when nobody reads stdout any more (a stalled shipper: the pipe fills up)', async () => {
    server = await startServerChild({ DATA_DIR: 'memory://', SEED_DEMO: 'true', LOG_LEVEL: 'debug' });
    // Stop reading: once the pipe's buffer (64 KiB) is full, a synchronous log write would block the process.
    server.child.stdout!.removeAllListeners('data');
    server.child.stdout!.pause();
    // The request log line names the operation: long names fill the pipe in a few dozen requests.
    const padding = 'X'.repeat(3000);
    for (let i = 0; i < 120; i++) {
      const r = await server.gql(`query ${padding}${i} { topics { slug } }`, undefined, undefined, 5_000);
      expect(r.failure, `request ${i}: ${server.output()}`).toBeUndefined();
    }
    const health = await server.get('/healthz', 5_000);
    expect(health.status).toBe(200);
    const stopped = await server.stop('SIGTERM', 20_000);
    expect(stopped.code).toBe(0);
  }, 180_000);
});
