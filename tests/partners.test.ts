import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEEDS, partner, roleKey, unique } from './helpers/fixtures.ts';
import { errorCode, startTestServer, type TestServer } from './helpers/server.ts';
import { graphql } from './generated/index.ts';
import type { ResourceFilter, ResourceInput, ReviewDecision } from './generated/graphql.ts';

let s: TestServer;
let moderator: string;
let analyst: string;
beforeAll(async () => {
  s = await startTestServer();
  moderator = await roleKey(s.database, 'moderator');
  analyst = await roleKey(s.database, 'analyst');
});
afterAll(() => s.close());

// What every mutation below answers.
graphql(`
  fragment PartnersPayload on ResourcePayload {
    resource {
      __typename
      id
      name
      status
      version
      description
      lastVerifiedAt
      externalId
      location {
        latitude
        longitude
        address
      }
      ... on PeerGroup {
        facilitation
        schedule {
          rrule
        }
        moderationNote
        pendingRevision {
          changedFields
          proposed
        }
        history {
          action
          changedFields
          actor
        }
      }
    }
    userErrors {
      field
      code
      message
    }
    duplicates {
      score
      resource {
        id
        name
      }
    }
    awaitingReview
  }
`);
const SUBMIT = graphql(`
  mutation PartnersSubmit($input: ResourceInput!, $dryRun: Boolean) {
    submitResource(input: $input, dryRun: $dryRun) {
      ...PartnersPayload
    }
  }
`);
const UPDATE = graphql(`
  mutation PartnersUpdate($id: ID!, $patch: ResourcePatch!, $v: Int) {
    updateResource(id: $id, patch: $patch, expectedVersion: $v) {
      ...PartnersPayload
    }
  }
`);
const ARCHIVE = graphql(`
  mutation PartnersArchive($id: ID!) {
    archiveResource(id: $id) {
      ...PartnersPayload
    }
  }
`);
const VERIFY = graphql(`
  mutation PartnersVerify($id: ID!) {
    verifyResource(id: $id) {
      ...PartnersPayload
    }
  }
`);
const REVIEW = graphql(`
  mutation PartnersReview($id: ID!, $d: ReviewDecision!, $note: String, $rev: ID, $v: Int) {
    reviewResource(id: $id, decision: $d, note: $note, revisionId: $rev, expectedVersion: $v) {
      ...PartnersPayload
    }
  }
`);
const SEEN = graphql(`
  query PartnersSeen($id: ID!) {
    resource(id: $id) {
      version
      ... on PeerGroup {
        pendingRevision {
          id
        }
      }
    }
  }
`);

/** A moderator reviews what they just read: the listing's version and its pending revision, if any. */
async function review(id: string, d: ReviewDecision, note?: string) {
  const seen = (await s.gql(SEEN, { id }, moderator)).data.resource;
  const rev = seen && 'pendingRevision' in seen ? seen.pendingRevision?.id : undefined;
  return s.gql(REVIEW, { id, d, note, v: seen?.version, rev }, moderator);
}
const READ = graphql(`
  query PartnersRead($id: ID!) {
    resource(id: $id) {
      id
      name
      status
      version
      description
      ... on PeerGroup {
        moderationNote
        history {
          action
        }
      }
    }
  }
`);

/** A listing as the kind the test made it (its own fields typed); any other kind, or none, fails the test. */
function ofKind<T extends { __typename: string }, K extends T['__typename']>(
  r: T | null | undefined,
  kind: K,
): Extract<T, { __typename: K }> {
  if (r?.__typename !== kind) throw new Error(`expected a ${kind}, got ${r?.__typename}`);
  return r as Extract<T, { __typename: K }>;
}

const group = (over: Partial<ResourceInput> = {}): ResourceInput => ({
  kind: 'PEER_GROUP',
  name: unique('Leeds Hearing Voices Group'),
  format: 'IN_PERSON',
  topics: ['psychosis-and-hearing-voices'],
  facilitation: 'PEER_LED',
  location: { country: 'GB', region: 'GB-ENG', locality: 'Leeds', address: '1 Park Row', ...LEEDS },
  schedule: { rrule: 'FREQ=MONTHLY;BYDAY=2WE,4WE', timeZone: 'Europe/London', startTime: '19:00', durationMinutes: 90 },
  ...over,
});

async function tableCounts() {
  const tables = [
    'resources',
    'locations',
    'schedules',
    'workshop_sessions',
    'resource_topics',
    'resource_occurrences',
    'resource_revisions',
    'resource_history',
    'search_words',
    'organizations',
    'api_keys',
  ];
  const out: Record<string, number> = {};
  for (const t of tables)
    out[t] = (
      await sql<{ n: number }>`select count(*)::int as n from ${sql.table(t)}`.execute(s.database.db)
    ).rows[0]!.n;
  return out;
}

describe('submitting listings', () => {
  it('publishes a trusted partner’s listing at once and records who made it', async () => {
    const p = await partner(s.database, { trusted: true });
    const r = await s.gql(SUBMIT, { input: group({ externalId: 'hv-1' }) }, p.token);
    expect(r.errors).toBeUndefined();
    const out = r.data.submitResource;
    expect(out.userErrors).toEqual([]);
    expect(out.awaitingReview).toBe(false);
    expect(out.resource).toMatchObject({
      status: 'PUBLISHED',
      version: 1,
      externalId: 'hv-1',
      facilitation: 'PEER_LED',
      schedule: { rrule: 'FREQ=MONTHLY;BYDAY=2WE,4WE' },
    });
    expect(ofKind(out.resource, 'PeerGroup').history).toEqual([
      expect.objectContaining({ action: 'CREATED', actor: p.keyId }),
    ]);
    const anon = await s.gql(READ, { id: out.resource!.id });
    expect(anon.data.resource).toMatchObject({ status: 'PUBLISHED', history: null, moderationNote: null });
  });

  it('upserts by externalId: never a second listing, and no new version when nothing changed', async () => {
    const p = await partner(s.database);
    const input = group({ externalId: 'ext-42' });
    const first = (await s.gql(SUBMIT, { input }, p.token)).data.submitResource.resource!;
    const same = (await s.gql(SUBMIT, { input }, p.token)).data.submitResource.resource;
    expect(same).toMatchObject({ id: first.id, version: 1 });
    const changed = (await s.gql(SUBMIT, { input: { ...input, description: 'Now with tea' } }, p.token)).data
      .submitResource.resource;
    expect(changed).toMatchObject({ id: first.id, version: 2, description: 'Now with tea' });
    const n = await s.database.db
      .selectFrom('resources')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('external_id', '=', 'ext-42')
      .where('organization_id', '=', p.organizationId)
      .executeTakeFirstOrThrow();
    expect(n.n).toBe(1);
  });

  it('makes one listing from 20 concurrent identical submits', async () => {
    const p = await partner(s.database);
    const input = group({ externalId: 'race' });
    const results = await Promise.all(Array.from({ length: 20 }, () => s.gql(SUBMIT, { input }, p.token)));
    for (const r of results) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(new Set(results.map((r) => r.data.submitResource.resource!.id)).size).toBe(1);
    const n = await s.database.db
      .selectFrom('resources')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('organization_id', '=', p.organizationId)
      .executeTakeFirstOrThrow();
    expect(n.n).toBe(1);
  });

  it('reports every problem at once, each with its path into the input', async () => {
    const p = await partner(s.database);
    const input = group({
      name: '  ',
      topics: ['anxiety', 'no-such-topic'],
      languages: ['en', 'english'],
      url: 'javascript:alert(1)',
      location: { country: 'XX', latitude: 95, longitude: -200 },
      schedule: {
        rrule: 'FREQ=SOMETIMES',
        timeZone: 'Mars/Olympus',
        startTime: '25:00',
        durationMinutes: 0,
        cancelledDates: ['tomorrow'],
      },
      sessions: [{ startsAt: '2027-01-01T10:00:00Z', endsAt: '2027-01-01T09:00:00Z', timeZone: 'Europe/London' }],
      description: 'x'.repeat(5001),
    });
    const r = await s.gql(SUBMIT, { input }, p.token);
    expect(r.errors).toBeUndefined();
    const errors = r.data.submitResource.userErrors.map((e) => [e.field.join('.'), e.code]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ['name', 'REQUIRED'],
        ['topics.1', 'UNKNOWN_TOPIC'],
        ['languages.1', 'INVALID_LANGUAGE'],
        ['url', 'INVALID_URL'],
        ['location.country', 'INVALID_COUNTRY'],
        ['location.latitude', 'OUT_OF_RANGE'],
        ['location.longitude', 'OUT_OF_RANGE'],
        ['schedule.rrule', 'INVALID_RRULE'],
        ['schedule.timeZone', 'INVALID_TIME_ZONE'],
        ['schedule.startTime', 'INVALID_TIME'],
        ['schedule.durationMinutes', 'OUT_OF_RANGE'],
        ['schedule.cancelledDates.0', 'INVALID_DATE'],
        ['sessions', 'NOT_ALLOWED_FOR_KIND'],
        ['description', 'TOO_LONG'],
      ]),
    );
    expect(r.data.submitResource.resource).toBeNull();
  });

  it('checks the fields each kind requires', async () => {
    const p = await partner(s.database);
    const cases: Array<[ResourceInput, string[]]> = [
      [
        { kind: 'WORKSHOP', name: 'W', format: 'ONLINE', topics: ['anxiety'], capacity: 0, sessions: [] },
        ['sessions:REQUIRED', 'capacity:OUT_OF_RANGE'],
      ],
      [
        {
          kind: 'ONLINE_COMMUNITY',
          name: 'O',
          format: 'IN_PERSON',
          topics: ['anxiety'],
          location: { country: 'GB', ...LEEDS },
        },
        ['platform:REQUIRED', 'moderated:REQUIRED', 'format:NOT_ALLOWED_FOR_KIND'],
      ],
      [
        { kind: 'PEER_GROUP', name: 'G', format: 'IN_PERSON', topics: ['anxiety'] },
        ['facilitation:REQUIRED', 'location:REQUIRED'],
      ],
      [
        {
          kind: 'PEER_GROUP',
          name: 'G',
          format: 'ONLINE',
          topics: [],
          facilitation: 'PEER_LED',
          location: { country: 'GB', ...LEEDS },
        },
        ['topics:REQUIRED', 'location:NOT_ALLOWED_FOR_KIND'],
      ],
      [
        {
          kind: 'PEER_GROUP',
          name: 'G',
          format: 'ONLINE',
          topics: ['anxiety'],
          facilitation: 'PEER_LED',
          schedule: {
            rrule: 'FREQ=WEEKLY;COUNT=1',
            timeZone: 'UTC',
            startTime: '10:00',
            durationMinutes: 60,
            startDate: '2020-01-01',
          },
        },
        ['schedule.rrule:INVALID_RRULE'],
      ],
    ];
    for (const [input, expected] of cases) {
      const r = await s.gql(SUBMIT, { input }, p.token);
      const got = r.data.submitResource.userErrors.map((e) => `${e.field.join('.')}:${e.code}`);
      expect(got, JSON.stringify(input)).toEqual(expect.arrayContaining(expected));
    }
  });

  it('warns about likely duplicates nearby without refusing', async () => {
    const p = await partner(s.database);
    const other = await partner(s.database);
    const name = unique('Chapeltown Bereavement Café');
    const original = (await s.gql(SUBMIT, { input: group({ name, topics: ['grief-and-bereavement'] }) }, other.token))
      .data.submitResource.resource!;
    const r = await s.gql(
      SUBMIT,
      {
        input: group({
          name: `${name}!`,
          topics: ['grief-and-bereavement'],
          location: { country: 'GB', latitude: LEEDS.latitude + 0.002, longitude: LEEDS.longitude },
        }),
      },
      p.token,
    );
    expect(r.data.submitResource.resource).not.toBeNull();
    const dup = r.data.submitResource.duplicates.find((d) => d.resource.id === original.id);
    expect(dup!.score).toBeGreaterThan(0.8);
  });

  it('warns about an online community at the same URL, and not about a similar name far away', async () => {
    const p = await partner(s.database, { trusted: true });
    const other = await partner(s.database, { trusted: true });
    const name = unique('Night Owls Anxiety Chat');
    const url = `https://chat.example.org/${unique('room')}`;
    const online = (over: { name: string; url: string }): ResourceInput => ({
      kind: 'ONLINE_COMMUNITY',
      format: 'ONLINE',
      topics: ['anxiety'],
      platform: 'Discord',
      moderated: true,
      ...over,
    });
    const original = (await s.gql(SUBMIT, { input: online({ name, url }) }, other.token)).data.submitResource.resource;
    expect(original).not.toBeNull();
    const same = await s.gql(
      SUBMIT,
      { input: online({ name: `${name} (UK)`, url: url.toUpperCase().replace('HTTPS://', 'https://') }) },
      p.token,
    );
    expect(same.data.submitResource.duplicates.map((d) => d.resource.id)).toContain(original!.id);

    const grp = unique('Riverside Grief Circle');
    const leeds = (await s.gql(SUBMIT, { input: group({ name: grp }) }, other.token)).data.submitResource.resource!;
    // Same name, 2 km away: a different group.
    const far = await s.gql(
      SUBMIT,
      {
        input: group({
          name: grp,
          location: { country: 'GB', latitude: LEEDS.latitude + 0.018, longitude: LEEDS.longitude },
        }),
      },
      p.token,
    );
    expect(far.data.submitResource.duplicates.map((d) => d.resource.id)).not.toContain(leeds.id);
  });

  it('writes nothing on a dry run and reports what a real call would', async () => {
    const p = await partner(s.database);
    const name = unique('Dry Run Circle');
    await s.gql(SUBMIT, { input: group({ name }) }, p.token);
    const input = group({ name, externalId: 'dry' });
    const before = await tableCounts();
    const dry = await s.gql(SUBMIT, { input, dryRun: true }, p.token);
    expect(await tableCounts()).toEqual(before);
    expect(dry.data.submitResource.resource).toBeNull();
    const bad = await s.gql(SUBMIT, { input: { ...input, topics: ['nope'] }, dryRun: true }, p.token);
    expect(bad.data.submitResource.userErrors.map((e) => e.code)).toEqual(['UNKNOWN_TOPIC']);
    expect(await tableCounts()).toEqual(before);
    const real = await s.gql(SUBMIT, { input }, p.token);
    expect(real.data.submitResource.duplicates).toEqual(dry.data.submitResource.duplicates);
    expect(real.data.submitResource.userErrors).toEqual(dry.data.submitResource.userErrors);
  });
});

describe('moderation', () => {
  it('keeps an untrusted partner’s listing pending until a moderator approves it', async () => {
    const p = await partner(s.database, { trusted: false });
    const r = (await s.gql(SUBMIT, { input: group() }, p.token)).data.submitResource;
    expect(r).toMatchObject({ awaitingReview: true, resource: { status: 'PENDING' } });
    expect((await s.gql(READ, { id: r.resource!.id })).data.resource).toBeNull();
    const approved = (await review(r.resource!.id, 'APPROVE')).data.reviewResource;
    expect(approved.resource).toMatchObject({ status: 'PUBLISHED', version: 2 });
    expect((await s.gql(READ, { id: r.resource!.id })).data.resource!.status).toBe('PUBLISHED');
  });

  it('returns a rejection’s note to the partner only', async () => {
    const p = await partner(s.database, { trusted: false });
    const id = (await s.gql(SUBMIT, { input: group() }, p.token)).data.submitResource.resource!.id;
    const rejected = (await review(id, 'REJECT', 'Please add the meeting room')).data.reviewResource;
    expect(rejected.resource!.status).toBe('REJECTED');
    expect((await s.gql(READ, { id }, p.token)).data.resource).toMatchObject({
      status: 'REJECTED',
      moderationNote: 'Please add the meeting room',
    });
    expect((await s.gql(READ, { id })).data.resource).toBeNull();
    const again = (await review(id, 'APPROVE')).data.reviewResource;
    expect(again.userErrors[0]!.code).toBe('NOTHING_TO_REVIEW');
  });

  it('holds an untrusted edit of a published listing as a pending revision, invisible to the public', async () => {
    const p = await partner(s.database, { trusted: false });
    const id = (await s.gql(SUBMIT, { input: group({ description: 'Old' }) }, p.token)).data.submitResource.resource!
      .id;
    await review(id, 'APPROVE');
    const edit = (await s.gql(UPDATE, { id, patch: { description: 'New' } }, p.token)).data.updateResource;
    expect(edit.awaitingReview).toBe(true);
    expect(edit.resource).toMatchObject({ description: 'Old', pendingRevision: { changedFields: ['description'] } });
    expect((await s.gql(READ, { id })).data.resource).toMatchObject({ description: 'Old', version: 2 });
    const search = await s.gql(
      graphql(`
        query PartnersPublicDescriptions($f: ResourceFilter) {
          resources(filter: $f) {
            edges {
              node {
                description
              }
            }
          }
        }
      `),
      { f: { organizationIds: [p.organizationGid] } },
    );
    expect(search.data.resources.edges).toEqual([{ node: { description: 'Old' } }]);
    const queue = await s.gql(
      graphql(`
        query PartnersQueue {
          pendingRevisions {
            resource {
              id
            }
            changedFields
          }
        }
      `),
      {},
      moderator,
    );
    expect(queue.data.pendingRevisions).toContainEqual({ resource: { id }, changedFields: ['description'] });
    const partnersQueue = graphql(`
      query PartnersQueueIds {
        pendingRevisions {
          id
        }
      }
    `);
    expect(errorCode(await s.gql(partnersQueue, {}, p.token))).toBe('FORBIDDEN');
    const approved = (await review(id, 'APPROVE')).data.reviewResource;
    expect(approved.resource).toMatchObject({ description: 'New', version: 3, status: 'PUBLISHED' });
    expect((await s.gql(READ, { id })).data.resource!.description).toBe('New');
  });
});

describe('updating, archiving, verifying', () => {
  it('changes only the given fields and bumps the version', async () => {
    const p = await partner(s.database);
    const created = (await s.gql(SUBMIT, { input: group({ description: 'Keep me' }) }, p.token)).data.submitResource
      .resource!;
    const r = (await s.gql(UPDATE, { id: created.id, patch: { name: 'Renamed group' }, v: 1 }, p.token)).data
      .updateResource;
    expect(r.userErrors).toEqual([]);
    expect(r.resource).toMatchObject({ name: 'Renamed group', description: 'Keep me', version: 2 });
    expect(ofKind(r.resource, 'PeerGroup').history![0]).toMatchObject({ action: 'UPDATED', changedFields: ['name'] });
    const cleared = (await s.gql(UPDATE, { id: created.id, patch: { description: null } }, p.token)).data
      .updateResource;
    expect(cleared.resource).toMatchObject({ description: null, version: 3 });
    const bad = (
      await s.gql(
        UPDATE,
        { id: created.id, patch: { name: null, location: { country: 'GB', latitude: 100, longitude: 0 } } },
        p.token,
      )
    ).data.updateResource;
    expect(bad.userErrors.map((e) => `${e.field.join('.')}:${e.code}`)).toEqual([
      'name:REQUIRED',
      'location.latitude:OUT_OF_RANGE',
    ]);
  });

  it('rewrites only what a patch touches, and keeps search, topics and meetings in step with it', async () => {
    const p = await partner(s.database, { trusted: true });
    const FULL = graphql(`
      query PartnersFull($id: ID!) {
        resource(id: $id) {
          __typename
          name
          description
          topics {
            slug
          }
          location {
            latitude
            longitude
            locality
          }
          ... on PeerGroup {
            schedule {
              rrule
              startTime
            }
            nextMeetings(first: 2) {
              localStartsAt
            }
          }
        }
      }
    `);
    const FOUND = graphql(`
      query PartnersFound($f: ResourceFilter) {
        resources(filter: $f, first: 100) {
          edges {
            node {
              id
            }
          }
        }
      }
    `);
    const found = async (filter: ResourceFilter) =>
      (await s.gql(FOUND, { f: { ...filter, organizationIds: [p.organizationGid] } })).data.resources.edges.map(
        (e) => e.node.id,
      );
    const id = (
      await s.gql(
        SUBMIT,
        {
          input: group({
            schedule: {
              rrule: 'FREQ=WEEKLY;BYDAY=MO',
              timeZone: 'Europe/London',
              startTime: '19:00',
              durationMinutes: 60,
            },
          }),
        },
        p.token,
      )
    ).data.submitResource.resource!.id;
    const before = ofKind((await s.gql(FULL, { id })).data.resource, 'PeerGroup');
    expect(before.nextMeetings).toHaveLength(2);

    // A description edit: everything else, meetings included, stays as it was; the new words are searchable.
    await s.gql(UPDATE, { id, patch: { description: 'Now with zephyrine biscuits' } }, p.token);
    expect((await s.gql(FULL, { id })).data.resource).toEqual({
      ...before,
      description: 'Now with zephyrine biscuits',
    });
    expect(await found({ text: 'zephyrine' })).toEqual([id]);

    // Topics: found under the new one only.
    await s.gql(UPDATE, { id, patch: { topics: ['loneliness'] } }, p.token);
    expect(await found({ topics: ['loneliness'] })).toContain(id);
    expect(await found({ topics: ['psychosis-and-hearing-voices'] })).not.toContain(id);

    // Schedule: the upcoming meetings follow the new rule.
    await s.gql(
      UPDATE,
      {
        id,
        patch: {
          schedule: {
            rrule: 'FREQ=WEEKLY;BYDAY=TH',
            timeZone: 'Europe/London',
            startTime: '10:30',
            durationMinutes: 60,
          },
        },
      },
      p.token,
    );
    const after = ofKind((await s.gql(FULL, { id })).data.resource, 'PeerGroup');
    expect(after.location).toEqual(before.location);
    for (const m of after.nextMeetings) {
      expect(m.localStartsAt.endsWith('T10:30')).toBe(true);
      expect(new Date(`${m.localStartsAt}:00Z`).getUTCDay()).toBe(4);
    }
    // The materialised occurrences (behind meetsWithinDays, NEXT_MEETING and the edge's nextMeetingAt) too.
    const next = await s.gql(
      graphql(`
        query PartnersNextMeeting($f: ResourceFilter) {
          resources(filter: $f, orderBy: NEXT_MEETING, first: 1) {
            edges {
              nextMeetingAt
              node {
                __typename
                id
                ... on PeerGroup {
                  nextMeetings(first: 1) {
                    startsAt
                  }
                }
              }
            }
          }
        }
      `),
      { f: { organizationIds: [p.organizationGid], meetsWithinDays: 8 } },
    );
    const edge = next.data.resources.edges[0]!;
    expect(edge.node.id).toBe(id);
    expect(edge.nextMeetingAt).toBe(ofKind(edge.node, 'PeerGroup').nextMeetings[0]!.startsAt);
  });

  it('refuses a stale expectedVersion and changes nothing', async () => {
    const p = await partner(s.database);
    const id = (await s.gql(SUBMIT, { input: group() }, p.token)).data.submitResource.resource!.id;
    await s.gql(UPDATE, { id, patch: { description: 'first' }, v: 1 }, p.token);
    const r = (await s.gql(UPDATE, { id, patch: { description: 'second' }, v: 1 }, p.token)).data.updateResource;
    expect(r.userErrors).toEqual([expect.objectContaining({ field: ['expectedVersion'], code: 'VERSION_CONFLICT' })]);
    expect((await s.gql(READ, { id })).data.resource).toMatchObject({ description: 'first', version: 2 });
  });

  it('shows the new state in the payload, even after earlier reads in the same request', async () => {
    const p = await partner(s.database);
    const id = (await s.gql(SUBMIT, { input: group() }, p.token)).data.submitResource.resource!.id;
    const r = await s.gql(
      graphql(`
        mutation PartnersTwoRenames($id: ID!) {
          a: updateResource(id: $id, patch: { name: "Alpha" }) {
            resource {
              name
              version
            }
          }
          b: updateResource(id: $id, patch: { name: "Beta" }) {
            resource {
              name
              version
            }
          }
        }
      `),
      { id },
      p.token,
    );
    expect(r.data).toEqual({
      a: { resource: { name: 'Alpha', version: 2 } },
      b: { resource: { name: 'Beta', version: 3 } },
    });
  });

  it('archives and verifies', async () => {
    const p = await partner(s.database);
    const id = (await s.gql(SUBMIT, { input: group() }, p.token)).data.submitResource.resource!.id;
    const v = (await s.gql(VERIFY, { id }, p.token)).data.verifyResource.resource!;
    expect(v.version).toBe(2);
    expect(Date.now() - new Date(v.lastVerifiedAt!).getTime()).toBeLessThan(60_000);
    const a = (await s.gql(ARCHIVE, { id }, p.token)).data.archiveResource.resource;
    expect(a).toMatchObject({ status: 'ARCHIVED', version: 3 });
    expect((await s.gql(READ, { id })).data.resource).toBeNull();
    expect((await s.gql(READ, { id }, p.token)).data.resource!.status).toBe('ARCHIVED');
  });

  it('never lets partner A change or see partner B’s listings', async () => {
    const a = await partner(s.database);
    const b = await partner(s.database, { trusted: false });
    const published = (await s.gql(SUBMIT, { input: group({ description: 'B owns this' }) }, b.token)).data
      .submitResource.resource!.id;
    await review(published, 'APPROVE');
    const pending = (await s.gql(SUBMIT, { input: group() }, b.token)).data.submitResource.resource!.id;
    const before = await s.database.db
      .selectFrom('resources')
      .selectAll()
      .where(
        'id',
        'in',
        [published, pending].map((g) => Number(Buffer.from(g, 'base64url').toString().split(':')[1])),
      )
      .orderBy('id')
      .execute();
    // Each mutation as partner A would send it, answering its payload.
    const attempts = {
      updateResource: async (id: string) =>
        (await s.gql(UPDATE, { id, patch: { description: 'A was here' } }, a.token)).data.updateResource,
      archiveResource: async (id: string) => (await s.gql(ARCHIVE, { id }, a.token)).data.archiveResource,
      verifyResource: async (id: string) => (await s.gql(VERIFY, { id }, a.token)).data.verifyResource,
    };
    for (const attempt of Object.values(attempts)) {
      const onPublished = await attempt(published);
      expect(onPublished.userErrors[0]).toMatchObject({ field: ['id'], code: 'FORBIDDEN' });
      expect(onPublished.resource).toBeNull();
      const onPending = await attempt(pending);
      expect(onPending.userErrors[0]).toMatchObject({ field: ['id'], code: 'NOT_FOUND' });
    }
    expect((await s.gql(READ, { id: pending }, a.token)).data.resource).toBeNull();
    const list = await s.gql(
      graphql(`
        query PartnersCount($f: ResourceFilter) {
          resources(filter: $f) {
            totalCount
          }
        }
      `),
      { f: { organizationIds: [b.organizationGid], statuses: ['PENDING', 'PUBLISHED'] } },
      a.token,
    );
    expect(list.data.resources.totalCount).toBe(1);
    const after = await s.database.db
      .selectFrom('resources')
      .selectAll()
      .where(
        'id',
        'in',
        before.map((r) => r.id),
      )
      .orderBy('id')
      .execute();
    expect(after).toEqual(before);
  });
});

describe('access', () => {
  it('needs the right key for each mutation', async () => {
    const p = await partner(s.database);
    const input = group();
    expect(errorCode(await s.gql(SUBMIT, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await s.gql(SUBMIT, { input }, analyst))).toBe('FORBIDDEN');
    expect(errorCode(await s.gql(SUBMIT, { input }, moderator))).toBe('FORBIDDEN');
    const id = (await s.gql(SUBMIT, { input }, p.token)).data.submitResource.resource!.id;
    expect(errorCode(await s.gql(REVIEW, { id, d: 'APPROVE' }, p.token))).toBe('FORBIDDEN');
    expect(errorCode(await s.gql(UPDATE, { id: 'garbage', patch: {} }, p.token))).toBe('BAD_USER_INPUT');
  });

  it('limits mutations per key with a retry hint', async () => {
    const limited = await startTestServer({ RATE_LIMIT_MUTATIONS_PER_MINUTE: '3' });
    try {
      const p = await partner(s.database);
      const other = await partner(s.database);
      for (let i = 0; i < 3; i++)
        expect((await limited.gql(SUBMIT, { input: group(), dryRun: true }, p.token)).errors).toBeUndefined();
      const r = await limited.gql(SUBMIT, { input: group(), dryRun: true }, p.token);
      expect(errorCode(r)).toBe('RATE_LIMITED');
      expect(r.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
      expect(r.status).toBe(429);
      expect((await limited.gql(SUBMIT, { input: group(), dryRun: true }, other.token)).errors).toBeUndefined();
    } finally {
      await limited.close();
    }
  });
});
