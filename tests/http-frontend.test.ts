import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { Writable } from 'node:stream';
import { auditServer } from 'graphql-http';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import type { Database } from '../src/db/database.ts';
import { createLogger } from '../src/logger.ts';
import { createApp } from '../src/server.ts';
import { countStatements } from './helpers/database.ts';
import { partner } from './helpers/fixtures.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

// What a browser app, a CDN and a GraphQL-over-HTTP client see: CORS, GET queries and their caching, status
// codes, and errors outside GraphQL.

const APP = 'https://app.example.org';
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ CORS_ORIGINS: `${APP}, http://localhost:5173` });
});
afterAll(() => s.close());

const TOPIC = '{ topic(slug: "anxiety") { name } }';
const getUrl = (base: string, params: Record<string, unknown>) =>
  `${base}/graphql?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]))}`;

/** A raw HTTP request: fetch cannot send some headers (an empty Authorization) exactly as given. */
function raw(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
    (resolve, reject) => {
      const req = httpRequest(url, { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end(opts.body);
    },
  );
}

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });

  it('answers a real preflight from an allowed origin, and exposes the read-after header', async () => {
    const res = await preflight(s.url, APP);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP);
    const allowed = res.headers.get('access-control-allow-headers')!.toLowerCase();
    expect(allowed).toContain('authorization');
    expect(allowed).toContain('content-type');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('vary')).toMatch(/Origin/);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();

    const p = await partner(s.database);
    const post = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { origin: APP, 'content-type': 'application/json', authorization: `Bearer ${p.token}` },
      body: JSON.stringify({ query: TOPIC }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('access-control-allow-origin')).toBe(APP);
    expect(post.headers.get('access-control-expose-headers')).toMatch(/Peer-Atlas-Read-After/);
    expect(post.headers.get('vary')).toMatch(/Origin/);
  });

  it('gives other origins nothing, and nothing at all when CORS_ORIGINS is unset', async () => {
    const evil = await preflight(s.url, 'https://evil.example.com');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const get = await fetch(getUrl(s.url, { query: TOPIC }), { headers: { origin: 'https://evil.example.com' } });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
    const mine = await fetch(getUrl(s.url, { query: TOPIC }), { headers: { origin: APP } });
    expect(mine.headers.get('access-control-allow-origin')).toBe(APP);
    expect(mine.headers.get('cache-control')).toBe('public, max-age=60');
    expect(mine.headers.get('vary')).toMatch(/Origin/);
    expect(mine.headers.get('vary')).toMatch(/Authorization/);

    const closed = await startTestServer({}, s.database);
    try {
      const res = await preflight(closed.url, APP);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await closed.close();
    }
  });

  it('answers * for CORS_ORIGINS=*', async () => {
    const open = await startTestServer({ CORS_ORIGINS: '*' }, s.database);
    try {
      const res = await preflight(open.url, 'https://anyone.example.net');
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      await open.close();
    }
  });

  it('keeps CSRF prevention for simple cross-site POSTs', async () => {
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://evil.example.com', 'content-type': 'text/plain' },
      body: JSON.stringify({ query: TOPIC }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses bad CORS_ORIGINS at start', () => {
    for (const bad of ['app.example.org', 'https://app.example.org/path', 'ftp://x.org']) {
      expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(/^Invalid configuration: CORS_ORIGINS/);
    }
    expect(loadConfig({ CORS_ORIGINS: 'https://a.org/, *' }).corsOrigins).toEqual(['https://a.org', '*']);
    expect(loadConfig({}).corsOrigins).toEqual([]);
  });
});

describe('GET /graphql', () => {
  it('serves anonymous queries without a preflight header, cacheable by anyone', async () => {
    const res = await fetch(getUrl(s.url, { query: TOPIC }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { topic: { name: 'Anxiety' } } });
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    expect(res.headers.get('vary')).toMatch(/Authorization/);
  });

  it('takes max-age from CACHE_MAX_AGE_SECONDS', async () => {
    const short = await startTestServer({ CACHE_MAX_AGE_SECONDS: '7' }, s.database);
    try {
      expect((await fetch(getUrl(short.url, { query: TOPIC }))).headers.get('cache-control')).toBe('public, max-age=7');
    } finally {
      await short.close();
    }
    expect(() => loadConfig({ CACHE_MAX_AGE_SECONDS: '-1' })).toThrow(/CACHE_MAX_AGE_SECONDS/);
  });

  it('is private, no-store with a key, with a searcher point, with errors, and for POST', async () => {
    const p = await partner(s.database);
    const keyed = await fetch(getUrl(s.url, { query: TOPIC }), { headers: { authorization: `Bearer ${p.token}` } });
    expect(keyed.status).toBe(200);
    expect(keyed.headers.get('cache-control')).toBe('private, no-store');

    const near = await fetch(
      getUrl(s.url, {
        query: 'query($n: NearInput!) { resources(near: $n, first: 1) { totalCount } }',
        variables: { n: { latitude: 53.8, longitude: -1.55 } },
      }),
    );
    expect(near.status).toBe(200);
    expect(near.headers.get('cache-control')).toBe('private, no-store');

    const failed = await fetch(getUrl(s.url, { query: '{ resources(first: 101) { totalCount } }' }));
    expect(failed.headers.get('cache-control')).toBe('private, no-store');

    const post = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: TOPIC }),
    });
    expect(post.headers.get('cache-control')).toBe('private, no-store');
  });

  it('never runs a mutation', async () => {
    const p = await partner(s.database);
    const mutation = `mutation { archiveResource(id: "UmVzb3VyY2U6MQ") { userErrors { code } } }`;
    const { result, statements } = await countStatements(s.database, () =>
      fetch(getUrl(s.url, { query: mutation }), { headers: { authorization: `Bearer ${p.token}` } }),
    );
    expect(result.status).toBe(405);
    expect(statements).toBe(0);
  });

  it('serves persisted queries by GET, and refuses bad hashes with a client error', async () => {
    const query = '{ topic(slug: "grief-and-bereavement") { name } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const ext = { persistedQuery: { version: 1, sha256Hash } };
    const missing = (await (await fetch(getUrl(s.url, { extensions: ext }))).json()) as any;
    expect(missing.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // Register (GET with the query and its hash, as Apollo Client does), then the hash alone.
    expect((await fetch(getUrl(s.url, { query, extensions: ext }))).status).toBe(200);
    const hit = await fetch(getUrl(s.url, { extensions: ext }));
    expect(hit.status).toBe(200);
    expect(((await hit.json()) as any).data.topic.name).toBeTruthy();
    expect(hit.headers.get('cache-control')).toBe('public, max-age=60');

    for (const bad of [123, 'zz', {}, null, ['a'], 'g'.repeat(64)]) {
      for (const send of ['GET', 'POST']) {
        const extensions = { persistedQuery: { version: 1, sha256Hash: bad } };
        const res =
          send === 'GET'
            ? await fetch(getUrl(s.url, { extensions }))
            : await fetch(`${s.url}/graphql`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ extensions }),
              });
        const body = (await res.json()) as any;
        expect(['PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST'], `${send} ${JSON.stringify(bad)}`).toContain(
          body.errors[0].extensions.code,
        );
        expect(res.status).toBeLessThan(500);
      }
    }
    // A query that does not match its hash, and an unknown version.
    for (const extensions of [
      { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
      { persistedQuery: { version: 2, sha256Hash } },
    ]) {
      const res = await fetch(`${s.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, extensions }),
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
    }
  });
});

describe('GraphQL over HTTP', () => {
  const post = (body: unknown, accept: string) =>
    fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: JSON.stringify(body),
    });

  it('answers request errors with 200 under application/json and 4xx under application/graphql-response+json', async () => {
    const cases = [
      { query: '{ resources(' },
      { query: '{ nope }' },
      { query: 'query($n: Int) { resources(first: $n) { totalCount } }', variables: { n: 'many' } },
    ];
    for (const body of cases) {
      const json = await post(body, 'application/json');
      expect(json.status, JSON.stringify(body)).toBe(200);
      expect(json.headers.get('content-type')).toMatch(/^application\/json/);
      expect(((await json.json()) as any).errors.length).toBeGreaterThan(0);
      const gql = await post(body, 'application/graphql-response+json');
      expect(gql.status, JSON.stringify(body)).toBe(400);
      expect(gql.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    }
  });

  it('passes the graphql-http audit without warnings', async () => {
    const results = await auditServer({ url: `${s.url}/graphql` });
    const notOk = results.filter((r) => r.status !== 'ok').map((r) => `${r.status} ${r.name}`);
    expect(notOk).toEqual([]);
    expect(results.length).toBeGreaterThan(40);
  });
});

describe('errors outside GraphQL', () => {
  it('refuses an empty Authorization header and one without Bearer, saying so', async () => {
    const empty = await raw(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: '' },
      body: JSON.stringify({ query: TOPIC }),
    });
    expect(empty.status).toBe(401);
    expect(JSON.parse(empty.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const p = await partner(s.database);
    for (const header of [p.token, `Token ${p.token}`, 'Basic dXNlcjpwYXNz', 'Bearer']) {
      const r = await raw(`${s.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: header },
        body: JSON.stringify({ query: TOPIC }),
      });
      const e = JSON.parse(r.body).errors[0];
      expect(e.extensions.code, header).toBe('UNAUTHENTICATED');
      expect(e.message).toMatch(/Bearer <key>/);
    }
    // Without the word Bearer but otherwise a real key: the message says exactly that.
    const bare = JSON.parse(
      (
        await raw(`${s.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: p.token },
          body: JSON.stringify({ query: TOPIC }),
        })
      ).body,
    );
    expect(bare.errors[0].message).toMatch(/follow the word Bearer/);
  });

  it('answers JSON with a code for bodies it cannot read, never HTML (NODE_ENV unset)', async () => {
    expect(s.config.production).toBe(false);
    const bodies: Array<{ headers: Record<string, string>; body: string; status: number; code: string }> = [
      { headers: { 'content-type': 'application/json' }, body: '{"query": ', status: 400, code: 'BAD_REQUEST' },
      {
        headers: { 'content-type': 'application/json; charset=latin-9' },
        body: '{}',
        status: 415,
        code: 'BAD_REQUEST',
      },
      {
        headers: { 'content-type': 'application/json', 'content-encoding': 'br-nope' },
        body: '{}',
        status: 415,
        code: 'BAD_REQUEST',
      },
      {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'x'.repeat(300_000) }),
        status: 413,
        code: 'QUERY_TOO_COMPLEX',
      },
    ];
    for (const b of bodies) {
      const r = await raw(`${s.url}/graphql`, { method: 'POST', headers: b.headers, body: b.body });
      expect(r.status, JSON.stringify(b.headers)).toBe(b.status);
      expect(r.headers['content-type']).toMatch(/^application\/json/);
      expect(r.body).not.toMatch(/<html|<pre>|at \w+ \(/i);
      expect(JSON.parse(r.body).errors[0].extensions.code).toBe(b.code);
    }
  });

  it('logs an unexpected failure under the id of the request that caused it', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _e, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const pool = new pg.Pool({
      connectionString: 'postgres://postgres@127.0.0.1:1/none',
      connectionTimeoutMillis: 300,
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
    const config = loadConfig({ LOG_LEVEL: 'info', CURSOR_SECRET: 'a-test-secret-of-enough-length' });
    const { app, apollo } = await createApp({ config, database, log: createLogger('info', sink) });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const port = (server.address() as { port: number }).port;
      for (const given of ['trace-me-42', undefined]) {
        lines.length = 0;
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(given ? { 'x-request-id': given } : {}) },
          body: JSON.stringify({ query: '{ resources { totalCount } }' }),
        });
        const body = (await res.json()) as any;
        const id = body.errors[0].extensions.requestId as string;
        if (given) expect(id).toBe(given);
        expect(res.headers.get('x-request-id')).toBe(id);
        const logged = lines.map((l) => JSON.parse(l)).filter((l) => l.level >= 40);
        expect(logged.length).toBeGreaterThan(0);
        for (const l of logged) expect(l.requestId).toBe(id);
        // The request log line carries it too.
        expect(lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'graphql request')?.requestId).toBe(id);
      }
    } finally {
      server.close();
      await apollo.stop();
      await dead.destroy();
    }
  });
});

describe('rate limits before authentication', () => {
  it('charges every request to its address first: wrong keys, parse failures and bad JSON count', async () => {
    const limited = await startTestServer({ RATE_LIMIT_REQUESTS_PER_MINUTE: '3' }, s.database);
    try {
      const post = (body: string, headers: Record<string, string> = {}) =>
        fetch(`${limited.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        });
      expect(
        (await post(JSON.stringify({ query: TOPIC }), { authorization: 'Bearer pa_aaaaaaaaaaaa.' + 'B'.repeat(43) }))
          .status,
      ).toBe(401);
      expect((await post(JSON.stringify({ query: '{ nope(' }))).status).toBe(200);
      expect((await post('{"query": ')).status).toBe(400);
      const { result, statements } = await countStatements(s.database, () =>
        post(JSON.stringify({ query: TOPIC }), { authorization: 'Bearer pa_aaaaaaaaaaaa.' + 'C'.repeat(43) }),
      );
      expect(result.status).toBe(429);
      expect(Number(result.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await result.json()) as any).errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(statements).toBe(0);
    } finally {
      await limited.close();
    }
  });

  it('charges a key after authentication, wherever it comes from (TRUST_PROXY=loopback)', async () => {
    const limited = await startTestServer({ RATE_LIMIT_REQUESTS_PER_MINUTE: '3', TRUST_PROXY: 'loopback' }, s.database);
    try {
      const p = await partner(s.database);
      const from = (address: string, key?: string) =>
        fetch(`${limited.url}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': address,
            ...(key ? { authorization: `Bearer ${key}` } : {}),
          },
          body: JSON.stringify({ query: TOPIC }),
        });
      // Four addresses, one key: the key's own limit stops the fourth.
      for (const a of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) expect((await from(a, p.token)).status).toBe(200);
      expect((await from('192.0.2.4', p.token)).status).toBe(429);
      // Behind a trusted proxy each client address has its own budget.
      for (let i = 0; i < 3; i++) expect((await from('198.51.100.7')).status).toBe(200);
      expect((await from('198.51.100.7')).status).toBe(429);
      expect((await from('198.51.100.8')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('trusts only the configured hops of X-Forwarded-For', async () => {
    // One proxy: the address it saw is the rightmost entry; what the client wrote to the left is ignored.
    const oneHop = await startTestServer({ RATE_LIMIT_REQUESTS_PER_MINUTE: '2', TRUST_PROXY: '1' }, s.database);
    const noProxy = await startTestServer({ RATE_LIMIT_REQUESTS_PER_MINUTE: '2' }, s.database);
    try {
      for (const server of [oneHop, noProxy]) {
        const statuses: number[] = [];
        for (let i = 0; i < 3; i++) {
          const res = await fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.9.${i}, 203.0.113.5` },
            body: JSON.stringify({ query: TOPIC }),
          });
          statuses.push(res.status);
        }
        expect(statuses).toEqual([200, 200, 429]);
      }
    } finally {
      await oneHop.close();
      await noProxy.close();
    }
  });

  it('accepts hop counts and trusted addresses, and refuses TRUST_PROXY=true naming the new forms', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,::1' }).trustProxy).toBe('loopback,10.0.0.0/8,::1');
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(
      /^Invalid configuration: TRUST_PROXY: .*hop.*\(`1`\).*loopback,10\.0\.0\.0\/8/,
    );
    for (const bad of ['10.0.0.0/33', 'proxy.example.org', '10.0.0.0/8/1', '999.1.1.1', '11']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/^Invalid configuration: TRUST_PROXY/);
    }
  });
});
