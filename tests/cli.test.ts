import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminFilePath } from '../src/admin/admin-file.ts';
import { parseCommand } from '../src/cli/commands.ts';
import { startServerChild, type ServerChild } from './helpers/child-server.ts';

// The operator's CLI, spawned for real against an embedded data directory: first while the server runs on it
// (the commands go through its loopback admin endpoint), then on its own once the server has stopped.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function cli(
  dataDir: string,
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string; last: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  for (const name of ['DATABASE_URL', 'NODE_OPTIONS', 'SEED_DEMO']) delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve({ code, stdout, stderr, last: stdout.trimEnd().split('\n').at(-1) ?? '' }));
  });
}

const TOPICS = '{ topics { slug } }';
const orgIdOf = (line: string) => /organization (\S+)/.exec(line)![1]!;
const keyIdOf = (token: string) => token.split('.')[0]!;

describe('CLI: key lifecycle on the embedded database', () => {
  let dataDir: string;
  let server: ServerChild;
  let first: string;
  let second: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'pa-cli-'));
    server = await startServerChild({ DATA_DIR: dataDir, SEED_DEMO: 'true' });
  }, 180_000);
  afterAll(async () => {
    if (server && !server.exit()) await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('works while the server runs: partner create (duplicates refused), key rotation, trust, revocation', async () => {
    // The admin file: loopback port and token, readable by the owner only.
    const file = adminFilePath(dataDir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const admin = JSON.parse(readFileSync(file, 'utf8')) as { port: number; token: string; pid: number };
    expect(admin.pid).toBe(server.child.pid);
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${admin.token}x`]) {
      const res = await fetch(`http://127.0.0.1:${admin.port}/cli`, {
        method: 'POST',
        headers: authorization ? { authorization } : {},
        body: JSON.stringify({ argv: ['key', 'list'] }),
      });
      expect(res.status).toBe(401);
    }

    const created = await cli(dataDir, 'partner', 'create', '--name', 'Rotation Test Network');
    expect(created.code, created.stderr).toBe(0);
    first = created.last;
    expect(first).toMatch(/^pa_[a-z2-9]{12}\.[A-Za-z0-9_-]{43}$/);
    const orgId = orgIdOf(created.stdout);

    const duplicate = await cli(dataDir, 'partner', 'create', '--name', '  rotation test network ');
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toMatch(/already exists.*--allow-duplicate/);
    expect(duplicate.stdout).toBe('');
    const allowed = await cli(dataDir, 'partner', 'create', '--name', 'Rotation Test Network', '--allow-duplicate');
    expect(allowed.code).toBe(0);
    expect(orgIdOf(allowed.stdout)).not.toBe(orgId);

    // Rotation with overlap: both keys work until the old one is revoked.
    const rotated = await cli(
      dataDir,
      'key',
      'create',
      '--role',
      'partner',
      '--organization',
      orgId,
      '--name',
      'deploy 2',
    );
    expect(rotated.code, rotated.stderr).toBe(0);
    second = rotated.last;
    expect(second).toMatch(/^pa_/);
    expect(rotated.stdout).toMatch(/keep working until you revoke them/);
    for (const key of [first, second]) expect((await server.gql(TOPICS, {}, key)).errors).toBeUndefined();

    const list = await cli(dataDir, 'partner', 'list');
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(`${orgId} untrusted keys 2 active, 0 revoked "Rotation Test Network"`);

    const trust = await cli(dataDir, 'partner', 'update', orgId, '--trusted', 'true');
    expect(trust.code, trust.stderr).toBe(0);
    expect(trust.stdout).toMatch(/is now trusted/);
    // Trust applies to the next request: a trusted partner's listing publishes at once.
    const submit = await server.gql(
      `mutation($input: ResourceInput!) { submitResource(input: $input) { resource { status } userErrors { code } } }`,
      {
        input: {
          kind: 'ONLINE_COMMUNITY',
          name: 'Rotation test community',
          format: 'ONLINE',
          topics: ['anxiety'],
          platform: 'Discord',
          moderated: true,
          url: 'https://example.org/rotation',
        },
      },
      second,
    );
    expect(submit.data.submitResource.resource.status).toBe('PUBLISHED');

    const revoke = await cli(dataDir, 'key', 'revoke', keyIdOf(first));
    expect(revoke.code, revoke.stderr).toBe(0);
    expect(revoke.stdout.trim()).toBe(`revoked ${keyIdOf(first)}`);
    // Refused on its very next request; the new key keeps working.
    const refused = await server.gql(TOPICS, {}, first);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.gql(TOPICS, {}, second)).errors).toBeUndefined();

    const keys = await cli(dataDir, 'key', 'list');
    expect(keys.code).toBe(0);
    const line = keys.stdout.split('\n').find((l) => l.startsWith(keyIdOf(first)))!;
    expect(line).toMatch(
      /^pa_\S+ partner "Rotation Test Network" org="Rotation Test Network" created \S+ last-used \S+ revoked \S+$/,
    );
    for (const key of [first, second]) expect(keys.stdout).not.toContain(key.split('.')[1]!);

    // The demo data is already there: seeding again would double it.
    const seed = await cli(dataDir, 'seed', '--demo');
    expect(seed.code).toBe(2);
    expect(seed.stderr).toMatch(/already has \d+ listings/);

    expect((await cli(dataDir, 'key', 'create', '--role', 'partner', '--organization', 'nope')).code).toBe(2);
  }, 600_000);

  it('works on its own once the server has stopped: key revoke prints revoked and exits 0', async () => {
    const stopped = await server.stop();
    expect(stopped.code).toBe(0);
    expect(existsSync(adminFilePath(dataDir))).toBe(false);
    const revoke = await cli(dataDir, 'key', 'revoke', second);
    expect(revoke.code, revoke.stderr).toBe(0);
    expect(revoke.stdout.trim()).toBe(`revoked ${keyIdOf(second)}`);
    // Once more: the first key was revoked through the server, the second here.
    const again = await cli(dataDir, 'key', 'revoke', keyIdOf(first));
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/no active key/);
    const list = await cli(dataDir, 'partner', 'list');
    expect(list.stdout).toMatch(/trusted keys 0 active, 2 revoked "Rotation Test Network"/);
  }, 600_000);
});

describe('CLI arguments', () => {
  it('reads --trusted as a flag for create and as true|false for update', () => {
    expect(parseCommand(['partner', 'create', '--name', 'A', '--trusted']).trustedValue).toBe(true);
    expect(parseCommand(['partner', 'create', '--name', 'A']).trustedValue).toBeUndefined();
    const update = parseCommand(['partner', 'update', 'T3JnYW5pemF0aW9uOjE', '--trusted', 'false']);
    expect([update.name, update.args, update.trustedValue]).toEqual(['partner update', ['T3JnYW5pemF0aW9uOjE'], false]);
    expect(parseCommand(['partner', 'update', 'X', '--trusted=true']).trustedValue).toBe(true);
    expect(() => parseCommand(['partner', 'update', 'X', '--trusted=yes'])).toThrow(/true or false/);
    expect(() => parseCommand(['partner', 'update', 'X', '--trusted', 'maybe'])).toThrow(/true or false/);
    expect(parseCommand(['partner', 'update', 'X', '--trusted']).trustedValue).toBeUndefined();
    expect(parseCommand(['partner', 'create', '--trusted', '--name', 'A']).trustedValue).toBe(true);
    expect(parseCommand(['seed', '--demo']).name).toBe('seed');
  });
});
