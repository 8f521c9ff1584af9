import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import fc from 'fast-check';
import { parse } from 'graphql';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { AGGREGATE_COST, MAX_REPRESENTATIONS, queryCost } from '../../src/limits/cost.ts';
import { buildSchema } from '../../src/schema.ts';
import { createApp } from '../../src/server.ts';
import { addListings, LEEDS, listing, partner, resourceGid, roleKey } from '../helpers/fixtures.ts';
import { errorCode, startTestServer, untyped, type TestServer } from '../helpers/server.ts';
import { testDatabase } from '../helpers/database.ts';
import { graphql } from '../generated/index.ts';
import type { ResourceInput, ScheduleInput } from '../generated/graphql.ts';

// Requests that must not freeze the server, slip past the cost limit, 500 on odd text, or leak into logs.

let s: TestServer;
let groupId: string;
let partnerKey: string;
let moderator: string;
beforeAll(async () => {
  s = await startTestServer({ MAX_QUERY_COST: '2000' });
  const p = await partner(s.database);
  partnerKey = p.token;
  moderator = await roleKey(s.database, 'moderator');
  const schedule = {
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    timeZone: 'Europe/London',
    startTime: '19:00',
    startDate: '2026-01-05',
    durationMinutes: 60,
    cancelledDates: [],
  };
  const [id] = await addListings(s.database, [listing(p.organizationId, { schedule })]);
  groupId = resourceGid(id!);
});
afterAll(() => s.close());

const SUBMIT = graphql(`
  mutation HardeningDryRun($input: ResourceInput!) {
    submitResource(input: $input, dryRun: true) {
      userErrors {
        field
        code
        message
      }
    }
  }
`);
const rule = (rrule: string, extra: Partial<ScheduleInput> = {}): ResourceInput => ({
  kind: 'PEER_GROUP',
  name: 'Rule test',
  format: 'ONLINE',
  topics: ['anxiety'],
  facilitation: 'PEER_LED',
  schedule: { rrule, timeZone: 'UTC', startTime: '10:00', durationMinutes: 60, startDate: '2026-12-01', ...extra },
});

describe('recurrence is bounded', () => {
  it('refuses nextMeetings(from:) outside one year back and five years ahead', async () => {
    for (const from of ['9990-01-01T00:00:00Z', '2000-01-01T00:00:00Z']) {
      const r = await s.gql(
        graphql(`
          query HardeningMeetingsFrom($id: ID!, $from: DateTime) {
            resource(id: $id) {
              ... on PeerGroup {
                nextMeetings(first: 1, from: $from) {
                  startsAt
                }
              }
            }
          }
        `),
        { id: groupId, from },
      );
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
    }
    const soon = await s.gql(
      graphql(`
        query HardeningMeetingsSoon($id: ID!) {
          resource(id: $id) {
            __typename
            ... on PeerGroup {
              nextMeetings(first: 2) {
                startsAt
              }
            }
          }
        }
      `),
      { id: groupId },
    );
    const group = soon.data.resource;
    if (group?.__typename !== 'PeerGroup') throw new Error(`expected a PeerGroup, got ${group?.__typename}`);
    expect(group.nextMeetings).toHaveLength(2);
  });

  it('refuses rules that match nothing, quickly, and start dates far away', async () => {
    for (const bad of [
      'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30',
      'FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31',
      'FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29',
    ]) {
      const r = await s.gql(
        SUBMIT,
        { input: rule(bad, bad.includes('INTERVAL') ? { startDate: '2027-01-01' } : {}) },
        partnerKey,
      );
      expect(
        r.data.submitResource.userErrors.map((e) => e.code),
        bad,
      ).toContain('INVALID_RRULE');
    }
    const ancient = await s.gql(
      SUBMIT,
      { input: rule('FREQ=WEEKLY;BYDAY=MO', { startDate: '0001-01-01' }) },
      partnerKey,
    );
    expect(ancient.data.submitResource.userErrors).toMatchObject([
      { field: ['schedule', 'startDate'], code: 'OUT_OF_RANGE' },
    ]);
  });

  it('refuses a rule whose first meeting is more than about thirteen months away', async () => {
    // The March after a leap day: the next 29 February is three years later.
    let year = new Date().getUTCFullYear() + 1;
    while (year % 4 !== 1) year++;
    const r = await s.gql(
      SUBMIT,
      { input: rule('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', { startDate: `${year}-03-01` }) },
      partnerKey,
    );
    expect(r.data.submitResource.userErrors).toMatchObject([{ field: ['schedule', 'rrule'], code: 'INVALID_RRULE' }]);
    const yearly = await s.gql(
      SUBMIT,
      { input: rule('FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1', { startDate: `${year}-03-01` }) },
      partnerKey,
    );
    expect(yearly.data.submitResource.userErrors).toEqual([]);
  });

  it('stores COUNT as the UNTIL of the last meeting, so reads never walk from the first', async () => {
    const start = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const r = await s.gql(
      graphql(`
        mutation HardeningCountRule($input: ResourceInput!) {
          submitResource(input: $input) {
            userErrors {
              code
            }
            resource {
              __typename
              ... on PeerGroup {
                schedule {
                  rrule
                }
                nextMeetings(first: 10) {
                  startsAt
                }
              }
            }
          }
        }
      `),
      { input: { ...rule('FREQ=DAILY;COUNT=4', { startDate: start }), externalId: 'count-rule' } },
      partnerKey,
    );
    expect(r.data.submitResource.userErrors).toEqual([]);
    const group = r.data.submitResource.resource;
    if (group?.__typename !== 'PeerGroup') throw new Error(`expected a PeerGroup, got ${group?.__typename}`);
    expect(group.schedule!.rrule).toMatch(/^FREQ=DAILY;UNTIL=\d{8}T100000Z$/);
    expect(group.nextMeetings.map((m) => m.startsAt.slice(0, 10))).toEqual(
      [0, 1, 2, 3].map((d) => new Date(Date.parse(start) + d * 86_400_000).toISOString().slice(0, 10)),
    );
  });

  it('keeps /healthz answering while the worst recurrence requests run', async () => {
    const worst = Array.from({ length: 6 }, () =>
      s.gql(
        SUBMIT,
        { input: rule('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO', { startDate: '1980-01-01' }) },
        partnerKey,
      ),
    );
    // Three probes while they run; the median, so one scheduling hiccup of a shared CI machine does not decide.
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const health = await fetch(`${s.url}/healthz`);
      times.push(performance.now() - started);
      expect(health.status).toBe(200);
    }
    await Promise.all(worst);
    expect(times.sort((x, y) => x - y)[1]).toBeLessThan(200);
  });
});

describe('the cost limit counts what is returned', () => {
  const schema = buildSchema();
  const costOf = (query: string, variables: Record<string, unknown> = {}) =>
    queryCost(schema, parse(query), variables, undefined);

  it('charges an explicit or omitted first as the page the resolver returns', () => {
    const deep = `query($n: Int) { resources(first: $n) { edges { node { topics { children { name } } } } } }`;
    expect(costOf(deep, { n: null })).toBe(costOf(deep, { n: 20 }));
    expect(costOf(deep, {})).toBe(costOf(deep, { n: 20 }));
    expect(costOf(deep, { n: null })).toBe(1 + 20 * costOf(deep, { n: 1 }) - 20);
    const meetings = `query($n: Int) { resources(first: 1) { edges { node { ... on PeerGroup { nextMeetings(first: $n) { startsAt } } } } } }`;
    expect(costOf(meetings, { n: null })).toBe(costOf(meetings, { n: 3 }));
  });

  it('charges organizations and their nested connections by their own pages', () => {
    const orgs = `query($n: Int) { organizations(first: $n) { edges { node { name resources(first: 5) { edges { node { name } } } } } } }`;
    expect(costOf(orgs, { n: null })).toBe(costOf(orgs, { n: 20 }));
    // 1 (connection) + 20 × (edge 1 + node 1 + resources (1 + 5 × 2))
    expect(costOf(orgs, { n: 20 })).toBe(1 + 20 * (2 + 1 + 5 * 2));
    expect(() => costOf(`{ organizations(first: 1000) { edges { node { name } } } }`)).toThrow(/between 0 and 100/);
  });

  it('refuses to build a schema with a paged field that has no page rule', async () => {
    const { assertPageRules } = await import('../../src/limits/cost.ts');
    const { buildSchema: build } = await import('graphql');
    expect(() => assertPageRules(build(`type Query { things(first: Int): [String] }`))).toThrow(/Query.things/);
    expect(() => assertPageRules(schema)).not.toThrow();
  });

  it('gives aggregates a fixed cost whatever first is, and multiplies only edges', () => {
    expect(costOf(`{ resources(first: 0) { totalCount } }`)).toBe(1 + AGGREGATE_COST.totalCount!);
    expect(costOf(`{ resources(first: 100) { totalCount facets { formats { count } } } }`)).toBe(
      costOf(`{ resources(first: 0) { totalCount facets { formats { count } } } }`),
    );
    expect(costOf(`{ resources(first: 100) { totalCount edges { node { name } } } }`)).toBe(
      1 + AGGREGATE_COST.totalCount! + 100 * 2,
    );
    // Thirty aliased aggregates are thirty times the aggregate, not free.
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `a${i}: resources(first: 0) { totalCount facets { formats { count } } }`,
    ).join(' ');
    expect(costOf(`{ ${aliases} }`)).toBeGreaterThanOrEqual(30 * (AGGREGATE_COST.totalCount! + AGGREGATE_COST.facets!));
  });

  it('counts _entities representations, caps them, and refuses first over 100 before cost', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on PeerGroup { name topics { name } } } }`;
    const reps = (n: number) => Array.from({ length: n }, () => ({ __typename: 'PeerGroup', id: groupId }));
    expect(costOf(q, { r: reps(400) })).toBe(4 * costOf(q, { r: reps(100) }) - 3);
    expect(errorCode(await s.gql(q, { r: reps(MAX_REPRESENTATIONS + 1) }))).toBe('QUERY_TOO_COMPLEX');
    expect((await s.gql(q, { r: reps(50) })).data._entities).toHaveLength(50);
    const tooBig = await s.gql(
      `{ resources(first: 101) { edges { node { topics { children { children { name } } } } } } }`,
    );
    expect(errorCode(tooBig)).toBe('BAD_USER_INPUT');
  });
});

describe('text the database cannot take', () => {
  it('answers BAD_USER_INPUT for query arguments and INVALID userErrors for mutation inputs', async () => {
    expect(
      errorCode(
        await s.gql(
          graphql(`
            query HardeningNulText($t: String) {
              resources(filter: { text: $t }) {
                totalCount
              }
            }
          `),
          {
            t: 'a\u0000b',
          },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await s.gql(`{ topic(slug: "x\\u0001") { name } }`))).toBe('BAD_USER_INPUT');
    const review = await s.gql(
      graphql(`
        mutation HardeningNulNote($id: ID!, $n: String) {
          reviewResource(id: $id, decision: REJECT, note: $n) {
            userErrors {
              field
              code
            }
          }
        }
      `),
      { id: groupId, n: 'bad \u0000 note' },
      moderator,
    );
    expect(review.data.reviewResource.userErrors).toMatchObject([{ field: ['note'], code: 'INVALID' }]);
    const surrogate = await s.gql(
      SUBMIT,
      { input: { ...rule('FREQ=WEEKLY'), name: 'lone \ud800 surrogate' } },
      partnerKey,
    );
    expect(surrogate.data.submitResource.userErrors).toMatchObject([{ field: ['name'], code: 'INVALID' }]);
    // Without a key the answer is about the key, not about the input.
    expect(errorCode(await s.gql(SUBMIT, { input: { ...rule('FREQ=WEEKLY'), name: 'lone \ud800 surrogate' } }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses deeply nested variables instead of overflowing the stack', async () => {
    const depth = 20_000;
    const body = `{"query":"query($t: String) { resources(filter: { text: $t }) { totalCount } }","variables":{"t":"x","deep":${'['.repeat(depth)}${']'.repeat(depth)}}}`;
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(res.status).toBeLessThan(500);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('answers bad text per input in a batch, before any database work, and writes the others', async () => {
    const inputs: ResourceInput[] = [
      { ...rule('FREQ=WEEKLY;BYDAY=MO'), externalId: 'nul\u0000id' },
      { ...rule('FREQ=WEEKLY;BYDAY=MO'), externalId: 'batch-fine', name: 'Batch fine' },
      { ...rule('FREQ=WEEKLY;BYDAY=MO'), externalId: 'lone\ud800' },
    ];
    const r = await s.gql(
      graphql(`
        mutation HardeningBatchText($inputs: [ResourceInput!]!) {
          submitResources(inputs: $inputs) {
            userErrors {
              field
              code
            }
            resource {
              name
            }
          }
        }
      `),
      { inputs },
      partnerKey,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.submitResources.map((p) => p.userErrors)).toEqual([
      [{ field: ['externalId'], code: 'INVALID' }],
      [],
      [{ field: ['externalId'], code: 'INVALID' }],
    ]);
    expect(r.data.submitResources[1]!.resource!.name).toBe('Batch fine');
  });

  it('never answers 5xx to generated strings in any string argument or input field (property test)', async () => {
    const nasty = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom(
        '\u0000',
        '\ud800',
        '\udc00x',
        'مرحبا بالعالم \u202e',
        '🧠💬🏳️‍🌈',
        'x'.repeat(100_000),
        "'; drop table resources; --",
        '%_\\',
        '',
      ),
    );
    // Operations as text, each with a function that puts the generated string where its variables take one.
    const ops: Array<{ q: string; vars: (v: string) => Record<string, unknown>; key?: string }> = [
      { q: `query($v: String) { resources(filter: { text: $v }) { totalCount } }`, vars: (v) => ({ v }) },
      {
        q: `query($v: String!) { resources(filter: { topics: [$v], languages: [$v] }) { totalCount } }`,
        vars: (v) => ({ v }),
      },
      { q: `query($v: ID!) { resources(filter: { organizationIds: [$v] }) { totalCount } }`, vars: (v) => ({ v }) },
      { q: `query($v: String) { resources(after: $v) { totalCount } }`, vars: (v) => ({ v }) },
      {
        q: `query($v: ID!) { resource(id: $v) { id } node(id: $v) { id } organization(id: $v) { id } }`,
        vars: (v) => ({ v }),
      },
      { q: `query($v: String!) { topic(slug: $v) { id } }`, vars: (v) => ({ v }) },
      {
        q: `query($v: String!) { resourceByExternalId(externalId: $v) { id } }`,
        vars: (v) => ({ v }),
        key: partnerKey,
      },
      ...['name', 'description', 'externalId', 'url', 'platform', 'registrationUrl'].map((field) => ({
        q: untyped(SUBMIT),
        vars: (v: string) => ({ input: { ...rule('FREQ=WEEKLY'), [field]: v } }),
        key: partnerKey,
      })),
      ...['name', 'address', 'locality', 'region', 'postalCode', 'country'].map((field) => ({
        q: untyped(SUBMIT),
        vars: (v: string) => ({
          input: { ...rule('FREQ=WEEKLY'), format: 'IN_PERSON', location: { country: 'GB', ...LEEDS, [field]: v } },
        }),
        key: partnerKey,
      })),
      ...['rrule', 'timeZone', 'startTime', 'startDate'].map((field) => ({
        q: untyped(SUBMIT),
        vars: (v: string) => ({ input: rule('FREQ=WEEKLY', { [field]: v }) }),
        key: partnerKey,
      })),
      {
        q: untyped(SUBMIT),
        vars: (v: string) => ({ input: { ...rule('FREQ=WEEKLY'), topics: [v], languages: [v] } }),
        key: partnerKey,
      },
      {
        q: `mutation($id: ID!, $v: String) { updateResource(id: $id, patch: { description: $v }) { userErrors { code } } }`,
        vars: (v) => ({ id: groupId, v }),
        key: partnerKey,
      },
      {
        q: `mutation($v: ID!) { archiveResource(id: $v) { userErrors { code } } }`,
        vars: (v) => ({ v }),
        key: partnerKey,
      },
      {
        q: `mutation($id: ID!, $v: String) { reviewResource(id: $id, decision: REJECT, note: $v, revisionId: $v) { userErrors { code } } }`,
        vars: (v) => ({ id: groupId, v }),
        key: moderator,
      },
      {
        q: `mutation($id: ID!, $v: String!) { takeDownResource(id: $id, reason: $v) { userErrors { code } } }`,
        vars: (v) => ({ id: 'bm9uZQ', v }),
        key: moderator,
      },
      {
        q: `mutation($v: String) { submitResources(inputs: [{ kind: PEER_GROUP, name: $v, format: ONLINE, topics: ["anxiety"] }], dryRun: true) { userErrors { code } } }`,
        vars: (v) => ({ v }),
        key: partnerKey,
      },
    ];
    for (const op of ops) {
      await fc.assert(
        fc.asyncProperty(nasty, async (v) => {
          const res = await fetch(`${s.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(op.key ? { authorization: `Bearer ${op.key}` } : {}) },
            body: JSON.stringify({ query: op.q, variables: op.vars(v) }),
          });
          const text = await res.text();
          expect(res.status, `${op.q} ${JSON.stringify(v).slice(0, 80)}`).toBeLessThan(500);
          expect(text).not.toContain('INTERNAL_SERVER_ERROR');
        }),
        { numRuns: 12 },
      );
    }
  });
});

describe('logs never carry a searcher’s point or text', () => {
  it('logs a database failure without the statement, its parameters or the point', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const database = await testDatabase();
    const config = loadConfig({ LOG_LEVEL: 'trace' });
    const { app, apollo } = await createApp({ config, database, log: createLogger('trace', sink) });
    const server: Server = await new Promise((resolve) => {
      const x = app.listen(0, '127.0.0.1', () => resolve(x));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    // Rename the table every nearby search reads: the next search fails inside the database.
    await sql`alter table locations rename to locations_moved`.execute(database.db);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `query($t: String) { resources(near: { latitude: 48.13717, longitude: 11.57549, radiusKm: 7 }, filter: { text: $t }) { totalCount edges { node { name } } } }`,
          variables: { t: 'zebrafinch' },
        }),
      });
      const body = await res.json();
      expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await sql`alter table locations_moved rename to locations`.execute(database.db);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    }
    const log = lines.join('');
    expect(log).toContain('unexpected error');
    for (const secret of ['48.137', '11.575', '48.13', '11.57', 'zebrafinch']) expect(log).not.toContain(secret);
  });
});
