import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEEDS, partner, roleKey, unique } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { graphql } from '../generated/index.ts';
import type { ResourceInput } from '../generated/graphql.ts';

// Upserts and patches keep what they were not sent; privacy changes apply at once; batch writes.

let s: TestServer;
let moderator: string;
beforeAll(async () => {
  s = await startTestServer();
  moderator = await roleKey(s.database, 'moderator');
});
afterAll(() => s.close());

graphql(`
  fragment PartnerWritesPayload on ResourcePayload {
    resource {
      id
      status
      version
      isFree
      name
      location {
        name
        address
        postalCode
        latitude
        longitude
        approximate
      }
      ... on PeerGroup {
        schedule {
          rrule
          description
        }
      }
    }
    userErrors {
      field
      code
      message
    }
    warnings {
      field
      code
      message
    }
    awaitingReview
  }
`);
const SUBMIT = graphql(`
  mutation PartnerWritesSubmit($input: ResourceInput!, $dryRun: Boolean) {
    submitResource(input: $input, dryRun: $dryRun) {
      ...PartnerWritesPayload
    }
  }
`);
const BATCH = graphql(`
  mutation PartnerWritesBatch($inputs: [ResourceInput!]!) {
    submitResources(inputs: $inputs) {
      ...PartnerWritesPayload
    }
  }
`);
const UPDATE = graphql(`
  mutation PartnerWritesUpdate($id: ID!, $patch: ResourcePatch!) {
    updateResource(id: $id, patch: $patch) {
      ...PartnerWritesPayload
    }
  }
`);
const REVIEW = graphql(`
  mutation PartnerWritesApprove($id: ID!, $v: Int) {
    reviewResource(id: $id, decision: APPROVE, expectedVersion: $v) {
      resource {
        status
      }
      userErrors {
        code
      }
    }
  }
`);
const VERSION = graphql(`
  query PartnerWritesVersion($id: ID!) {
    resource(id: $id) {
      version
    }
  }
`);
const BY_EXTERNAL_ID = graphql(`
  query PartnerWritesByExternalId($e: String!) {
    resourceByExternalId(externalId: $e) {
      id
    }
  }
`);

const EXACT = {
  name: 'St Anne’s Hall',
  address: '7 Quiet Lane',
  postalCode: 'LS2 9ZZ',
  latitude: 53.80127,
  longitude: -1.54873,
};
const group = (over: Partial<ResourceInput> = {}): ResourceInput => ({
  kind: 'PEER_GROUP',
  name: unique('Fortnightly Carers Group'),
  format: 'IN_PERSON',
  topics: ['anxiety'],
  facilitation: 'PEER_LED',
  location: { country: 'GB', region: 'GB-ENG', locality: 'Leeds', ...EXACT },
  schedule: {
    rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU',
    timeZone: 'Europe/London',
    startTime: '18:00',
    durationMinutes: 60,
    startDate: '2026-01-06',
  },
  ...over,
});
const storedSchedule = async (id: number) =>
  (
    await sql<{
      start_date: string;
      cancelled_dates: string[];
    }>`select start_date::text, cancelled_dates::text[] from schedules where resource_id = ${id}`.execute(s.database.db)
  ).rows[0]!;
const rowId = (gid: string) => Number(Buffer.from(gid, 'base64url').toString().split(':')[1]);

describe('upsert and patch keep what they were not sent', () => {
  it('keeps the stored startDate on resubmission, and requires one for an every-other-week rule', async () => {
    const p = await partner(s.database);
    const input = group({ externalId: unique('ext') });
    const id = (await s.gql(SUBMIT, { input }, p.token)).data.submitResource.resource!.id;
    const { startDate: _omitted, ...withoutStart } = input.schedule!;
    const again = (await s.gql(SUBMIT, { input: { ...input, schedule: withoutStart } }, p.token)).data.submitResource;
    expect(again.userErrors).toEqual([]);
    expect(again.resource!.version).toBe(1);
    expect((await storedSchedule(rowId(id))).start_date).toBe('2026-01-06');

    const fresh = (await s.gql(SUBMIT, { input: group({ schedule: withoutStart }) }, p.token)).data.submitResource;
    expect(fresh.userErrors).toMatchObject([{ field: ['schedule', 'startDate'], code: 'REQUIRED' }]);
  });

  it('keeps isFree and cancelled dates it was not sent; null clears', async () => {
    const p = await partner(s.database);
    const input = group({
      externalId: unique('ext'),
      isFree: false,
      schedule: { ...group().schedule!, cancelledDates: ['2026-12-22'] },
    });
    const id = (await s.gql(SUBMIT, { input }, p.token)).data.submitResource.resource!.id;
    const { isFree: _f, ...noIsFree } = input;
    expect((await s.gql(SUBMIT, { input: noIsFree }, p.token)).data.submitResource.resource!.isFree).toBe(false);
    const patched = (
      await s.gql(
        UPDATE,
        {
          id,
          patch: {
            schedule: {
              rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
              timeZone: 'Europe/London',
              startTime: '18:00',
              durationMinutes: 60,
            },
          },
        },
        p.token,
      )
    ).data.updateResource;
    expect(patched.userErrors).toEqual([]);
    expect(await storedSchedule(rowId(id))).toEqual({ start_date: '2026-01-06', cancelled_dates: ['2026-12-22'] });
    await s.gql(
      UPDATE,
      {
        id,
        patch: {
          schedule: {
            rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
            timeZone: 'Europe/London',
            startTime: '18:00',
            durationMinutes: 60,
            cancelledDates: null,
          },
        },
      },
      p.token,
    );
    expect((await storedSchedule(rowId(id))).cancelled_dates).toEqual([]);
  });

  it('refuses a kind change on upsert and an externalId already in use', async () => {
    const p = await partner(s.database);
    const a = unique('a');
    const b = unique('b');
    await s.gql(SUBMIT, { input: group({ externalId: a }) }, p.token);
    const idB = (await s.gql(SUBMIT, { input: group({ externalId: b }) }, p.token)).data.submitResource.resource!.id;
    const asWorkshop: ResourceInput = {
      kind: 'WORKSHOP',
      externalId: a,
      name: 'W',
      format: 'ONLINE',
      topics: ['anxiety'],
      sessions: [{ startsAt: '2027-01-01T10:00:00Z', timeZone: 'UTC' }],
    };
    expect((await s.gql(SUBMIT, { input: asWorkshop }, p.token)).data.submitResource.userErrors).toMatchObject([
      { field: ['kind'], code: 'NOT_ALLOWED_FOR_KIND' },
    ]);
    const clash = await s.gql(UPDATE, { id: idB, patch: { externalId: a } }, p.token);
    expect(clash.errors).toBeUndefined();
    expect(clash.data.updateResource.userErrors).toMatchObject([
      { field: ['externalId'], code: 'DUPLICATE_EXTERNAL_ID' },
    ]);
  });
});

describe('submitResources', () => {
  it('commits each input alone, answers in order, and finds listings by externalId', async () => {
    const p = await partner(s.database);
    const ext = unique('batch');
    const inputs = [
      group({ externalId: `${ext}-1` }),
      group({ externalId: `${ext}-2`, name: '' }),
      group({ externalId: `${ext}-3`, name: 'bad\u0000name' }),
    ];
    const out = (await s.gql(BATCH, { inputs }, p.token)).data.submitResources;
    expect(out).toHaveLength(3);
    expect(out[0]!.resource!.status).toBe('PUBLISHED');
    expect(out[1]!.userErrors[0]).toMatchObject({ field: ['name'], code: 'REQUIRED' });
    expect(out[2]!.userErrors[0]).toMatchObject({ field: ['name'], code: 'INVALID' });
    const byExt = await s.gql(BY_EXTERNAL_ID, { e: `${ext}-1` }, p.token);
    expect(byExt.data.resourceByExternalId!.id).toBe(out[0]!.resource!.id);
    const other = await partner(s.database);
    expect((await s.gql(BY_EXTERNAL_ID, { e: `${ext}-1` }, other.token)).data.resourceByExternalId).toBeNull();
    const tooMany = await s.gql(BATCH, { inputs: Array.from({ length: 101 }, () => group()) }, p.token);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('places made private', () => {
  it('applies at once for an untrusted partner, hides the venue name, and leaves no exact trace in history', async () => {
    const p = await partner(s.database, { trusted: false });
    const created = (await s.gql(SUBMIT, { input: group() }, p.token)).data.submitResource.resource!;
    const v = (await s.gql(VERSION, { id: created.id }, moderator)).data.resource!.version;
    expect((await s.gql(REVIEW, { id: created.id, v }, moderator)).data.reviewResource.resource!.status).toBe(
      'PUBLISHED',
    );
    const location = { country: 'GB', region: 'GB-ENG', locality: 'Leeds', ...EXACT, approximate: true };
    const edit = (await s.gql(UPDATE, { id: created.id, patch: { location, name: 'Renamed while private' } }, p.token))
      .data.updateResource;
    expect(edit.awaitingReview).toBe(true);
    // The public sees the private place now; the rename still waits for review.
    const pub = (
      await s.gql(
        graphql(`
          query PartnerWritesPublicPlace($id: ID!) {
            resource(id: $id) {
              name
              location {
                name
                address
                postalCode
                latitude
                longitude
                approximate
              }
            }
          }
        `),
        { id: created.id },
      )
    ).data.resource!;
    expect(pub.location).toEqual({
      name: null,
      address: null,
      postalCode: null,
      latitude: 53.8,
      longitude: -1.55,
      approximate: true,
    });
    expect(pub.name).toBe(created.name);
    const dump = JSON.stringify(
      (
        await sql`select before, after from resource_history where resource_id = ${rowId(created.id)}
      union all select patch, null from resource_revisions where resource_id = ${rowId(created.id)}`.execute(
          s.database.db,
        )
      ).rows,
    );
    for (const secret of ['53.80127', '1.54873', 'Quiet Lane', 'LS2 9ZZ', 'St Anne'])
      expect(dump).not.toContain(secret);
    const row = (
      await sql<{
        address: string | null;
        latitude: number;
      }>`select address, latitude from locations where resource_id = ${rowId(created.id)}`.execute(s.database.db)
    ).rows[0]!;
    expect(row).toEqual({ address: null, latitude: 53.8 });
  });

  it('keeps a proposal to reveal a private place out of history, and out of the revision once rejected', async () => {
    const p = await partner(s.database, { trusted: false });
    const hidden = {
      country: 'GB',
      region: 'GB-ENG',
      locality: 'Leeds',
      latitude: 53.8,
      longitude: -1.55,
      approximate: true,
    };
    const created = (await s.gql(SUBMIT, { input: group({ location: hidden }) }, p.token)).data.submitResource
      .resource!;
    const v = (await s.gql(VERSION, { id: created.id }, moderator)).data.resource!.version;
    await s.gql(REVIEW, { id: created.id, v }, moderator);
    const reveal = { country: 'GB', region: 'GB-ENG', locality: 'Leeds', ...EXACT, approximate: false };
    expect(
      (await s.gql(UPDATE, { id: created.id, patch: { location: reveal } }, p.token)).data.updateResource
        .awaitingReview,
    ).toBe(true);
    const historyDump = async () =>
      JSON.stringify(
        (
          await sql`select before, after from resource_history where resource_id = ${rowId(created.id)}`.execute(
            s.database.db,
          )
        ).rows,
      );
    for (const secret of ['53.80127', 'Quiet Lane', 'LS2 9ZZ', 'St Anne'])
      expect(await historyDump()).not.toContain(secret);
    const seen = (
      await s.gql(
        graphql(`
          query PartnerWritesPending($id: ID!) {
            resource(id: $id) {
              __typename
              ... on PeerGroup {
                pendingRevision {
                  id
                }
              }
            }
          }
        `),
        { id: created.id },
        moderator,
      )
    ).data.resource;
    if (seen?.__typename !== 'PeerGroup') throw new Error(`expected a PeerGroup, got ${seen?.__typename}`);
    const pending = seen.pendingRevision!;
    const rejected = await s.gql(
      graphql(`
        mutation PartnerWritesReject($id: ID!, $r: ID) {
          reviewResource(id: $id, decision: REJECT, revisionId: $r, note: "Please confirm with the host") {
            userErrors {
              code
            }
          }
        }
      `),
      { id: created.id, r: pending.id },
      moderator,
    );
    expect(rejected.data.reviewResource.userErrors).toEqual([]);
    const revisions = JSON.stringify(
      (await sql`select patch from resource_revisions where resource_id = ${rowId(created.id)}`.execute(s.database.db))
        .rows,
    );
    for (const secret of ['53.80127', 'Quiet Lane', 'LS2 9ZZ', 'St Anne']) expect(revisions).not.toContain(secret);
  });

  it('keeps a place private when a resync omits approximate', async () => {
    const p = await partner(s.database);
    const input = group({
      externalId: unique('sync'),
      location: { country: 'GB', region: 'GB-ENG', locality: 'Leeds', ...EXACT, approximate: true },
    });
    const created = (await s.gql(SUBMIT, { input }, p.token)).data.submitResource.resource!;
    expect(created.location!.approximate).toBe(true);
    // The partner's nightly sync does not know about privacy and sends the exact place again.
    const resync = (
      await s.gql(
        SUBMIT,
        { input: { ...input, location: { country: 'GB', region: 'GB-ENG', locality: 'Leeds', ...EXACT } } },
        p.token,
      )
    ).data.submitResource;
    expect(resync.userErrors).toEqual([]);
    expect(resync.resource!.location).toEqual({
      name: null,
      address: null,
      postalCode: null,
      latitude: 53.8,
      longitude: -1.55,
      approximate: true,
    });
    const patched = (
      await s.gql(
        UPDATE,
        { id: created.id, patch: { location: { country: 'GB', locality: 'Leeds', ...EXACT } } },
        p.token,
      )
    ).data.updateResource;
    expect(patched.resource!.location!.approximate).toBe(true);
    // Saying so is still how a place is made public again.
    const opened = (
      await s.gql(
        UPDATE,
        { id: created.id, patch: { location: { country: 'GB', locality: 'Leeds', ...EXACT, approximate: false } } },
        p.token,
      )
    ).data.updateResource;
    expect(opened.resource!.location).toMatchObject({ address: '7 Quiet Lane', approximate: false });
  });

  it('warns (without refusing) when the point is not in the stated country', async () => {
    const p = await partner(s.database);
    const swapped = group({
      location: { country: 'GB', locality: 'Leeds', latitude: LEEDS.longitude, longitude: LEEDS.latitude },
    });
    const out = (await s.gql(SUBMIT, { input: swapped, dryRun: true }, p.token)).data.submitResource;
    expect(out.userErrors).toEqual([]);
    expect(out.warnings).toMatchObject([{ field: ['location'], code: 'LOCATION_MISMATCH' }]);
    expect(out.warnings[0]!.message).toMatch(/swapped/);
    expect((await s.gql(SUBMIT, { input: group(), dryRun: true }, p.token)).data.submitResource.warnings).toEqual([]);
  });
});
