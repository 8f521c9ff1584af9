import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { purgeContactRequests } from '../src/modules/contacts/service.ts';
import { HelplineFileError, importHelplines } from '../src/modules/crisis/import.ts';
import { staleHelplines } from '../src/modules/crisis/stale.ts';
import { listingMaintenance } from '../src/modules/listing/maintenance.ts';
import { VERIFIED_HELPLINES } from '../src/modules/demo/seed.ts';
import { LEEDS, partner, roleKey, unique } from './helpers/fixtures.ts';
import { errorCode, startTestServer, untyped, type TestServer } from './helpers/server.ts';
import { graphql } from './generated/index.ts';
import type { ResourceInput, SafetyRequestContactMutationVariables } from './generated/graphql.ts';

// What keeps a person in distress safe: crisis support for their country, a private way to reach an organiser,
// and a way to report a listing.

let s: TestServer;
let moderator: string;
beforeAll(async () => {
  s = await startTestServer();
  moderator = await roleKey(s.database, 'moderator');
  await importHelplines(s.database.db, readFileSync(VERIFIED_HELPLINES, 'utf8'));
});
afterAll(() => s.close());

const SUBMIT = graphql(`
  mutation SafetySubmit($input: ResourceInput!) {
    submitResource(input: $input) {
      resource {
        id
      }
      userErrors {
        field
        code
      }
    }
  }
`);
async function publishedGroup(token: string, over: Partial<ResourceInput> = {}) {
  const r = await s.gql(
    SUBMIT,
    {
      input: {
        kind: 'PEER_GROUP',
        name: unique('Leeds Self-harm Peer Group'),
        format: 'IN_PERSON',
        topics: ['self-harm'],
        facilitation: 'PEER_LED',
        location: { country: 'GB', locality: 'Leeds', ...LEEDS },
        contacts: [{ label: 'Jo', role: 'FACILITATOR', method: 'PHONE', value: '+44 7700 900777' }],
        ...over,
      },
    },
    token,
  );
  expect(r.data.submitResource.userErrors).toEqual([]);
  return r.data.submitResource.resource!.id;
}

describe('crisis support', () => {
  it('names the UK emergency number for a search near Leeds, with cited helplines, and puts it first for a sensitive topic', async () => {
    const p = await partner(s.database);
    await publishedGroup(p.token);
    const r = await s.gql(
      graphql(`
        query SafetyCrisisNearLeeds($near: NearInput!) {
          resources(near: $near, filter: { topics: ["self-harm"] }) {
            totalCount
            crisisSupportFirst
            crisisSupport {
              country
              emergencyNumber
              emergencyNumbers
              notice
              helplines {
                name
                open24x7
                source
                verifiedAt
                contacts {
                  channel
                  value
                }
              }
            }
          }
        }
      `),
      {
        near: { ...LEEDS, radiusKm: 10 },
      },
    );
    expect(r.errors).toBeUndefined();
    const c = r.data.resources;
    expect(c.crisisSupportFirst).toBe(true);
    const crisis = c.crisisSupport!;
    expect(crisis.country).toBe('GB');
    expect(crisis.emergencyNumber).toBe('999');
    expect(crisis.emergencyNumbers).toEqual(['999', '112']);
    expect(crisis.notice).toMatch(/not a crisis or emergency service/);
    expect(crisis.helplines.map((h) => h.name)).toContain('Samaritans');
    for (const h of crisis.helplines) expect(h.source).toMatch(/^https:\/\//);
    const plain = await s.gql(
      graphql(`
        query SafetyCrisisNotFirst($near: NearInput!) {
          resources(near: $near, filter: { topics: ["anxiety"] }) {
            crisisSupportFirst
            crisisSupport {
              country
            }
          }
        }
      `),
      { near: { ...LEEDS, radiusKm: 10 } },
    );
    expect(plain.data.resources).toEqual({ crisisSupportFirst: false, crisisSupport: { country: 'GB' } });
    const noNear = await s.gql(
      graphql(`
        query SafetyCrisisNoPlace {
          resources(filter: { topics: ["suicidal-thoughts"] }) {
            crisisSupportFirst
            crisisSupport {
              country
            }
          }
        }
      `),
    );
    expect(noNear.data.resources).toEqual({ crisisSupportFirst: true, crisisSupport: null });
    const topics = await s.gql(
      graphql(`
        query SafetySensitiveTopics {
          topics {
            slug
            sensitive
          }
        }
      `),
    );
    expect(
      topics.data.topics
        .filter((t) => t.sensitive)
        .map((t) => t.slug)
        .sort(),
    ).toEqual(['eating-disorders', 'self-harm', 'suicidal-thoughts', 'suicide-bereavement', 'trauma-and-ptsd']);
  });

  it('answers by country, localises the notice, never shows another country’s numbers, refuses bad codes', async () => {
    const us = await s.gql(
      graphql(`
        query SafetyCrisisUs {
          crisisSupport(country: "us", language: "es") {
            country
            emergencyNumber
            notice
            helplines {
              name
              languages
            }
          }
        }
      `),
    );
    expect(us.data.crisisSupport).toMatchObject({
      country: 'US',
      emergencyNumber: '911',
      helplines: [{ name: '988 Suicide & Crisis Lifeline' }],
    });
    expect(us.data.crisisSupport!.notice).toMatch(/no son un servicio de crisis/);
    expect(
      (
        await s.gql(
          graphql(`
            query SafetyCrisisNz {
              crisisSupport(country: "NZ") {
                country
              }
            }
          `),
        )
      ).data.crisisSupport,
    ).toBeNull();
    expect(
      errorCode(
        await s.gql(
          graphql(`
            query SafetyCrisisUnknownCountry {
              crisisSupport(country: "XX") {
                country
              }
            }
          `),
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await s.gql(
          graphql(`
            query SafetyCrisisBadLanguage {
              crisisSupport(country: "GB", language: "english") {
                country
              }
            }
          `),
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('refuses a helpline file with an entry that cites no source, writing nothing', async () => {
    const before = (await sql<{ n: number }>`select count(*)::int as n from helplines`.execute(s.database.db)).rows[0]!
      .n;
    const good =
      '{"type":"helpline","country":"NZ","name":"Good line","contacts":[{"channel":"PHONE","value":"0800"}],"open24x7":true,"source":"https://example.org/a","verifiedAt":"2026-12-01","quote":"call 0800"}';
    const noSource =
      '{"type":"helpline","country":"NZ","name":"Unsourced","contacts":[{"channel":"PHONE","value":"1737"}],"open24x7":true,"verifiedAt":"2026-12-01","quote":"x"}';
    await expect(importHelplines(s.database.db, `${good}\n${noSource}\n`)).rejects.toThrow(/line 2: source/);
    await expect(importHelplines(s.database.db, `${good.replace('https://', 'http://')}\n`)).rejects.toBeInstanceOf(
      HelplineFileError,
    );
    await expect(
      importHelplines(
        s.database.db,
        '{"type":"emergency","country":"NZ","number":"111","source":"https://example.org","verifiedAt":"2026-12-01"}',
      ),
    ).rejects.toThrow(/quote/);
    await expect(importHelplines(s.database.db, 'not json')).rejects.toThrow(/line 1/);
    expect((await sql<{ n: number }>`select count(*)::int as n from helplines`.execute(s.database.db)).rows[0]!.n).toBe(
      before,
    );
  });

  it('flags helplines not verified for 90 days', async () => {
    await importHelplines(
      s.database.db,
      '{"type":"helpline","country":"FJ","name":"Old line","contacts":[{"channel":"PHONE","value":"1543"}],"open24x7":false,"source":"https://example.org/fj","verifiedAt":"2025-01-01","quote":"call 1543"}',
    );
    const stale = await staleHelplines(s.database.db);
    expect(stale.map((h) => h.name)).toContain('Old line');
    expect(stale.map((h) => h.name)).not.toContain('Samaritans');
    await sql`delete from helplines where country = 'FJ'`.execute(s.database.db);
  });

  it('imports through the CLI, and a file with an unsourced entry exits 1 naming the line', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
        // Its own throwaway embedded database, whatever the suite runs on.
        env: {
          ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL')),
          DATA_DIR: 'memory://',
          LOG_LEVEL: 'silent',
        },
        timeout: 120_000,
      });
    const ok = await run(['helplines', 'import', VERIFIED_HELPLINES]);
    expect(ok.stdout).toMatch(/imported 3 emergency numbers and 3 helplines/);
    const bad = path.join(mkdtempSync(path.join(tmpdir(), 'pa-helplines-')), 'bad.jsonl');
    writeFileSync(
      bad,
      '{"type":"emergency","country":"GB","number":"999","verifiedAt":"2026-12-01","quote":"call 999"}\n',
    );
    const err = await run(['helplines', 'import', bad]).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(err?.code).toBe(1);
    expect(err?.stderr).toMatch(/line 1: source must be/);
  }, 180_000);

  it('ships only helplines whose every line cites an https source', () => {
    const lines = readFileSync(VERIFIED_HELPLINES, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(l.source).toMatch(/^https:\/\//);
      expect(l.quote.length).toBeGreaterThan(10);
    }
    expect(lines.filter((l) => l.type === 'emergency' && l.country === 'GB').map((l) => l.number)).toEqual([
      '999',
      '112',
    ]);
  });
});

describe('requestContact', () => {
  const REQUEST = graphql(`
    mutation SafetyRequestContact($id: ID!, $m: String!, $r: String!) {
      requestContact(resourceId: $id, message: $m, replyTo: $r) {
        ok
        userErrors {
          field
          code
          message
        }
      }
    }
  `);
  const INBOX = graphql(`
    query SafetyInbox {
      contactRequests {
        id
        message
        replyTo
        createdAt
        resource {
          id
        }
      }
    }
  `);

  it('relays a seeker’s message to the owner only, without revealing the organiser', async () => {
    const owner = await partner(s.database);
    const id = await publishedGroup(owner.token);
    const sent = await s.gql(REQUEST, { id, m: 'Can I come along on Tuesday?', r: 'seeker@example.org' });
    expect(sent.data.requestContact).toEqual({ ok: true, userErrors: [] });
    expect(JSON.stringify(sent)).not.toContain('7700');
    const inbox = await s.gql(INBOX, {}, owner.token);
    expect(inbox.data.contactRequests).toEqual([
      expect.objectContaining({
        message: 'Can I come along on Tuesday?',
        replyTo: 'seeker@example.org',
        resource: { id },
      }),
    ]);
    const other = await partner(s.database);
    expect((await s.gql(INBOX, {}, other.token)).data.contactRequests).toEqual([]);
    expect(errorCode(await s.gql(INBOX))).toBe('UNAUTHENTICATED');
    expect(errorCode(await s.gql(INBOX, {}, moderator))).toBe('FORBIDDEN');
  });

  it('refuses hostile or empty input, unknown and unpublished listings, and control characters', async () => {
    const owner = await partner(s.database, { trusted: false });
    const pending = await publishedGroup(owner.token);
    const cases: Array<[SafetyRequestContactMutationVariables, string]> = [
      [{ id: pending, m: 'hello', r: 'a@example.org' }, 'NOT_FOUND'],
      [{ id: 'bm9wZQ', m: 'hello', r: 'a@example.org' }, 'NOT_FOUND'],
      [{ id: pending, m: '   ', r: 'a@example.org' }, 'REQUIRED'],
      [{ id: pending, m: 'x'.repeat(2001), r: 'a@example.org' }, 'TOO_LONG'],
      [{ id: pending, m: 'hello', r: '<script>' }, 'INVALID'],
      [{ id: pending, m: 'hi\u0000there', r: 'a@example.org' }, 'INVALID'],
    ];
    for (const [vars, code] of cases) {
      const r = await s.gql(REQUEST, vars, moderator);
      expect(r.data.requestContact.ok, JSON.stringify(vars).slice(0, 80)).toBe(false);
      expect(r.data.requestContact.userErrors[0]!.code).toBe(code);
    }
    expect((await s.gql(INBOX, {}, owner.token)).data.contactRequests).toEqual([]);
  });

  it('is rate-limited per client', async () => {
    const own = await startTestServer({}, s.database);
    try {
      const owner = await partner(s.database);
      const id = await publishedGroup(owner.token);
      const codes: unknown[] = [];
      for (let i = 0; i < 11; i++)
        codes.push(errorCode(await own.gql(REQUEST, { id, m: `message ${i}`, r: '+44 113 496 0001' })) ?? 'ok');
      expect(codes.slice(0, 10).every((c) => c === 'ok')).toBe(true);
      expect(codes[10]).toBe('RATE_LIMITED');
      const report = await own.gql(
        graphql(`
          mutation SafetyReportSpam($id: ID!) {
            reportResource(id: $id, reason: SPAM) {
              ok
            }
          }
        `),
        { id },
      );
      expect(errorCode(report)).toBe('RATE_LIMITED');
    } finally {
      await own.close();
    }
  });

  it('deletes messages after 30 days', async () => {
    const owner = await partner(s.database);
    const id = await publishedGroup(owner.token);
    await s.gql(REQUEST, { id, m: 'old message', r: 'old@example.org' });
    await s.gql(REQUEST, { id, m: 'new message', r: 'new@example.org' });
    await sql`update contact_requests set created_at = now() - interval '31 days' where message = 'old message'`.execute(
      s.database.db,
    );
    // The inbox already hides it; the purge removes it from storage.
    expect((await s.gql(INBOX, {}, owner.token)).data.contactRequests.map((c) => c.message)).toEqual(['new message']);
    expect(await purgeContactRequests(s.database.db)).toBeGreaterThanOrEqual(1);
    const left = await sql<{
      m: string;
    }>`select message as m from contact_requests where message in ('old message', 'new message')`.execute(
      s.database.db,
    );
    expect(left.rows.map((r) => r.m)).toEqual(['new message']);
    await listingMaintenance(s.database.db, createLogger('silent'));
  });
});

describe('reportResource', () => {
  const REPORT = graphql(`
    mutation SafetyReport($id: ID!, $reason: ReportReason!, $d: String) {
      reportResource(id: $id, reason: $reason, details: $d) {
        ok
        userErrors {
          field
          code
        }
      }
    }
  `);
  const REPORTS = graphql(`
    query SafetyReports($id: ID) {
      resourceReports(resourceId: $id) {
        reason
        details
        resource {
          id
        }
      }
    }
  `);

  it('lets anyone report; the owner and moderators read reports, nobody else', async () => {
    const owner = await partner(s.database);
    const id = await publishedGroup(owner.token);
    expect(
      (await s.gql(REPORT, { id, reason: 'GROUP_CLOSED', d: 'The hall said they stopped in October' })).data
        .reportResource,
    ).toEqual({ ok: true, userErrors: [] });
    expect((await s.gql(REPORT, { id, reason: 'SAFETY_CONCERN' })).data.reportResource.ok).toBe(true);
    const mine = (await s.gql(REPORTS, { id }, owner.token)).data.resourceReports;
    expect(mine.map((r) => r.reason).sort()).toEqual(['GROUP_CLOSED', 'SAFETY_CONCERN']);
    expect((await s.gql(REPORTS, { id }, moderator)).data.resourceReports).toHaveLength(2);
    const other = await partner(s.database);
    expect((await s.gql(REPORTS, { id }, other.token)).data.resourceReports).toEqual([]);
    expect(errorCode(await s.gql(REPORTS, { id }))).toBe('UNAUTHENTICATED');
    expect((await s.gql(REPORT, { id: 'bm9wZQ', reason: 'SPAM' })).data.reportResource.userErrors[0]!.code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await s.gql(REPORT, { id, reason: 'OTHER', d: 'y'.repeat(2001) })).data.reportResource.userErrors[0]!.code,
    ).toBe('TOO_LONG');
    // A reason the schema does not have: its types refuse it, a client could still send it.
    expect(errorCode(await s.gql(untyped(REPORT), { id, reason: 'NOT_A_REASON' }))).toBe('BAD_USER_INPUT');
  });
});
