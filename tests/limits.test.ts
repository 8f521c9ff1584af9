import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import type { Database } from '../src/db/database.ts';
import { createLogger } from '../src/logger.ts';
import { createApp } from '../src/server.ts';
import { countStatements } from './helpers/database.ts';
import { errorCode, startTestServer, type TestServer } from './helpers/server.ts';

// Each limit: a query just under it is served, one just over is refused with its code and no SQL.

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({
    MAX_QUERY_DEPTH: '5',
    MAX_ALIASES: '3',
    MAX_DIRECTIVES: '2',
    MAX_TOKENS: '200',
    MAX_QUERY_COST: '199',
    MAX_BODY_BYTES: '4096',
  });
});
afterAll(() => s.close());

async function refusedWithoutSql(query: string, variables: Record<string, unknown> = {}, code = 'QUERY_TOO_COMPLEX') {
  const { result, statements } = await countStatements(s.database, () => s.gql(query, variables));
  expect(errorCode(result), JSON.stringify(result.errors)).toBe(code);
  expect(statements).toBe(0);
  return result;
}
async function served(query: string, variables: Record<string, unknown> = {}) {
  const r = await s.gql(query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r;
}

describe('query limits', () => {
  it('depth', async () => {
    const chain = (n: number) => `{ topic(slug: "panic") { ${'parent { '.repeat(n)}slug${' }'.repeat(n)} } }`;
    await served(chain(3));
    await refusedWithoutSql(chain(4));
  });

  it('aliases', async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: topic(slug: "anxiety") { slug }`).join(' ')} }`;
    await served(aliases(3));
    await refusedWithoutSql(aliases(4));
  });

  it('directives', async () => {
    const directives = (n: number) =>
      `{ topic(slug: "anxiety") { ${['id', 'slug', 'name']
        .slice(0, n)
        .map((f) => `${f} @include(if: true)`)
        .join(' ')} } }`;
    await served(directives(2));
    await refusedWithoutSql(directives(3));
  });

  it('tokens', async () => {
    // "{ topics { slug ... } }" is 6 tokens plus one per extra field.
    const tokens = (n: number) => `{ topics { slug ${'__typename '.repeat(n - 6)}} }`;
    await served(tokens(200));
    await refusedWithoutSql(tokens(201));
  });

  it('cost, counting list sizes from literals and variables', async () => {
    // resources: 1 + first × (edges + node + organization) = 1 + 66 × 3 = 199.
    const q = `query($n: Int) { resources(first: $n) { edges { node { id organization { name } } } } }`;
    await served(q, { n: 66 });
    const r = await refusedWithoutSql(q, { n: 67 });
    expect(r.errors![0]!.extensions).toMatchObject({ cost: 202, maxCost: 199 });
    await refusedWithoutSql(`{ resources(first: 67) { edges { node { id organization { name } } } } }`);
  });

  it('cost of one document follows its variables, its @include/@skip and its operation (remembered per shape)', async () => {
    // The cost is remembered per document (limits/cost.ts): each of these must still see its own cost.
    const q = `query A($n: Int, $more: Boolean!) { resources(first: $n) { edges { node { id
      organization @include(if: $more) { name } topics @include(if: $more) { slug } } } } }
      query B($n: Int) { resources(first: $n) { edges { node { id } } } }`;
    const run = async (operationName: string, variables: Record<string, unknown>) => {
      const res = await fetch(`${s.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q, operationName, variables }),
      });
      return ((await res.json()) as { errors?: Array<{ extensions: Record<string, unknown> }> }).errors;
    };
    // A: 1 + n × (edges + node [+ organization + topics]); B: 1 + n × (edges + node). The limit is 199.
    for (let round = 0; round < 2; round++) {
      expect(await run('A', { n: 60, more: false })).toBeUndefined();
      expect((await run('A', { n: 60, more: true }))?.[0]?.extensions).toMatchObject({ cost: 241 });
      expect(await run('A', { n: 49, more: true })).toBeUndefined();
      expect(await run('A', { n: 99, more: false })).toBeUndefined();
      expect((await run('A', { n: 100, more: false }))?.[0]?.extensions).toMatchObject({ cost: 201 });
      expect(await run('B', { n: 99 })).toBeUndefined();
      expect((await run('B', { n: 100 }))?.[0]?.extensions).toMatchObject({ cost: 201 });
    }
  });

  it('page size', async () => {
    const big = await startTestServer();
    try {
      const { result, statements } = await countStatements(big.database, () =>
        big.gql(`{ resources(first: 101) { totalCount } }`),
      );
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(statements).toBe(0);
      expect((await big.gql(`{ resources(first: 100) { totalCount } }`)).errors).toBeUndefined();
    } finally {
      await big.close();
    }
  });

  it('request body size', async () => {
    const body = (size: number) => {
      const base = JSON.stringify({ query: '{ topics { slug } }', variables: { pad: '' } });
      return JSON.stringify({ query: '{ topics { slug } }', variables: { pad: 'x'.repeat(size - base.length) } });
    };
    const post = (b: string) =>
      fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: b });
    expect((await post(body(4096))).status).toBe(200);
    const res = await post(body(4097));
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('rate limits per client', () => {
  it('refuses requests over the limit with a retry hint and no SQL', async () => {
    const limited = await startTestServer({ RATE_LIMIT_REQUESTS_PER_MINUTE: '3' });
    try {
      for (let i = 0; i < 3; i++) expect((await limited.gql(`{ topics { slug } }`)).errors).toBeUndefined();
      const { result, statements } = await countStatements(limited.database, () => limited.gql(`{ topics { slug } }`));
      expect(errorCode(result)).toBe('RATE_LIMITED');
      expect(result.status).toBe(429);
      expect(result.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
      expect(statements).toBe(0);
    } finally {
      await limited.close();
    }
  });
});

describe('production mode', () => {
  it('turns off introspection and suggestions, and never shows stacks', async () => {
    const prod = await startTestServer({ NODE_ENV: 'production' });
    try {
      const intro = await prod.gql(`{ __schema { types { name } } }`);
      expect(errorCode(intro)).toBe('GRAPHQL_VALIDATION_FAILED');
      const typo = await prod.gql(`{ resourcez { totalCount } }`);
      expect(typo.errors![0]!.message).not.toMatch(/Did you mean/);
      const dev = await s.gql(`{ resourcez { totalCount } }`);
      expect(dev.errors![0]!.message).toMatch(/Did you mean/);
      for (const r of [intro, typo]) expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|at \w+ \(/);
      // The federation SDL stays available to routers.
      expect((await prod.gql(`{ _service { sdl } }`)).data._service.sdl).toContain('@key');
    } finally {
      await prod.close();
    }
  });
});

describe('unexpected failures', () => {
  it('answer INTERNAL_SERVER_ERROR with a request id and nothing else', async () => {
    // A real pool pointed at a closed port: every statement fails the way a lost database does.
    const pool = new pg.Pool({
      connectionString: 'postgres://postgres@127.0.0.1:1/none',
      connectionTimeoutMillis: 500,
    });
    pool.on('error', () => {});
    const dead = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
    const database: Database = {
      ...s.database,
      db: dead,
      analyticsDb: dead,
      maintenanceDb: dead,
      ping: async () => false,
    };
    const config = loadConfig({ LOG_LEVEL: 'silent', CURSOR_SECRET: 'a-test-secret-of-enough-length' });
    const { app, apollo } = await createApp({ config, database, log: createLogger('silent') });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const port = (server.address() as { port: number }).port;
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ resources { totalCount } }' }),
      });
      const body = (await res.json()) as any;
      const e = body.errors[0];
      expect(e.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(e.extensions.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(e.message).toContain(e.extensions.requestId);
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|select|stack/i);
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(503);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      server.close();
      await apollo.stop();
      await dead.destroy();
    }
  });
});
