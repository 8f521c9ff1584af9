import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';
import { errorCode, startTestServer, type TestServer } from './helpers/server.ts';
import { partner } from './helpers/fixtures.ts';
import { graphql } from './generated/index.ts';
import { revokeKey } from '../src/modules/auth/admin.ts';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

describe('HTTP surface', () => {
  it('answers health and readiness', async () => {
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${s.url}/readyz`)).status).toBe(200);
  });

  it('exposes Prometheus metrics by operation, outcome, error code and batch size', async () => {
    await s.gql(
      graphql(`
        query TopicsForMetrics {
          topics {
            slug
          }
        }
      `),
    );
    await s.gql(
      graphql(`
        query Broken {
          resources(first: 500) {
            totalCount
          }
        }
      `),
    );
    // An organisation's listings read their topics through the loader (search pages read them with the page).
    await s.gql(
      graphql(`
        query Nested {
          organizations(first: 2) {
            edges {
              node {
                resources(first: 3) {
                  edges {
                    node {
                      topics {
                        slug
                      }
                    }
                  }
                }
              }
            }
          }
        }
      `),
    );
    const res = await fetch(`${s.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/peer_atlas_graphql_requests_total\{operation="TopicsForMetrics",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/peer_atlas_graphql_requests_total\{operation="Broken",outcome="error"\} [1-9]/);
    expect(text).toMatch(/peer_atlas_graphql_errors_total\{code="BAD_USER_INPUT"\} [1-9]/);
    expect(text).toMatch(/peer_atlas_graphql_request_duration_seconds_bucket\{le="0.1",operation="TopicsForMetrics"\}/);
    expect(text).toMatch(/peer_atlas_dataloader_batch_size_sum\{loader="topicsByResourceId"\} [1-9]/);
    expect(text).toMatch(/peer_atlas_sql_statements_per_request_count [1-9]/);
    expect(text).toMatch(/process_resident_memory_bytes/);
  });

  it('serves GET queries', async () => {
    const res = await fetch(`${s.url}/graphql?query=${encodeURIComponent('{ topic(slug: "anxiety") { name } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { topic: { name: 'Anxiety' } } });
  });

  it('refuses wrong, malformed and revoked keys instead of treating them as anonymous', async () => {
    const p = await partner(s.database);
    const q = graphql(`
      query HttpTopics {
        topics {
          slug
        }
      }
    `);
    expect((await s.gql(q, {}, p.token)).errors).toBeUndefined();
    for (const bad of [
      'nonsense',
      `${p.keyId}.${'A'.repeat(43)}`,
      'pa_aaaaaaaaaaaa.' + 'B'.repeat(43),
      p.token + 'x',
    ]) {
      const r = await s.gql(q, {}, bad);
      expect(errorCode(r), bad).toBe('UNAUTHENTICATED');
      expect(r.status).toBe(401);
      // The same message whether or not the key id exists.
      expect(r.errors![0]!.message).toBe('The API key is not valid');
    }
    await revokeKey(s.database.db, p.keyId);
    expect(errorCode(await s.gql(q, {}, p.token))).toBe('UNAUTHENTICATED');
  });

  it('reports parse and validation errors with their codes', async () => {
    expect(errorCode(await s.gql('{ resources('))).toBe('GRAPHQL_PARSE_FAILED');
    expect(errorCode(await s.gql('{ nope }'))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errorCode(await s.gql('{ resources(filter: { kinds: [SPACESHIP] }) { totalCount } }'))).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });
});

describe('configuration', () => {
  it('uses the documented defaults', () => {
    const c = loadConfig({});
    expect([c.port, c.host, c.databaseUrl, c.dataDir, c.seedDemo, c.logLevel, c.production]).toEqual([
      4000,
      '127.0.0.1',
      undefined,
      './data',
      true,
      'info',
      false,
    ]);
    expect(loadConfig({ DATABASE_URL: 'postgres://x@h/db' }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
  });

  it('names the variable at fault', () => {
    for (const [env, name] of [
      [{ PORT: 'eighty' }, 'PORT'],
      [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
      [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
      [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    ] as const) {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${name}`));
    }
  });
});
